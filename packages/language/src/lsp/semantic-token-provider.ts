/**
 * Semantic tokens: keywords, item codes, points and counts, names of sets, agencies, surveys and
 * formula inputs (declared or referred to), titles. The code and title of every survey-sourced
 * item carry the `surveySourced` modifier, so that themes can set apart the points the province
 * does not appraise itself; the `chiso/survey-sourced` information diagnostic says the same in
 * words.
 */
import type { AstNode } from 'langium';
import { AstUtils, CstUtils, GrammarAST } from 'langium';
import { AbstractSemanticTokenProvider, AllSemanticTokenModifiers, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isAgency, isBand, isBinaryExpression, isChoiceOption, isCountEntry, isCriteriaSet, isDeductionGroup, isDeductRule, isDocument,
    isFormulaInput, isInputRef, isItem, isNumberLiteral, isQuantity, isRespondentGroup, isSample, isSource,
    isSplitEntry, isSurvey,
} from '../generated/ast.js';
import { effectiveSource } from '../model/sources.js';

export const SURVEY_SOURCED = 'surveySourced';

const AGENCY = SemanticTokenTypes.class;
const SURVEY = SemanticTokenTypes.interface;
const SET = SemanticTokenTypes.namespace;
const CODE = SemanticTokenTypes.enumMember;
const NUMBER = SemanticTokenTypes.number;
const TITLE = SemanticTokenTypes.string;
const DECLARATION = SemanticTokenModifiers.declaration;

/** Langium's modifiers plus ours, on the next free bit; the legend lists them in bit order. */
const TOKEN_MODIFIERS: Record<string, number> = {
    ...AllSemanticTokenModifiers,
    [SURVEY_SOURCED]: 1 << Object.keys(AllSemanticTokenModifiers).length,
};

export class ChisoSemanticTokenProvider extends AbstractSemanticTokenProvider {

    override get tokenModifiers(): Record<string, number> {
        return TOKEN_MODIFIERS;
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isDocument(node)) {
            highlightKeywords(node, acceptor);
        } else if (isItem(node)) {
            const modifier = effectiveSource(node).kind === 'survey' ? [SURVEY_SOURCED] : [];
            acceptor({ node, property: 'code', type: CODE, modifier: [DECLARATION, ...modifier] });
            acceptor({ node, property: 'title', type: TITLE, modifier });
            acceptor({ node, property: 'max', type: NUMBER });
            acceptor({ node, property: 'min', type: NUMBER });
            acceptor({ node, property: 'lead', type: AGENCY });
            acceptor({ node, property: 'coordinating', type: AGENCY });
        } else if (isCriteriaSet(node)) {
            acceptor({ node, property: 'name', type: SET, modifier: DECLARATION });
            acceptor({ node, property: 'title', type: TITLE });
            acceptor({ node, property: 'totals', type: NUMBER });
            acceptor({ node, property: 'years', type: NUMBER });
            acceptor({ node, property: 'unranked', type: AGENCY });
        } else if (isAgency(node)) {
            acceptor({ node, property: 'name', type: AGENCY, modifier: DECLARATION });
            acceptor({ node, property: 'title', type: TITLE });
        } else if (isSurvey(node)) {
            acceptor({ node, property: 'name', type: SURVEY, modifier: DECLARATION });
            acceptor({ node, property: 'title', type: TITLE });
            acceptor({ node, property: 'conductedBy', type: AGENCY });
            acceptor({ node, property: 'questions', type: NUMBER });
        } else if (isSource(node)) {
            acceptor({ node, property: 'survey', type: SURVEY });
            acceptor({ node, property: 'by', type: AGENCY });
        } else if (isDeductionGroup(node)) {
            acceptor({ node, property: 'title', type: TITLE });
            acceptor({ node, property: 'max', type: NUMBER });
        } else if (isSample(node)) {
            acceptor({ node, property: 'total', type: NUMBER });
        } else if (isRespondentGroup(node)) {
            acceptor({ node, property: 'size', type: NUMBER });
        } else if (isSplitEntry(node) || isBand(node) || isChoiceOption(node)) {
            acceptor({ node, property: 'points', type: NUMBER });
            if (isChoiceOption(node)) acceptor({ node, property: 'name', type: CODE, modifier: DECLARATION });
        } else if (isCountEntry(node) || isQuantity(node) || isNumberLiteral(node)) {
            acceptor({ node, property: 'value', type: NUMBER });
        } else if (isDeductRule(node)) {
            acceptor({ node, property: 'amount', type: NUMBER });
            acceptor({ node, property: 'floor', type: NUMBER });
        } else if (isFormulaInput(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.parameter, modifier: DECLARATION });
            acceptor({ node, property: 'min', type: NUMBER });
            acceptor({ node, property: 'max', type: NUMBER });
        } else if (isInputRef(node)) {
            acceptor({ node, property: 'input', type: SemanticTokenTypes.parameter });
        } else if (isBinaryExpression(node)) {
            acceptor({ node, property: 'op', type: SemanticTokenTypes.operator });
        }
    }
}

/**
 * Every word keyword of the document in one pass over its tokens, `min` and `max` of formulas
 * included (punctuation is left to the editor's grammar). A keyword written as a name
 * (`agency total "…"`) is highlighted as that name, not as a keyword.
 */
function highlightKeywords(document: AstNode, acceptor: SemanticTokenAcceptor): void {
    if (!document.$cstNode) return;
    for (const leaf of CstUtils.flattenCst(document.$cstNode)) {
        const source = leaf.grammarSource;
        if (!GrammarAST.isKeyword(source) || !/^\w/.test(source.value)) continue;
        if (AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name === 'Name') continue;
        acceptor({ cst: leaf, type: SemanticTokenTypes.keyword });
    }
}
