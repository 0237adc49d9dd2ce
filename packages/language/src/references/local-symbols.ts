/**
 * Names visible inside a file. Langium records every named node under its container, walking
 * the whole tree; in Chiso only two kinds of name are ever looked up there — top-level
 * declarations (agencies, surveys) and a formula's inputs — so only those are collected, from
 * the items down (a tenth of a 10,000-component check was this walk: BENCHMARKS.md, P2).
 * test/local-symbols.test.ts fails when the grammar gains a reference to another kind.
 */
import type { AstNode, AstNodeDescription, LangiumDocument } from 'langium';
import { DefaultScopeComputation, MultiMap } from 'langium';
import { isCriteriaSet, isFormulaRule, type Document } from '../generated/ast.js';
import { allItems } from '../model/tree.js';
import { forEachNode, NONE } from './sparse-interrupts.js';

/** The node types a cross-reference can point to: each is collected here or exported globally. */
export const REFERENCE_TARGETS = ['Agency', 'Survey', 'FormulaInput'] as const;

export class ChisoScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = NONE): Promise<MultiMap<AstNode, AstNodeDescription>> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const root = document.parseResult.value as Document;
        for (const element of root.elements) this.addLocalSymbol(element, document, symbols);
        const items = root.elements.filter(isCriteriaSet).flatMap(set => [...allItems(set)]);
        await forEachNode(items, cancelToken, item => {
            for (const { rule } of item.scorings) {
                if (isFormulaRule(rule)) for (const input of rule.inputs) this.addLocalSymbol(input, document, symbols);
            }
        });
        return symbols;
    }
}
