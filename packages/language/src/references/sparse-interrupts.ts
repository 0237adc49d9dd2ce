/**
 * Langium's build phases await a cancellation check at every AST node: thousands of awaits per
 * keystroke, a fifth of the validation time of a 300-component set (BENCHMARKS.md, P1). Chiso's
 * walks check every few hundred nodes instead, still often enough to let the editor's requests
 * through, and otherwise do what Langium's do.
 */
import type { AstNode, LangiumDocument, MaybePromise, ReferenceDescription } from 'langium';
import { AstUtils, Cancellation, DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck } from 'langium';

const NODES_BETWEEN_INTERRUPTS = 256;
export const NONE = Cancellation.CancellationToken.None;

/** Visits the nodes in order, checking for cancellation (and yielding) every few hundred of them. */
export async function forEachNode<T extends AstNode>(nodes: Iterable<T>, cancelToken: Cancellation.CancellationToken, visit: (node: T) => MaybePromise<void>): Promise<void> {
    let visited = 0;
    for (const node of nodes) {
        if (visited++ % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
        const pending = visit(node);
        if (pending) await pending;
    }
}

export class ChisoLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = NONE): Promise<void> {
        await forEachNode(AstUtils.streamAst(document.parseResult.value), cancelToken, node => {
            AstUtils.streamReferences(node).forEach(ref => this.doLink(ref, document));
        });
    }
}

export class ChisoReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = NONE): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await forEachNode(AstUtils.streamAst(document.parseResult.value), cancelToken, node => {
            AstUtils.streamReferences(node).forEach(ref => {
                if (!ref.reference.error) descriptions.push(...this.createInfoDescriptions(ref));
            });
        });
        return descriptions;
    }
}
