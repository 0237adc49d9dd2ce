/**
 * Point sums: children add up to their parent's max, and their minima to its min where they
 * declare any; domains add up to the declared total.
 */
import { AstUtils, GrammarUtils } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Item } from '../generated/ast.js';
import { renderEditorText, type Lang, type SuspectData, type TypoArgs } from '../i18n/index.js';
import { likelyTypos, slips } from '../model/likely-typos.js';
import type { Exact } from '../model/points.js';
import { childrenMinSum, childrenSum, declaredTotal, deductionGroupSum, domainsSum, partialSum } from '../model/analysis.js';
import { formatPoints, parsePoints, sum, ZERO } from '../model/points.js';
import { isLeaf, itemLabel, maxOf, minOf } from '../model/tree.js';
import type { ChecksFor, Report } from './report.js';

export const sumChecks: ChecksFor = {
    Item: (item, report, lang) => {
        const max = maxOf(item);
        const actual = childrenSum(item);
        if (max && actual && !actual.equals(max)) {
            const typos = typoReport(lang, item.children, max, item);
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
    DeductionGroup: (group, report) => {
        const max = parsePoints(group.max);
        const actual = deductionGroupSum(group);
        if (!max || !actual || actual.compare(max) >= 0) return;
        report('sum-mismatch', { node: group, property: 'max' },
            { item: `"${group.title}"`, expected: max, actual, difference: actual.sub(max).abs() },
            { expected: formatPoints(max), actual: formatPoints(actual) });
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
        const typos = typoReport(lang, set.items, expected);
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

/** The spelling one slip away from a parent's written max that equals its children's sum, if any. */
function parentTypo(max: string, children: readonly string[]): string | undefined {
    const values = children.map(parsePoints);
    if (values.some(v => v === undefined)) return undefined;
    const actual = sum(values as Exact[]);
    const mark = [max, ...children].some(text => /\d,\d/.test(text)) ? ',' : '.';
    return slips(max, mark).filter(candidate => parsePoints(candidate)?.equals(actual)).sort((a, b) => a.length - b.length)[0];
}

/**
 * Which of the items' written maxima a single slip explains (model/likely-typos.ts): the message's
 * closing sentence and, for quick fixes and related information, where each suspect is written.
 */
function typoReport(lang: Lang, items: Item[], expected: Exact, parent?: Item): { args: TypoArgs; suspects: SuspectData[]; related: { relatedInformation?: DiagnosticRelatedInformation[] } } {
    const written = items.map(item => item.max ?? '');
    const suspect = (item: Item, written: string, intended: string) => {
        const range = item.$cstNode && GrammarUtils.findNodeForProperty(item.$cstNode, 'max')?.range;
        return range ? [{ item: itemLabel(lang, item), written, intended, range }] : [];
    };
    const suspects = likelyTypos(written, expected).flatMap(({ index, written, intended }) => suspect(items[index], written, intended));
    // A parent's max is written in the annex like its children's (unlike a declared total): it may be the slip.
    const parentSlip = parent?.max === undefined ? undefined : parentTypo(parent.max, written);
    if (parent && parentSlip) suspects.push(...suspect(parent, parent.max!, parentSlip));
    const args: TypoArgs = { typos: suspects.length };
    if (suspects.length === 1) Object.assign(args, { suspect: suspects[0].item, written: suspects[0].written, intended: suspects[0].intended });
    else args.suspects = suspects.map(s => `${s.item}: ${s.written} → ${s.intended}`).join('; ');
    if (suspects.length === 0) return { args, suspects, related: {} };
    const uri = AstUtils.getDocument(items[0]).uri.toString();
    const relatedInformation = suspects.map(({ range, ...suspect }) => ({ location: { uri, range }, message: renderEditorText(lang, 'related-typo', suspect) }));
    return { args, suspects, related: { relatedInformation } };
}
