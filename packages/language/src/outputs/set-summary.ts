/**
 * What a reader of `chiso check` looks for first, one line per criteria set: the domains' sum
 * against the total, points by source against the split, the counts, and the survey-sourced
 * items with their points (`Σ 100/100 ✓ · thẩm định 66 · ĐTXHH 34 · 8 lĩnh vực, … · 23 mục
 * chấm qua ĐTXHH (34 điểm)`). The figures are the cached ones the checks and inlay hints use.
 * Fragments are returned separately so that a caller (or a new figure) can add its own.
 */
import type { CriteriaSet } from '../generated/ast.js';
import type { Lang } from '../i18n/index.js';
import { renderSummaryText } from './set-summary-texts.js';
import { setSourceParts, sourcePartsText } from '../lsp/figures.js';
import { countSetWithOutlines, declaredTotal, domainsSum, partialSum, setPointsBySource, surveySourcedItems } from '../model/analysis.js';
import { formatPoints } from '../model/points.js';
import { setOutlineText } from '../model/outline-status.js';

export function setSummaryFragments(lang: Lang, set: CriteriaSet): string[] {
    const fragments = [totalFragment(lang, set)];
    // Points by source only where every point is written: against a header alone, or beside outlines
    // whose points were not published, `ĐTXHH 0 ≠ 34` would flag what is only not written yet.
    const parts = set.items.length > 0 && setPointsBySource(set).unknown === 0 ? setSourceParts(set) : [];
    if (parts.length > 0) fragments.push(sourcePartsText(lang, parts, true));
    // The counts as the declared ones are compared: what is written plus what outlines declare.
    // A set with its header only has none yet; its outline fragment says what it declares.
    if (set.items.length > 0) {
        const counts = countSetWithOutlines(set, set.counts[0]?.includingDeductions ?? false);
        fragments.push(renderSummaryText(lang, 'set-counts', { ...counts.total }));
    }
    const surveyItems = surveySourcedItems(set.items);
    const bySource = setPointsBySource(set);
    if (surveyItems.length > 0 && bySource.complete) {
        fragments.push(renderSummaryText(lang, 'set-survey-items', { count: surveyItems.length, points: bySource.survey }));
    }
    // A set published to a given depth: what remains to detail (model/outline-status.ts).
    const outline = setOutlineText(lang, set, true);
    if (outline) fragments.push(outline);
    return fragments;
}

function totalFragment(lang: Lang, set: CriteriaSet): string {
    const total = declaredTotal(set);
    const sum = domainsSum(set);
    const matches = total !== undefined && sum !== undefined && sum.equals(total);
    // A set without domains yet (its header only) has no sum to compare, and is not wrong for it.
    const headerOnly = set.items.length === 0;
    // Beside outline domains whose points are not known, the sum is a lower bound (`Σ ≥ 60/100`).
    const partial = partialSum(set.items);
    if (!headerOnly && partial && partial.unknown > 0) {
        return renderSummaryText(lang, 'set-total', {
            sum: `≥ ${formatPoints(partial.known)}`,
            total: total ?? '?',
            mark: total && partial.known.compare(total) > 0 ? '✗' : '',
            declared: set.totals.length > 0 ? 'yes' : 'no',
        });
    }
    return renderSummaryText(lang, 'set-total', {
        sum: headerOnly ? '—' : sum ?? '?',
        total: total ?? '?',
        mark: headerOnly ? '' : matches ? '✓' : '✗',
        declared: set.totals.length > 0 ? 'yes' : 'no',
    });
}

export function setSummaryLine(lang: Lang, set: CriteriaSet): string {
    return setSummaryFragments(lang, set).join(' · ');
}
