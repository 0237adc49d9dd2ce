/** Point sums: children add up to their parent's max; domains add up to the declared total. */
import { childrenSum, declaredTotal, deductionGroupSum, domainsSum } from '../model/analysis.js';
import { formatPoints, parsePoints } from '../model/points.js';
import { itemLabel, maxOf } from '../model/tree.js';
import type { ChecksFor } from './report.js';

export const sumChecks: ChecksFor = {
    Item: (item, report, lang) => {
        const max = maxOf(item);
        const actual = childrenSum(item);
        if (!max || !actual || actual.equals(max)) return;
        report('sum-mismatch', { node: item, property: 'max' },
            { item: itemLabel(lang, item), expected: max, actual, difference: actual.sub(max).abs() },
            { expected: formatPoints(max), actual: formatPoints(actual) });
    },
    // A group's max caps what its items take off together: below their sum it is a cap, above it can never be reached.
    DeductionGroup: (group, report) => {
        const max = parsePoints(group.max);
        const actual = deductionGroupSum(group);
        if (!max || !actual || actual.compare(max) >= 0) return;
        report('sum-mismatch', { node: group, property: 'max' },
            { item: `"${group.title}"`, expected: max, actual, difference: actual.sub(max).abs() },
            { expected: formatPoints(max), actual: formatPoints(actual) });
    },
    CriteriaSet: (set, report) => {
        const expected = declaredTotal(set);
        const actual = domainsSum(set);
        if (!expected || !actual || actual.equals(expected)) return;
        const where = set.totals.length > 0 ? { node: set, property: 'totals' as const, index: 0 } : { node: set, property: 'name' as const };
        report('total-mismatch', where,
            { expected, actual, difference: actual.sub(expected).abs(), declared: set.totals.length > 0 ? 'yes' : 'no' },
            { expected: formatPoints(expected), actual: formatPoints(actual) });
    },
};
