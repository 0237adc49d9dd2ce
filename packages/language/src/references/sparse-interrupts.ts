/**
 * Langium's build phases await a cancellation check at every AST node: thousands of awaits per
 * keystroke, a fifth of the validation time of a 300-component set (BENCHMARKS.md, P1). Chiso's
 * walks check every few hundred nodes instead, still often enough to let the editor's requests
 * through, and otherwise do what Langium's do.
 */
import type { AstNode, AstNodeDescription, LangiumDocument, MaybePromise, ReferenceDescription } from 'langium';
import { AstUtils, Cancellation, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultScopeComputation, interruptAndCheck, MultiMap } from 'langium';

const NODES_BETWEEN_INTERRUPTS = 256;
const NONE = Cancellation.CancellationToken.None;

/** Visits the nodes in order, checking for cancellation (and yielding) every few hundred of them. */
export async function forEachNode(nodes: Iterable<AstNode>, cancelToken: Cancellation.CancellationToken, visit: (node: AstNode) => MaybePromise<void>): Promise<void> {
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

export class ChisoScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = NONE): Promise<MultiMap<AstNode, AstNodeDescription>> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        await forEachNode(AstUtils.streamAllContents(document.parseResult.value), cancelToken, node => this.addLocalSymbol(node, document, symbols));
        return symbols;
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
