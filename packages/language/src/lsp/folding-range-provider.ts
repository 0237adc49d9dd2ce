/**
 * Folding: Langium's default folds every node of three lines or more, which for Chiso is every
 * block (sets, surveys, items, deduction groups, multi-line rules, splits and counts). A `scoring`
 * clause spans exactly its rule, so only the rule folds: one range per block, not two.
 */
import type { AstNode } from 'langium';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import { isScoring } from '../generated/ast.js';

export class ChisoFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override shouldProcess(node: AstNode): boolean {
        return !isScoring(node);
    }
}
