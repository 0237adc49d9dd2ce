/**
 * Where names are declared and referred to in a Chiso file. Langium's scope computation, linker
 * and reference index each walk every node of the tree looking for names and references; in
 * Chiso both sit in a few known places, so only those are visited (the three full walks were a
 * large share of checking a big set: bench/ANALYSIS.md). test/reference-sites.test.ts fails
 * when the grammar gains a reference in another place or to another kind of name.
 */
import type { AstNode, AstNodeDescription, LangiumDocument, ReferenceDescription } from 'langium';
import { AstUtils, Cancellation, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultScopeComputation, MultiMap } from 'langium';
import { isCriteriaSet, isFormulaRule, type Document } from '../generated/ast.js';
import { allItems } from '../model/tree.js';
import { forEachNode } from '../workspace/sparse-interrupts.js';

/** The node types a cross-reference can point to: top-level declarations and formula inputs. */
export const REFERENCE_TARGETS = ['Agency', 'FormulaInput', 'Survey'] as const;
/** The node types that hold cross-references, all visited by `referenceHolders`. */
export const REFERENCE_HOLDERS = ['CriteriaSet', 'InputRef', 'Item', 'Source', 'Survey'] as const;

/** Every node that can hold a cross-reference (and some that cannot), in document order. */
export function* referenceHolders(root: Document): Generator<AstNode> {
    for (const element of root.elements) {
        yield element;
        if (!isCriteriaSet(element)) continue;
        for (const item of allItems(element)) {
            yield item;
            yield* item.sources;
            for (const { rule } of item.scorings) if (isFormulaRule(rule)) yield* AstUtils.streamAst(rule);
        }
    }
}

export class ChisoScopeComputation extends DefaultScopeComputation {
    /** Local names: the file's top-level declarations, and each formula's inputs within it. */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<MultiMap<AstNode, AstNodeDescription>> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const root = document.parseResult.value as Document;
        for (const element of root.elements) this.addLocalSymbol(element, document, symbols);
        await forEachNode(root.elements.filter(isCriteriaSet).flatMap(set => [...allItems(set)]), cancelToken, item => {
            for (const { rule } of item.scorings) {
                if (isFormulaRule(rule)) for (const input of rule.inputs) this.addLocalSymbol(input, document, symbols);
            }
        });
        return symbols;
    }
}

export class ChisoLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // With Langium's profiler on (4.4), its own full walk runs, timing each reference kind: the same links.
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        await forEachNode(referenceHolders(document.parseResult.value as Document), cancelToken, node => {
            AstUtils.streamReferences(node).forEach(ref => this.doLink(ref, document));
        });
    }
}

export class ChisoReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await forEachNode(referenceHolders(document.parseResult.value as Document), cancelToken, node => {
            AstUtils.streamReferences(node).forEach(ref => {
                if (!ref.reference.error) descriptions.push(...this.createInfoDescriptions(ref));
            });
        });
        return descriptions;
    }
}
