/**
 * Inlay hints where a sum is worth seeing while typing: after `max N` of every item with children
 * (`Σ 7.5`, or `Σ 7,5 ≠ 8` when they do not add up), after a deduction group's `max`, and after
 * a set's title (the domains' sum against the total, points by source against the split:
 * `Σ 100 · thẩm định 66 · ĐTXHH 34`). An item with its own split gets its parts too. Leaves get
 * none: their max is the figure already written.
 */
import type { AstNode, CstNode } from 'langium';
import { GrammarUtils } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import type { ChisoServices } from './chiso-lsp-module.js';
import type { CriteriaSet, DeductionGroup, Item } from '../generated/ast.js';
import { isCriteriaSet, isDeductionGroup, isItem } from '../generated/ast.js';
import type { ChisoLocale } from '../i18n/locale.js';
import { renderEditorText, type Lang } from '../i18n/index.js';
import { childrenSum, declaredTotal, deductionGroupSum, domainsSum, itemPointsBySource, partialSum, setPointsBySource, type PartialSum } from '../model/analysis.js';
import { parsePoints, type Exact } from '../model/points.js';
import { isLeaf, maxOf } from '../model/tree.js';
import { againstDeclared, setSourceParts, sourceParts, sourcePartsText, type SourcePart } from './figures.js';

export class ChisoInlayHintProvider extends AbstractInlayHintProvider {
    private readonly locale: ChisoLocale;

    constructor(services: ChisoServices) {
        super();
        this.locale = services.i18n.Locale;
    }

    override computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        const lang = this.locale.lang;
        if (isItem(node)) this.item(lang, node, acceptor);
        else if (isDeductionGroup(node)) this.deductionGroup(lang, node, acceptor);
        else if (isCriteriaSet(node)) this.set(lang, node, acceptor);
    }

    private item(lang: Lang, item: Item, acceptor: InlayHintAcceptor): void {
        const actual = childrenSum(item);
        if (!actual) {
            partialHint(lang, isLeaf(item) ? undefined : partialSum(item.children), maxOf(item), GrammarUtils.findNodeForProperty(item.$cstNode, 'max'), 'hint-sum', acceptor);
            return;
        }
        const bySource = itemPointsBySource(item);
        const parts = item.splits[0] && bySource.complete ? sourceParts(bySource, item.splits[0]) : [];
        hint(acceptor, GrammarUtils.findNodeForProperty(item.$cstNode, 'max'), label(lang, actual, maxOf(item), parts, bySource.outlined), renderEditorText(lang, 'hint-sum'));
    }

    private deductionGroup(lang: Lang, group: DeductionGroup, acceptor: InlayHintAcceptor): void {
        const actual = deductionGroupSum(group);
        if (!actual || group.items.length === 0) return;
        hint(acceptor, GrammarUtils.findNodeForProperty(group.$cstNode, 'max'), label(lang, actual, parsePoints(group.max), []), renderEditorText(lang, 'hint-sum'));
    }

    private set(lang: Lang, set: CriteriaSet, acceptor: InlayHintAcceptor): void {
        const actual = domainsSum(set);
        if (!actual) partialHint(lang, partialSum(set.items), declaredTotal(set), GrammarUtils.findNodeForProperty(set.$cstNode, 'title'), 'hint-set', acceptor);
        if (!actual || set.items.length === 0) return;
        hint(acceptor, GrammarUtils.findNodeForProperty(set.$cstNode, 'title'), label(lang, actual, declaredTotal(set), setSourceParts(set), setPointsBySource(set).outlined), renderEditorText(lang, 'hint-set'));
    }
}

/** `Σ ≥ 60` (`Σ ≥ 110 ≠ 100` when already over) beside outlines whose points are not known. */
function partialHint(lang: Lang, partial: PartialSum | undefined, declared: Exact | undefined, after: CstNode | undefined, tooltip: 'hint-sum' | 'hint-set', acceptor: InlayHintAcceptor): void {
    if (!partial || partial.unknown === 0) return;
    const over = declared && partial.known.compare(declared) > 0;
    hint(acceptor, after, `Σ ≥ ${againstDeclared(lang, partial.known, over ? declared : undefined)}`, renderEditorText(lang, tooltip));
}

function label(lang: Lang, actual: Exact, declared: Exact | undefined, parts: readonly SourcePart[], outlined?: Exact): string {
    const total = `Σ ${againstDeclared(lang, actual, declared)}`;
    return parts.length > 0 ? `${total} · ${sourcePartsText(lang, parts, true, outlined)}` : total;
}

function hint(acceptor: InlayHintAcceptor, after: CstNode | undefined, text: string, tooltip: string): void {
    if (after) acceptor({ position: after.range.end, label: text, tooltip, paddingLeft: true });
}
