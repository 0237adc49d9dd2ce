/**
 * Completion: Langium's keywords and references (agencies and surveys of the folder, through the
 * folder scope), plus the next code in sequence after `domain`, `criterion` or `component`, and a
 * snippet for a whole new item of the kind that belongs where the cursor is. The grammar lets any
 * item hold any item and any field come twice, so that the checks can say what is wrong; completion
 * offers only what is right where the cursor is: the item kind that belongs there, and a field given
 * once only if it is not given yet.
 */
import type { AstNode, MaybePromise } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { Item } from '../generated/ast.js';
import { isCriteriaSet, isDeductionGroup, isItem, isSurvey } from '../generated/ast.js';
import { SINGLE_FIELDS } from '../checks/structure.js';
import type { ChisoServices } from './chiso-lsp-module.js';
import type { ChisoLocale } from '../i18n/locale.js';
import { renderEditorText, word } from '../i18n/index.js';
import { childKind } from '../model/tree.js';
import { itemsOf, nextCode, type ItemContainer } from './item-codes.js';

/** The datatype rule of item codes; its terminals (INT, CODE, …) are what completion is asked for. */
const CODE_RULE = 'Code';

const ITEM_KEYWORDS = new Set(['domain', 'criterion', 'component']);

export class ChisoCompletionProvider extends DefaultCompletionProvider {
    private readonly locale: ChisoLocale;

    constructor(services: ChisoServices) {
        super(services);
        this.locale = services.i18n.Locale;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name === CODE_RULE) {
            return this.completionForCode(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    /** The code after the preceding siblings' (`1.2` → `1.3`), or the container's first (`1.3.1`). */
    protected completionForCode(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const place = placeAt(context.node, context.tokenOffset);
        const code = place && nextCode(place.container, place.before);
        if (!code) return;
        acceptor(context, {
            label: code,
            kind: CompletionItemKind.Value,
            detail: renderEditorText(this.locale.lang, 'complete-next-code'),
            sortText: '0',
        });
    }

    protected override async completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): Promise<void> {
        if (ITEM_KEYWORDS.has(keyword.value)) {
            const place = placeAt(context.node, context.tokenOffset);
            if (place && childKind(place.container) !== keyword.value) return;
        } else if (isFieldGiven(context.node, context.tokenOffset, keyword.value)) {
            return;
        }
        await super.completionForKeyword(context, keyword, acceptor);
        if (ITEM_KEYWORDS.has(keyword.value)) this.completionForNewItem(context, keyword.value as Item['kind'], acceptor);
    }

    /** `criterion 1.3 "…" max … { }` with the code filled in, offered only for the kind that belongs here. */
    protected completionForNewItem(context: CompletionContext, kind: Item['kind'], acceptor: CompletionAcceptor): void {
        const place = placeAt(context.node, context.tokenOffset);
        if (!place || childKind(place.container) !== kind) return;
        const code = nextCode(place.container, place.before);
        acceptor(context, {
            label: `${kind} ${code ?? '…'}`,
            kind: CompletionItemKind.Snippet,
            detail: renderEditorText(this.locale.lang, 'complete-new-item', { kind: word(this.locale.lang, kind) }),
            insertText: `${kind} ${code ? `\${1:${code}}` : '$1'} "$2" max $3 {\n\t$0\n}`,
            insertTextFormat: InsertTextFormat.Snippet,
            sortText: '2',
        });
    }
}

/** Where a new item at the offset goes: the innermost set, group or item whose braces enclose it. */
function placeAt(node: AstNode | undefined, offset: number): { container: ItemContainer; before: Item[] } | undefined {
    for (let current = node; current; current = current.$container) {
        if ((isItem(current) || isCriteriaSet(current) || isDeductionGroup(current)) && encloses(current, offset)) {
            // Siblings written before the cursor; the item being typed, if parsed, has no code yet and is skipped by nextCode.
            const before = itemsOf(current).filter(item => item.$cstNode && item.$cstNode.end <= offset);
            return { container: current, before };
        }
    }
    return undefined;
}

/** Whether the field `keyword` is single-valued in the block around the offset and already given there (elsewhere than at the offset). */
function isFieldGiven(node: AstNode | undefined, offset: number, keyword: string): boolean {
    for (let current = node; current; current = current.$container) {
        if (!(isItem(current) || isCriteriaSet(current) || isDeductionGroup(current) || isSurvey(current)) || !encloses(current, offset)) continue;
        const property = Object.entries(SINGLE_FIELDS[current.$type] ?? {}).find(([, word]) => word === keyword)?.[0];
        const given = property ? GrammarUtils.findNodesForProperty(current.$cstNode, property) : [];
        return given.some(value => value.end < offset || value.offset > offset);
    }
    return false;
}

/** Whether the offset is inside the node's own `{ … }` (an unclosed block reaches to the end). */
function encloses(node: AstNode, offset: number): boolean {
    const cst = node.$cstNode;
    const open = cst && GrammarUtils.findNodeForKeyword(cst, '{');
    const close = cst && GrammarUtils.findNodeForKeyword(cst, '}');
    return open !== undefined && open.end <= offset && (close === undefined || offset <= close.offset);
}
