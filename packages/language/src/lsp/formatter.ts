/**
 * One canonical layout for Chiso files, the same in the editor and under `chiso fmt`:
 *
 * - 4 spaces per block level, whatever the editor's tab settings, so that both agree;
 * - `{` on the header line; each field, item, rule, input and entry of a block on a line of its
 *   own; `}` on its own line under the header;
 * - list blocks (`split`, `counts`, `respondents`, `bands`, `tiers`, `choice`, `classes`) stay on their
 *   header line when the author wrote them there: `split { appraisal 66  survey 34 }`, entries
 *   two spaces apart; written over several lines, they get one entry per line;
 * - at most one blank line between fields, items and top-level declarations, none after `{` or
 *   before `}`, none at the start of the file, one line end at its end;
 * - one space between the tokens of a line, none inside `10/3`, before `,` and `%`, inside
 *   brackets and parentheses (`[80%, 100%)`, `min(a, b)`); spaces around `->`, `+` and operators;
 * - comments keep their text: one after code stays where it is (aligned trailing comments keep
 *   their alignment); one on its own line is indented like the lines around it; after a line
 *   comment inside a field, the field goes on in a continuation line one level deeper.
 *
 * A text with syntax errors is not formatted, not even in part: its tokens may not be what the
 * author meant.
 *
 * Every rule depends only on the tokens and on whether each list block's braces share a line,
 * which the layout itself preserves, so formatting twice gives what formatting once gave.
 */
import type { AstNode, CompositeCstNode, CstNode, LangiumDocument, LeafCstNode } from 'langium';
import { AstUtils, Cancellation, CstUtils, GrammarAST, GrammarUtils, interruptAndCheck, isCompositeCstNode, isLeafCstNode } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingCollector, type FormattingContext } from 'langium/lsp';
import type { DocumentFormattingParams, FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { BandRule, ChoiceRule, Classes, Counts, Sample, Split, TierRule, isDocument, isFunctionCall } from '../generated/ast.js';

const CANONICAL: FormattingOptions = { tabSize: 4, insertSpaces: true };

/** Blocks whose entries may stay on the header line. */
const LIST_BLOCKS: ReadonlySet<string> = new Set([Split.$type, Counts.$type, Sample.$type, BandRule.$type, TierRule.$type, ChoiceRule.$type, Classes.$type]);

/** Keywords that open a field of a block (`evidence "…"`, `where a <= b`): each starts a line. */
const FIELD_KEYWORDS: ReadonlySet<string> = new Set([
    'conductedBy', 'questions', 'note',
    'decision', 'issuer', 'replaces', 'level', 'year', 'total', 'unranked', 'rounding',
    'evidence', 'lead', 'coordinating', 'exempt',
    'where', 'result',
]);

interface Block {
    readonly open: CstNode;
    readonly close: CstNode;
    readonly multiLine: boolean;
}

export class ChisoFormatter extends AbstractFormatter {
    /** What the nodes asked for, while a whole-document formatting replays it (see formatDocument). */
    private recorded: Parameters<FormattingCollector>[] | undefined;

    protected override format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        const { parts, comments } = ownParts(node);
        if (isDocument(node)) {
            parts.forEach((part, i) => {
                // The file starts with its first declaration, unless comments come first.
                const start = i === 0 && !CstUtils.getPreviousNode(firstLeaf(part)) ? Formatting.noSpace() : line(0, 1);
                formatter.cst([firstLeaf(part)]).prepend(start);
            });
            formatter.cst(comments.map(c => c.comment)).prepend(line(0, 1));
            return;
        }
        const block = blockOf(node);
        const depth = depthOf(node);
        parts.forEach((part, i) => {
            if (i > 0) formatter.cst([firstLeaf(part)]).prepend(this.spacing(node, parts[i - 1], part, block, depth));
            if (isDataTypeValue(part)) {
                // `10/3`, not `10 / 3`: a point value is one word.
                formatter.cst(leavesOf(part).slice(1)).prepend(space(0, depth + 1));
            }
        });
        for (const { comment, previous } of comments) {
            const inside = block !== undefined && comment.offset > block.open.offset && comment.offset < block.close.offset;
            const afterOpen = block !== undefined && previous === block.open;
            formatter.cst([comment]).prepend(line(inside && block.multiLine ? depth + 1 : depth, afterOpen ? 0 : 1));
        }
    }

    /** How `part` follows `previous`, both parts of `node`, `depth` levels in. */
    protected spacing(node: AstNode, previous: CstNode, part: CstNode, block: Block | undefined, depth: number): FormattingAction {
        const inside = block !== undefined && part.offset > block.open.offset && part.offset < block.close.offset;
        if (block && part === block.close) {
            return block.multiLine ? line(depth, 0) : space(1, depth + 1);
        }
        if (block && inside && startsEntry(part, previous, node)) {
            const first = previous === block.open;
            if (block.multiLine) return line(depth + 1, first ? 0 : 1);
            return space(first ? 1 : 2, depth + 1);
        }
        const continuation = (inside && block.multiLine ? depth + 1 : depth) + 1;
        if (isKeyword(part, ',', '%', ')', ']') || isKeyword(previous, '(', '[') || (isFunctionCall(node) && isKeyword(part, '('))) {
            return space(0, continuation);
        }
        return space(1, continuation);
    }

    /**
     * Langium formats the part of a broken text before its first error; but error recovery may
     * leave tokens out of the tree, and the whitespace edits around them would delete them.
     */
    protected override isFormatRangeErrorFree(document: LangiumDocument): boolean {
        const { lexerErrors, parserErrors } = document.parseResult;
        return lexerErrors.length === 0 && parserErrors.length === 0;
    }

    /**
     * Formatting a whole document walks its tree in slices, letting other requests in between and
     * stopping when the request is cancelled (a huge document blocked the server for minutes).
     * The walk records what each node asks for; Langium's formatting then replays the record.
     */
    override async formatDocument(document: LangiumDocument, params: DocumentFormattingParams, cancelToken = Cancellation.CancellationToken.None): Promise<TextEdit[]> {
        if (!this.isFormatRangeErrorFree(document)) return [];
        const recorded: Parameters<FormattingCollector>[] = [];
        const record: FormattingCollector = (...formatting) => recorded.push(formatting);
        this.collector = record;
        let count = 0;
        for (const node of [document.parseResult.value, ...AstUtils.streamAllContents(document.parseResult.value)]) {
            this.format(node);
            if (++count % 64 === 0) {
                await interruptAndCheck(cancelToken);
                // Another formatting may have run meanwhile on this (shared) formatter.
                this.collector = record;
            }
        }
        this.recorded = recorded;
        try {
            return this.doDocumentFormat(document, params.options);
        } finally {
            this.recorded = undefined;
        }
    }

    protected override iterateAstFormatting(document: LangiumDocument, range?: Range): void {
        if (!this.recorded) return super.iterateAstFormatting(document, range);
        for (const formatting of this.recorded) this.collector(...formatting);
    }

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const edits = super.doDocumentFormat(document, CANONICAL, range);
        const end = range ? undefined : finalLineEnd(document);
        return end && this.isNecessary(end, document.textDocument) ? [...edits, end] : edits;
    }

    /**
     * Langium leaves the whitespace after a comment alone. Here a token after a comment on its line
     * gets its usual spaces, and one after a line comment goes on the next line, as a continuation.
     */
    protected override createTextEdit(previous: CstNode | undefined, part: CstNode, formatting: FormattingAction, context: FormattingContext): TextEdit[] {
        const move = formatting.moves[0];
        if (!previous?.hidden || part.hidden || move?.characters === undefined) {
            return super.createTextEdit(previous, part, formatting, context);
        }
        const range = { start: previous.range.end, end: part.range.start };
        const newText = range.start.line === range.end.line
            ? ' '.repeat(move.characters)
            : '\n' + ' '.repeat(this.getIndentationCharacterCount(context, move));
        return [{ range, newText }];
    }

    /**
     * Comments keep their text and their place: one after code on the same line is left as it is
     * (Langium would leave it too); one on its own line gets its indentation and at most the
     * blank lines its formatting allows, and its text, even a block comment's further lines, is
     * never shifted.
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        const start = hidden.range.start;
        if (!previous) return [{ range: { start: { line: 0, character: 0 }, end: start }, newText: '' }];
        const end = previous.range.end;
        if (end.line === start.line) return [];
        const range = { start: end, end: start };
        const move = this.findFittingMove(range, (formatting ?? line(0, 1)).moves, context);
        const indentation = ' '.repeat(this.getIndentationCharacterCount(context, move));
        return [{ range, newText: '\n'.repeat(move?.lines ?? 1) + indentation }];
    }
}

/** `count` spaces; after a line comment, a continuation line `continuation` levels in. */
function space(count: number, continuation: number): FormattingAction {
    return { options: {}, moves: [{ characters: count, tabs: continuation }] };
}

/** A line of its own, `depth` levels in, after at most `blankLines` blank lines. */
function line(depth: number, blankLines: 0 | 1): FormattingAction {
    const moves = [{ lines: 1, tabs: depth }];
    if (blankLines > 0) moves.push({ lines: 2, tabs: depth });
    return { options: {}, moves };
}

/** A comment among a node's parts, and what comes just before it (a part or another comment). */
interface Comment {
    readonly comment: LeafCstNode;
    readonly previous: CstNode | undefined;
}

/**
 * The node's own tokens, its datatype values (`10/3`, `1.1.a`) and the CST nodes of its
 * children, in text order; and apart from them, the comments among them. What precedes each
 * comment is noted on the way: looking it up among the siblings is linear in their number, and
 * quadratic over a block of thousands of commented items.
 */
function ownParts(node: AstNode): { parts: CstNode[]; comments: Comment[] } {
    const parts: CstNode[] = [];
    const comments: Comment[] = [];
    let previous: CstNode | undefined;
    const visit = (cst: CompositeCstNode): void => {
        for (const child of cst.content) {
            if (child.hidden && isLeafCstNode(child)) comments.push({ comment: child, previous });
            else if (isCompositeCstNode(child) && child.astNode === node && !isDataTypeValue(child)) {
                visit(child);
                continue;
            } else parts.push(child);
            previous = child;
        }
    };
    if (isCompositeCstNode(node.$cstNode)) visit(node.$cstNode);
    return { parts, comments };
}

/** Whether a grammar rule is a datatype rule, found once per rule: Langium walks the rule's definition at every call. */
const dataTypeRules = new Map<GrammarAST.ParserRule, boolean>();

function isDataTypeValue(cst: CstNode): boolean {
    const source = cst.grammarSource;
    if (!isCompositeCstNode(cst) || !GrammarAST.isRuleCall(source) || !GrammarAST.isParserRule(source.rule.ref)) return false;
    const rule = source.rule.ref;
    let dataType = dataTypeRules.get(rule);
    if (dataType === undefined) {
        dataType = GrammarUtils.isDataTypeRule(rule);
        dataTypeRules.set(rule, dataType);
    }
    return dataType;
}

const isToken = (cst: CstNode): cst is LeafCstNode => isLeafCstNode(cst) && !cst.hidden;

function leavesOf(cst: CstNode): LeafCstNode[] {
    return CstUtils.streamCst(cst).filter(isToken).toArray();
}

function firstLeaf(cst: CstNode): LeafCstNode {
    return CstUtils.streamCst(cst).find(isToken)!;
}

function isKeyword(cst: CstNode, ...keywords: string[]): boolean {
    return GrammarAST.isKeyword(cst.grammarSource) && keywords.includes(cst.grammarSource.value);
}

/** Whether `part` opens a field or an entry of a block: a field keyword, or a child node that is not a keyword's value. */
function startsEntry(part: CstNode, previous: CstNode, node: AstNode): boolean {
    const isFieldKeyword = (cst: CstNode) => cst.astNode === node && isLeafCstNode(cst) && isKeyword(cst, ...FIELD_KEYWORDS);
    if (isFieldKeyword(part)) return true;
    return part.astNode !== node && !isFieldKeyword(previous);
}

/**
 * Blocks and depths found once per node: every node inside a block asks for it, and finding a
 * brace is linear in the block's contents (so formatting a large set was quadratic).
 */
const blocks = new WeakMap<AstNode, Block | undefined>();
const depths = new WeakMap<AstNode, number>();

/** The node's braces, if it has a block; structural blocks always span lines, list blocks as written. */
function blockOf(node: AstNode): Block | undefined {
    if (blocks.has(node)) return blocks.get(node);
    const open = GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
    const close = GrammarUtils.findNodeForKeyword(node.$cstNode, '}');
    const block = open && close ? { open, close, multiLine: !LIST_BLOCKS.has(node.$type) || open.range.start.line !== close.range.start.line } : undefined;
    blocks.set(node, block);
    return block;
}

/** Block levels around the node: one per enclosing block laid out over several lines. */
function depthOf(node: AstNode): number {
    const owner = node.$container;
    if (!owner || isDocument(owner)) return 0;
    let depth = depths.get(node);
    if (depth === undefined) {
        depth = depthOf(owner) + (blockOf(owner)?.multiLine ? 1 : 0);
        depths.set(node, depth);
    }
    return depth;
}

/** One line end after the last token or comment, nothing else. */
function finalLineEnd(document: LangiumDocument): TextEdit {
    const text = document.textDocument.getText();
    const root = document.parseResult.value.$cstNode;
    const last = root ? CstUtils.streamCst(root).filter(isLeafCstNode).toArray().at(-1) : undefined;
    const end = document.textDocument.positionAt(text.length);
    return last
        ? { range: { start: last.range.end, end }, newText: '\n' }
        : { range: { start: { line: 0, character: 0 }, end }, newText: '' };
}
