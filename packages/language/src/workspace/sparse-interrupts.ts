/**
 * Langium's build phases await a cancellation check at every AST node: thousands of awaits per
 * keystroke, a large share of the validation time (figures: bench/ANALYSIS.md, "Figures behind
 * the source"). Chiso's walks check every few hundred nodes instead, still often enough to let
 * the editor's requests through.
 */
import type { AstNode, MaybePromise } from 'langium';
import { Cancellation, interruptAndCheck } from 'langium';

const NODES_BETWEEN_INTERRUPTS = 256;

/** Visits the nodes in order, checking for cancellation (and yielding) every few hundred of them. */
export async function forEachNode<T extends AstNode>(nodes: Iterable<T>, cancelToken: Cancellation.CancellationToken, visit: (node: T) => MaybePromise<void>): Promise<void> {
    let visited = 0;
    for (const node of nodes) {
        if (visited++ % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
        const pending = visit(node);
        if (pending) await pending;
    }
}
