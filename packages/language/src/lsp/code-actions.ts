/**
 * Quick fixes for Chiso's diagnostics, and a source action normalising the whole document to NFC.
 * Each fix reads what it needs from the diagnostic's `data` (the figures the check computed) and,
 * where a figure is not enough, from the current AST. A fix is offered only when it makes its
 * diagnostic go away; titles come from the message table, in the client's language.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarUtils, isLeafCstNode } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Position, type TextEdit } from 'vscode-languageserver';
import type { Band, BandRule, ClassBand, Classes, FunctionCall, Interval, Item, SplitEntry, TierRule } from '../generated/ast.js';
import { isBandRule, isClasses, isCriteriaSet, isFunctionCall, isInterval, isItem, isSplitEntry, isTierRule } from '../generated/ast.js';
import type { ChisoServices } from './chiso-lsp-module.js';
import type { ChisoLocale } from '../i18n/locale.js';
import { renderEditorText, word, type EditorTextArgs, type EditorTextCode } from '../i18n/index.js';
import { ruleOfCode, type RuleCode, type RuleData, type SuspectData } from '../rules/index.js';
import { parsePoints, type Exact } from '../model/points.js';
import { isRunning } from '../model/numbering.js';
import { fullCode, parentItem } from '../model/tree.js';
import { closeBandGap } from './band-gaps.js';
import { codeUnderParent, hasCodes, recodeEdits, renumberInSequence } from './item-codes.js';

/** Normalises every line of the document to NFC (bind it to `editor.codeActionsOnSave`). */
export const NORMALIZE_NFC_KIND = `${CodeActionKind.Source}.normalizeNfc`;

/** How many renamed codes a renumbering title lists before "…". */
const LISTED_RENAMES = 3;

type FixData = Record<string, unknown>;

export class ChisoCodeActionProvider implements CodeActionProvider {
    private readonly locale: ChisoLocale;

    constructor(services: ChisoServices) {
        this.locale = services.i18n.Locale;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const only = params.context.only;
        const actions: CodeAction[] = [];
        if (wanted(only, CodeActionKind.QuickFix)) {
            for (const diagnostic of params.context.diagnostics) actions.push(...this.quickFixes(document, diagnostic));
        }
        if (wanted(only, NORMALIZE_NFC_KIND)) {
            const normalise = this.normaliseDocument(document);
            if (normalise) actions.push(normalise);
        }
        return actions;
    }

    protected quickFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const data = (diagnostic.data ?? {}) as FixData;
        // A slip's message says what to write (chiso-lexer.ts, band-slips.ts): the fix writes it.
        // (Syntax diagnostics keep Langium's own code in their data.)
        const rule = ruleOfCode(diagnostic.code);
        if (rule === 'syntax') {
            return typeof data.write === 'string'
                ? [this.quickFix(document, diagnostic, this.text('fix-write', { text: data.write }), [{ range: diagnostic.range, newText: data.write }], true)]
                : [];
        }
        // Fixes read the tree; while the text does not parse, the tree is a guess and so would they be.
        if (hasSyntaxErrors(document)) return [];
        switch (rule) {
            // The suspected figure first: the declared max, total or split comes from the decision text.
            case 'sum-mismatch': {
                const { suspects, actual } = fixData(diagnostic, rule);
                return [...this.fixTypos(document, diagnostic, suspects), ...this.replacePoints(document, diagnostic, actual, value => this.text('fix-sum', { value }))];
            }
            case 'min-sum-mismatch': return this.fixMinSum(document, diagnostic, fixData(diagnostic, rule).actual);
            case 'total-mismatch': {
                const { suspects, actual } = fixData(diagnostic, rule);
                return [...this.fixTypos(document, diagnostic, suspects), ...this.fixTotal(document, diagnostic, actual)];
            }
            case 'split-mismatch': {
                const { suspects, actual } = fixData(diagnostic, rule);
                return [...this.fixTypos(document, diagnostic, suspects), ...this.fixSplit(document, diagnostic, actual)];
            }
            case 'count-mismatch': return this.replaceCount(document, diagnostic, fixData(diagnostic, rule).actual, value => this.text('fix-count', { value }));
            case 'respondents-mismatch': return this.replaceCount(document, diagnostic, fixData(diagnostic, rule).actual, value => this.text('fix-respondents', { value }));
            case 'band-gap': case 'class-gap': return this.fixBandGap(document, diagnostic, fixData(diagnostic, rule).example);
            case 'code-gap': return this.fixCodeGap(document, diagnostic);
            // A number used twice in a run through the set (a domain starting again at 1): renumbering the run removes it.
            case 'duplicate-code': return this.fixCodeGap(document, diagnostic, true);
            case 'code-not-under-parent': return this.fixCodeUnderParent(document, diagnostic);
            case 'roman-numeral': return this.fixRomanNumeral(document, diagnostic, fixData(diagnostic, rule).canonical);
            case 'code-decimal-comma':
            case 'code-leading-zero': return this.fixCodeWriting(document, diagnostic, fixData(diagnostic, rule).suggested);
            case 'decimal-comma-ambiguous': return this.fixCommaSeparated(document, diagnostic, fixData(diagnostic, rule).suggested);
            case 'exempt-redundant': return this.fixExemptRedundant(document, diagnostic);
            // Normalising changes no letter a reader sees: the one fix certainly meant, hence preferred.
            case 'not-nfc': {
                const { normalized } = fixData(diagnostic, rule);
                return typeof normalized === 'string'
                    ? [this.quickFix(document, diagnostic, this.text('fix-nfc'), [{ range: diagnostic.range, newText: normalized }], true)]
                    : [];
            }
            default: return [];
        }
    }

    /** Replaces the flagged point value (a max, a total, a split entry) with the figure the check computed. */
    protected replacePoints(document: LangiumDocument, diagnostic: Diagnostic, actual: unknown, title: (value: Exact) => string): CodeAction[] {
        if (typeof actual !== 'string') return [];
        const value = parsePoints(actual);
        if (!value) return [];
        return [this.quickFix(document, diagnostic, title(value), [{ range: diagnostic.range, newText: inDocumentsMark(document, actual) }])];
    }

    /** Corrects each suspected mistyped max (checks/likely-typo-report.ts); preferred when it is the only suspect. */
    protected fixTypos(document: LangiumDocument, diagnostic: Diagnostic, suspects: unknown): CodeAction[] {
        if (!Array.isArray(suspects)) return [];
        const typed = (suspects as Partial<SuspectData>[]).filter((s): s is SuspectData =>
            typeof s.item === 'string' && typeof s.written === 'string' && typeof s.intended === 'string' && s.range !== undefined);
        return typed.map(suspect => this.quickFix(document, diagnostic, this.text('fix-typo', { item: suspect.item, written: suspect.written, intended: suspect.intended }),
            [{ range: suspect.range, newText: suspect.intended }], typed.length === 1));
    }

    /** Replaces the flagged whole number (a declared count, a sample total) with the tree's or the groups'. */
    protected replaceCount(document: LangiumDocument, diagnostic: Diagnostic, actual: unknown, title: (value: number) => string): CodeAction[] {
        if (typeof actual !== 'number' || !Number.isSafeInteger(actual) || actual < 0) return [];
        return [this.quickFix(document, diagnostic, title(actual), [{ range: diagnostic.range, newText: String(actual) }])];
    }

    /** The declared total becomes the domains' sum; without a declaration (100 by default), `total` is added. */
    protected fixTotal(document: LangiumDocument, diagnostic: Diagnostic, actual: unknown): CodeAction[] {
        const set = nodeAt(document, diagnostic.range.start, isCriteriaSet);
        if (!set || typeof actual !== 'string' || !parsePoints(actual)) return [];
        if (set.totals.length > 0) return this.replacePoints(document, diagnostic, actual, value => this.text('fix-total', { value }));
        const brace = set.$cstNode && GrammarUtils.findNodeForKeyword(set.$cstNode, '{');
        if (!brace) return [];
        const indent = `${lineIndent(document, set)}    `;
        return [this.quickFix(document, diagnostic, this.text('fix-total-declare', { value: actual }),
            [{ range: { start: brace.range.end, end: brace.range.end }, newText: `\n${indent}total ${inDocumentsMark(document, actual)}` }])];
    }

    /** The parent's min becomes its children's minima; a parent without `min` gets one after its max. */
    protected fixMinSum(document: LangiumDocument, diagnostic: Diagnostic, actual: unknown): CodeAction[] {
        const item = nodeAt<Item>(document, diagnostic.range.start, isItem);
        if (!item || typeof actual !== 'string' || !parsePoints(actual)) return [];
        if (item.min !== undefined) return this.replacePoints(document, diagnostic, actual, value => this.text('fix-min-sum', { value }));
        return [this.quickFix(document, diagnostic, this.text('fix-min-sum', { value: parsePoints(actual)! }),
            [{ range: { start: diagnostic.range.end, end: diagnostic.range.end }, newText: ` min ${actual}` }])];
    }

    protected fixSplit(document: LangiumDocument, diagnostic: Diagnostic, actual: unknown): CodeAction[] {
        const entry = nodeAt<SplitEntry>(document, diagnostic.range.start, isSplitEntry);
        if (!entry) return [];
        const kinds = entry.kinds.map(kind => word(this.locale.lang, kind)).join(' + ');
        return this.replacePoints(document, diagnostic, actual, value => this.text('fix-split', { value, kinds }));
    }

    /** One fix per neighbour of the gap: the band (or class) below reaches up, or the one above reaches down. */
    protected fixBandGap(document: LangiumDocument, diagnostic: Diagnostic, example: unknown): CodeAction[] {
        const rule = nodeAt<BandRule | TierRule | Classes>(document, diagnostic.range.start, node => isBandRule(node) || isTierRule(node) || isClasses(node));
        const value = typeof example === 'string' ? parsePoints(example) : undefined;
        if (!rule || !value) return [];
        const bands: readonly (Band | ClassBand)[] = rule.bands;
        return closeBandGap(bands, isTierRule(rule) ? 'count' : 'percent', value).flatMap(({ band, condition: written }) => {
            const cst = band.condition.$cstNode;
            const condition = inDocumentsMark(document, written);
            return cst
                ? [this.quickFix(document, diagnostic, this.text('fix-band-gap', { before: cst.text, after: condition }), [{ range: cst.range, newText: condition }])]
                : [];
        });
    }

    /**
     * Renumbers the item's sequence (its siblings, or its run through the set), the codes under each
     * renamed item following it; `runningOnly` for a duplicate, which only a run's renumbering removes.
     */
    protected fixCodeGap(document: LangiumDocument, diagnostic: Diagnostic, runningOnly = false): CodeAction[] {
        const item = nodeAt<Item>(document, diagnostic.range.start, isItem);
        if (!item || !hasCodes(item) || (runningOnly && !isRunning(item))) return [];
        const renames = [...renumberInSequence(item)];
        if (renames.length === 0) return [];
        const edits = renames.flatMap(([sibling, code]) => recodeEdits(sibling, code));
        const listed = renames.slice(0, LISTED_RENAMES).map(([sibling, code]) => `${sibling.code} → ${code}`);
        if (renames.length > LISTED_RENAMES) listed.push('…');
        return [this.quickFix(document, diagnostic,
            this.text('fix-code-gap', { renames: listed.join(', '), nested: edits.length > renames.length ? 'yes' : 'no' }), edits)];
    }

    protected fixCodeUnderParent(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const item = nodeAt<Item>(document, diagnostic.range.start, isItem);
        const parent = item && parentItem(item);
        const code = item && codeUnderParent(item);
        if (!item || !parent || !code) return [];
        return [this.quickFix(document, diagnostic, this.text('fix-code-under-parent', { code, parentCode: fullCode(parent) }), recodeEdits(item, code))];
    }

    /** `IIII` → `IV`: what the writer meant, hence preferred; dotted children spell the number, which stays. */
    protected fixRomanNumeral(document: LangiumDocument, diagnostic: Diagnostic, canonical: unknown): CodeAction[] {
        const item = nodeAt<Item>(document, diagnostic.range.start, isItem);
        if (!item || !hasCodes(item) || typeof canonical !== 'string') return [];
        return [this.quickFix(document, diagnostic, this.text('fix-roman-numeral', { canonical }), recodeEdits(item, canonical), true)];
    }

    /** Writes the code as the check suggests (`1,1` → `1.1`, `01` → `1`), and the codes under it that repeat it. */
    protected fixCodeWriting(document: LangiumDocument, diagnostic: Diagnostic, suggested: unknown): CodeAction[] {
        const item = nodeAt<Item>(document, diagnostic.range.start, isItem);
        if (!item || typeof suggested !== 'string') return [];
        return [this.quickFix(document, diagnostic, this.text('fix-code-written', { code: suggested }), recodeEdits(item, suggested), true)];
    }

    /** Rewrites `[80,100%)` as `[80%, 100%)` and `min(1,5)` as `min(1, 5)`: the reading where the comma separates. */
    protected fixCommaSeparated(document: LangiumDocument, diagnostic: Diagnostic, suggested: unknown): CodeAction[] {
        const list = nodeAt(document, diagnostic.range.start, (node): node is Interval | FunctionCall => isInterval(node) || isFunctionCall(node));
        if (!list?.$cstNode || typeof suggested !== 'string') return [];
        return [this.quickFix(document, diagnostic, this.text('fix-comma-separated', { text: suggested }), [{ range: list.$cstNode.range, newText: suggested }])];
    }

    /** Rewrites each line holding decomposed text; a line is the unit because NFC never composes across a line break. */
    protected normaliseDocument(document: LangiumDocument): CodeAction | undefined {
        const edits: TextEdit[] = [];
        document.textDocument.getText().split(/\r?\n/).forEach((line, index) => {
            const normalized = line.normalize('NFC');
            if (normalized !== line) edits.push({ range: { start: { line: index, character: 0 }, end: { line: index, character: line.length } }, newText: normalized });
        });
        if (edits.length === 0) return undefined;
        return {
            title: this.text('fix-nfc-all'),
            kind: NORMALIZE_NFC_KIND,
            edit: { changes: { [document.textDocument.uri]: edits } },
        };
    }

    /** A fix's title, in the client's language. */
    protected text<C extends EditorTextCode>(title: C, ...args: EditorTextArgs<C>): string {
        return renderEditorText(this.locale.lang, title, ...args);
    }

    /**
     * Deletes the name flagged in `exempt`: with its comma when the clause names others (`, X` after a
     * name, `X, ` before one), else the whole clause — its line when it stands alone on it.
     */
    protected fixExemptRedundant(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const item = nodeAt<Item>(document, diagnostic.range.start, isItem);
        const at = document.textDocument.offsetAt(diagnostic.range.start);
        const index = item ? item.exempt.findIndex(ref => ref.$refNode?.offset === at) : -1;
        const node = item?.exempt[index]?.$refNode;
        if (!item || !node) return [];
        const text = document.textDocument.getText();
        const comma = (from: number, to: number) => /^\s*,\s*$/.test(text.slice(from, to));
        const before = item.exempt[index - 1]?.$refNode, after = item.exempt[index + 1]?.$refNode;
        let start: number, end: number;
        if (before && comma(before.end, node.offset)) [start, end] = [before.end, node.end];
        else if (after && comma(node.end, after.offset)) [start, end] = [node.offset, after.offset];
        else {
            const keyword = text.lastIndexOf('exempt', node.offset);
            if (keyword < 0 || !/^\s+$/.test(text.slice(keyword + 'exempt'.length, node.offset))) return [];
            const lineStart = text.lastIndexOf('\n', keyword) + 1, lineEnd = text.indexOf('\n', node.end);
            const alone = /^\s*$/.test(text.slice(lineStart, keyword)) && /^\s*$/.test(text.slice(node.end, lineEnd < 0 ? text.length : lineEnd));
            [start, end] = alone && lineEnd >= 0 ? [lineStart, lineEnd + 1] : [keyword - (/\s/.test(text[keyword - 1] ?? '') ? 1 : 0), node.end];
        }
        const range = { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
        return [this.quickFix(document, diagnostic, this.text('fix-exempt-redundant', { unit: node.text }), [{ range, newText: '' }], true)];
    }

    protected quickFix(document: LangiumDocument, diagnostic: Diagnostic, title: string, edits: TextEdit[], isPreferred = false): CodeAction {
        return {
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred,
            edit: { changes: { [document.textDocument.uri]: edits } },
        };
    }
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

/**
 * The data a rule's check left for its quick fixes (checks/*.ts, typed by the rule). It crossed the
 * protocol, so any field may be missing or malformed: each fix still checks what it reads.
 */
function fixData<C extends RuleCode>(diagnostic: Diagnostic, _code: C): Partial<RuleData<C>> {
    return (diagnostic.data ?? {}) as Partial<RuleData<C>>;
}

/** A kind is wanted when the client asks for no kind in particular, or for it or a kind it refines. */
function wanted(only: string[] | undefined, kind: string): boolean {
    return !only || only.some(requested => kind === requested || kind.startsWith(`${requested}.`));
}

/** The innermost node of the given type at a position (diagnostics start at the node they flag). */
/**
 * Number text with the decimal mark the document's numbers use: a fix writes `0,75` into a set
 * whose numbers are written `0,5`, and `0.75` otherwise (codes never hold a comma).
 */
function inDocumentsMark(document: LangiumDocument, text: string): string {
    const root = document.parseResult.value.$cstNode;
    const commas = root !== undefined && CstUtils.streamCst(root)
        .some(node => isLeafCstNode(node) && node.tokenType.name === 'DECIMAL' && node.text.includes(','));
    return commas ? text.replace(/(\d)\.(\d)/g, '$1,$2') : text;
}

function nodeAt<T extends AstNode>(document: LangiumDocument, position: Position, is: (node: AstNode) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    return leaf && AstUtils.getContainerOfType(leaf.astNode, is);
}

/** The leading whitespace of the line a node starts on. */
function lineIndent(document: LangiumDocument, node: AstNode): string {
    const line = node.$cstNode?.range.start.line ?? 0;
    return /^[ \t]*/.exec(document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))![0];
}
