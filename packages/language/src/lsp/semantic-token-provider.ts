/**
 * Semantic tokens: keywords, item codes, points and counts, names of sets, agencies, surveys and
 * formula inputs (declared or referred to), titles. The code and title of every survey-sourced
 * item carry the `surveySourced` modifier, so that themes can set apart the points the province
 * does not appraise itself; the `chiso/survey-sourced` information diagnostic says the same in
 * words.
 */
import type { AstNode, CstNode } from 'langium';
import { AstUtils, CstUtils, GrammarAST, isCompositeCstNode } from 'langium';
import { AbstractSemanticTokenProvider, AllSemanticTokenModifiers, type SemanticTokenAcceptor, type SemanticTokenPropertyOptions } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isAgency, isBand, isBinaryExpression, isChoiceOption, isClassBand, isCountEntry, isCriteriaSet, isDeductionGroup, isDeductRule, isDocument,
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
    private readonly propertyNodes = new WeakMap<AstNode, Map<string, CstNode[]>>();

    override get tokenModifiers(): Record<string, number> {
        return TOKEN_MODIFIERS;
    }

    /**
     * The same nodes as Langium's, found once per AST node: Langium searches a node's syntax tree
     * once per property (six for an item), which made highlighting cost as much as checking.
     */
    protected override highlightProperty<N extends AstNode>(options: SemanticTokenPropertyOptions<N>): void {
        let byProperty = this.propertyNodes.get(options.node);
        if (!byProperty) this.propertyNodes.set(options.node, byProperty = nodesByProperty(options.node));
        const nodes = byProperty.get(options.property as string) ?? [];
        const picked = options.index === undefined ? nodes : nodes.slice(...clampedIndex(options.index, nodes.length));
        for (const node of picked) this.highlightNode({ node, type: options.type, modifier: options.modifier });
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
            acceptor({ node, property: 'exempt', type: AGENCY });
        } else if (isCriteriaSet(node)) {
            acceptor({ node, property: 'name', type: SET, modifier: DECLARATION });
            acceptor({ node, property: 'title', type: TITLE });
            acceptor({ node, property: 'totals', type: NUMBER });
            acceptor({ node, property: 'years', type: NUMBER });
            acceptor({ node, property: 'roundings', type: NUMBER });
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
        } else if (isClassBand(node)) {
            acceptor({ node, property: 'title', type: TITLE });
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

/** `[index, index + 1]` within a list of `length` (Langium's `findNodeForProperty`); nothing of an empty list. */
function clampedIndex(index: number, length: number): [number, number] {
    const at = Math.max(0, Math.min(index, length - 1));
    return [at, at + 1];
}

const assignedFeatures = new WeakMap<object, string | undefined>();

/** The property a grammar element assigns to, if it sits in an assignment. */
function assignedFeature(source: GrammarAST.AbstractElement | undefined): string | undefined {
    if (!source) return undefined;
    if (!assignedFeatures.has(source)) assignedFeatures.set(source, AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature);
    return assignedFeatures.get(source);
}

/**
 * The syntax nodes of each property of `node`, in one walk of its own syntax tree: what Langium's
 * `findNodesForProperty` returns for each property (the first node assigned to it on each path,
 * in document order; nested AST nodes are not entered).
 */
function nodesByProperty(node: AstNode): Map<string, CstNode[]> {
    const found = new Map<string, CstNode[]>();
    const visit = (cst: CstNode, taken: ReadonlySet<string>): void => {
        const feature = assignedFeature(cst.grammarSource as GrammarAST.AbstractElement | undefined);
        if (feature !== undefined && !taken.has(feature)) {
            const list = found.get(feature);
            if (list) list.push(cst); else found.set(feature, [cst]);
        }
        if (isCompositeCstNode(cst) && cst.astNode === node) {
            const below = feature === undefined ? taken : new Set(taken).add(feature);
            for (const child of cst.content) visit(child, below);
        }
    };
    const root = node.$cstNode;
    if (root && isCompositeCstNode(root) && root.astNode === node) for (const child of root.content) visit(child, new Set());
    return found;
}

const inNameRule = new WeakMap<GrammarAST.Keyword, boolean>();

/** Whether a keyword belongs to the `Name` rule (a keyword written as a name). */
function writtenAsName(keyword: GrammarAST.Keyword): boolean {
    let known = inNameRule.get(keyword);
    if (known === undefined) inNameRule.set(keyword, known = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name === 'Name');
    return known;
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
        if (!GrammarAST.isKeyword(source) || !/^\w/.test(source.value) || writtenAsName(source)) continue;
        acceptor({ cst: leaf, type: SemanticTokenTypes.keyword });
    }
}
