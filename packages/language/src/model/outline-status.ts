/**
 * What remains to detail in a set published to a given depth: its outline items' declared counts,
 * or, for a set without domains (its header only), the counts the set declares. Hovers, the VS Code
 * status bar and `chiso check` show it.
 */
import type { CriteriaSet, Item } from '../generated/ast.js';
import { renderEditorText, type Lang } from '../i18n/index.js';
import { countSetWithOutlines, pointsUnknown } from './analysis.js';
import { declaredCountsOf, isOutline, type PartialCounts } from './outline.js';
import { walkItems } from './tree.js';

/** What remains to detail in a set: its outlines, or its whole tree when only the header is written. */
export interface OutlineStatus {
    /** The set has no domains yet. */
    readonly headerOnly: boolean;
    /** Outline items (empty for a header-only set). */
    readonly outlines: readonly Item[];
    /** Items not written yet, per level, as declared. */
    readonly remaining: PartialCounts;
}

/** The set's outline status; undefined when the set is written out in full. */
export function outlineStatus(set: CriteriaSet): OutlineStatus | undefined {
    if (set.items.length === 0) return { headerOnly: true, outlines: [], remaining: declaredCountsOf(set.counts[0]) };
    const outlines = [...walkItems(set.items)].filter(isOutline);
    if (outlines.length === 0) return undefined;
    // As the set's counts are compared: a deduction group's declared criteria count when they are included.
    const { outlined } = countSetWithOutlines(set, set.counts[0]?.includingDeductions ?? false);
    return { headerOnly: false, outlines, remaining: { criteria: outlined.criteria, components: outlined.components } };
}

/**
 * `5 tiêu chí, 12 tiêu chí thành phần` / `5 criteria, 12 components`: the declared counts still to
 * write, levels with none left out; empty when nothing is declared.
 */
export function remainingText(lang: Lang, remaining: PartialCounts): string {
    return (['domains', 'criteria', 'components'] as const)
        .filter(level => (remaining[level] ?? 0) > 0)
        .map(level => renderEditorText(lang, `outline-${level}`, { count: remaining[level]! }))
        .join(', ');
}

/** One line saying what remains to detail in an outline item or a set: for hovers and `chiso check`. */
export function outlineText(lang: Lang, remaining: PartialCounts, itemCount?: number): string {
    const text = remainingText(lang, remaining);
    return itemCount === undefined
        ? renderEditorText(lang, 'outline-item', { remaining: text })
        : renderEditorText(lang, 'outline-set', { remaining: text, items: itemCount });
}

/**
 * What remains to detail in a set, or undefined for a set written out in full: the line hovers and
 * `chiso check` show, or with `short` the status bar's (`dàn ý: còn 5 tiêu chí, 12 tiêu chí thành phần`).
 */
export function setOutlineText(lang: Lang, set: CriteriaSet, short = false): string | undefined {
    const status = outlineStatus(set);
    if (!status) return undefined;
    const remaining = remainingText(lang, status.remaining);
    const text = short
        ? renderEditorText(lang, 'outline-short', { remaining, headerOnly: status.headerOnly ? 'yes' : '' })
        : status.headerOnly
            ? renderEditorText(lang, 'outline-header-only', { remaining })
            : outlineText(lang, status.remaining, status.outlines.length);
    // Outlines whose points were not published: the sums are partial (`chưa rõ điểm của 7 mục`).
    const unknown = status.outlines.filter(pointsUnknown).length;
    return unknown > 0 ? `${text}; ${renderEditorText(lang, 'outline-points-unknown', { count: unknown })}` : text;
}
