/**
 * Point sums: children add up to their parent's max, and their minima to its min where they
 * declare any; domains add up to the declared total.
 */
import type { Item } from '../generated/ast.js';
import type { Lang } from '../i18n/index.js';
import { childrenMinSum, childrenSum, declaredTotal, deductionGroupSum, domainsSum, partialSum } from '../model/analysis.js';
import { formatPoints, parsePoints, ZERO } from '../model/points.js';
import { isLeaf, itemLabel, maxOf, minOf } from '../model/tree.js';
import { typoReport, type Figure } from './likely-typo-report.js';
import type { ChecksFor, Report } from './report.js';

export const sumChecks: ChecksFor = {
    Item: (item, report, lang) => {
        const max = maxOf(item);
        const actual = childrenSum(item);
        if (max && actual && !actual.equals(max)) {
            const typos = typoReport(lang, figures(lang, item.children), max, { node: item, label: itemLabel(lang, item) });
            report('sum-mismatch', { node: item, property: 'max', ...typos.related },
                { item: itemLabel(lang, item), expected: max, actual, difference: actual.sub(max).abs(), ...typos.args },
                { expected: formatPoints(max), actual: formatPoints(actual), suspects: typos.suspects });
        }
        const partial = isLeaf(item) ? undefined : partialSum(item.children);
        // Beside children whose points are not known, only known points over the max are certainly wrong.
        if (max && partial && partial.unknown > 0 && partial.known.compare(max) > 0) {
            report('sum-exceeded', { node: item, property: 'max' },
                { item: itemLabel(lang, item), expected: max, actual: partial.known, difference: partial.known.sub(max), unknown: partial.unknown });
        }
        checkMinSum(item, report, lang);
    },
    // A group's max caps what its items take off together: below their sum it is a cap, above it can never be reached.
    DeductionGroup: (group, report, lang) => {
        const max = parsePoints(group.max);
        const actual = deductionGroupSum(group);
        if (!max || !actual || actual.compare(max) >= 0) return;
        const label = `"${group.title}"`;
        const typos = typoReport(lang, figures(lang, group.items), max, { node: group, label });
        report('sum-mismatch', { node: group, property: 'max', ...typos.related },
            { item: label, expected: max, actual, difference: actual.sub(max).abs(), ...typos.args },
            { expected: formatPoints(max), actual: formatPoints(actual), suspects: typos.suspects });
    },
    CriteriaSet: (set, report, lang) => {
        // A set without domains has only its header: the outline note says so (checks/outlines.ts).
        if (set.items.length === 0) return;
        const expected = declaredTotal(set);
        const actual = domainsSum(set);
        const where = set.totals.length > 0 ? { node: set, property: 'totals' as const, index: 0 } : { node: set, property: 'name' as const };
        const partial = partialSum(set.items);
        if (expected && partial && partial.unknown > 0 && partial.known.compare(expected) > 0) {
            report('total-exceeded', where,
                { expected, actual: partial.known, difference: partial.known.sub(expected), unknown: partial.unknown });
        }
        if (!expected || !actual || actual.equals(expected)) return;
        const typos = typoReport(lang, figures(lang, set.items), expected);
        report('total-mismatch', { ...where, ...typos.related },
            { expected, actual, difference: actual.sub(expected).abs(), declared: set.totals.length > 0 ? 'yes' : 'no', ...typos.args },
            { expected: formatPoints(expected), actual: formatPoints(actual), suspects: typos.suspects });
    },
};

/**
 * A parent scores at least what its children's minima add up to (PAPI dimensions scored from 1),
 * so where any child declares `min` they must add up to the parent's (0 when it declares none).
 */
function checkMinSum(item: Item, report: Report, lang: Lang): void {
    const actual = childrenMinSum(item);
    const expected = item.min === undefined ? ZERO : minOf(item);
    if (!actual || !expected || actual.equals(expected)) return;
    report('min-sum-mismatch', { node: item, property: item.min === undefined ? 'max' : 'min' },
        { item: itemLabel(lang, item), expected, actual, difference: actual.sub(expected).abs() },
        { actual: formatPoints(actual) });
}

function figures(lang: Lang, items: readonly Item[]): Figure[] {
    return items.map(item => ({ node: item, label: itemLabel(lang, item) }));
}
