/**
 * Sources of points: the declared split (set-wide or per item) against the leaves' points by
 * source, survey points inside an item that declares none, and an information diagnostic on
 * every survey-sourced item so that editors and CI flag them.
 */
import type { AstNode } from 'langium';
import type { CriteriaSet, Item, Split, SourceKind } from '../generated/ast.js';
import { isCriteriaSet } from '../generated/ast.js';
import type { Lang } from '../i18n/index.js';
import { word } from '../i18n/index.js';
import { declaredTotal, itemPointsBySource, setPointsBySource, type PointsBySource } from '../model/analysis.js';
import { formatPoints, parsePoints, sum, ZERO, type Exact } from '../model/points.js';
import { isOutline } from '../model/outline.js';
import { effectiveSource } from '../model/sources.js';
import { isLeaf, itemLabel, maxOf, walkItems } from '../model/tree.js';
import { typoReport } from './likely-typo-report.js';
import type { ChecksFor, Report } from './report.js';

function kindsText(lang: Lang, kinds: readonly SourceKind[]): string {
    return kinds.map(kind => word(lang, kind)).join(' + ');
}

function scopeText(lang: Lang, owner: CriteriaSet | Item): string {
    return isCriteriaSet(owner) ? word(lang, 'set').replace(/^./, c => c.toUpperCase()) : itemLabel(lang, owner).replace(/^./, c => c.toUpperCase());
}

/**
 * The split on its own: a source named twice, parts against the total. Returns the sources it
 * names, or undefined when one is named twice (every part's figure is then ambiguous).
 */
function checkSplitParts(split: Split, scopeTotal: Exact | undefined, report: Report): Set<SourceKind> | undefined {
    const seen = new Set<SourceKind>();
    let repeated = false;
    for (const entry of split.entries) {
        entry.kinds.forEach((kind, index) => {
            if (seen.has(kind)) {
                report('split-repeated-kind', { node: entry, property: 'kinds', index }, { kind });
                repeated = true;
            }
            seen.add(kind);
        });
    }
    if (repeated) return undefined;
    const declared = split.entries.map(entry => parsePoints(entry.points));
    if (scopeTotal && declared.every(d => d !== undefined)) {
        const declaredSum = sum(declared as Exact[]);
        // A split naming appraisal claims to be complete; a partial one (e.g. survey 36.5 only) may not exceed the total.
        const complete = seen.has('appraisal');
        if (complete ? !declaredSum.equals(scopeTotal) : declaredSum.compare(scopeTotal) > 0) {
            report('split-total', { node: split }, { expected: scopeTotal, actual: declaredSum });
        }
    }
    return seen;
}

function checkSplit(owner: CriteriaSet | Item, split: Split, scopeTotal: Exact | undefined, points: PointsBySource, roots: Item[], report: Report, lang: Lang): void {
    const seen = checkSplitParts(split, scopeTotal, report);
    if (!seen) return;
    for (const entry of split.entries) {
        const expected = parsePoints(entry.points);
        if (!expected || !points.complete) continue;
        const known = sum([...new Set(entry.kinds)].map(kind => points[kind]));
        // Outlines of unknown source may hold anything from none to all of their points here.
        // Outlines whose points are not known may hold any number of points: no upper bound then.
        const [bound, actual]: [string, Exact] | [] = known.compare(expected) > 0 ? ['min', known]
            : points.unknown === 0 && known.add(points.outlined).compare(expected) < 0 ? ['max', known.add(points.outlined)] : [];
        if (!actual || !bound) continue;
        const exact = points.outlined.equals(ZERO) && points.unknown === 0;
        const args = { scope: scopeText(lang, owner), kinds: kindsText(lang, entry.kinds), expected, actual, difference: actual.sub(expected).abs(), bound: exact ? '' : bound };
        const leaves = exact ? sourcedLeaves(roots, entry.kinds) : undefined;
        if (!leaves) {
            report('split-mismatch', { node: entry, property: 'points' }, args);
            continue;
        }
        // The split comes from the decision text: the suspects are the maxima of the leaves of these sources.
        const typos = typoReport(lang, leaves.map(leaf => ({ node: leaf, label: itemLabel(lang, leaf) })), expected);
        report('split-mismatch', { node: entry, property: 'points', ...typos.related }, { ...args, ...typos.args },
            { expected: formatPoints(expected), actual: formatPoints(actual), suspects: typos.suspects });
    }
    checkSurveyWhereNone(owner, split, seen, roots, report, lang);
}

/**
 * The leaves whose written max counts toward the given sources; undefined where an outline's own
 * split counts too (its parts are declared, not one written figure).
 */
function sourcedLeaves(roots: Item[], kinds: readonly SourceKind[]): Item[] | undefined {
    const leaves = [...walkItems(roots)].filter(isLeaf);
    if (leaves.some(isOutline)) return undefined;
    return leaves.filter(leaf => kinds.includes(effectiveSource(leaf).kind));
}

/** `survey 0`, or a complete split without survey, says the scope has no survey points. */
function checkSurveyWhereNone(owner: CriteriaSet | Item, split: Split, seen: Set<SourceKind>, roots: Item[], report: Report, lang: Lang): void {
    const surveyEntry = split.entries.find(entry => entry.kinds.includes('survey'));
    const saysNone = surveyEntry ? parsePoints(surveyEntry.points)?.equals(ZERO) === true : seen.has('appraisal');
    if (!saysNone) return;
    for (const item of walkItems(roots)) {
        const source = effectiveSource(item);
        // Report the topmost survey-sourced item of each subtree, where the source is declared.
        if (source.kind !== 'survey' || source.declaredOn !== item) continue;
        const points = isLeaf(item) ? maxOf(item) : itemPointsBySource(item).survey;
        report('survey-in-appraisal-item', { node: item.sources[0] as AstNode },
            { scope: scopeText(lang, owner), item: itemLabel(lang, item), points: points ?? ZERO, survey: source.surveyName ?? '?' });
    }
}

export const sourceChecks: ChecksFor = {
    CriteriaSet: (set, report, lang) => {
        const split = set.splits[0];
        // A set without domains has only its header: the outline note says so (checks/outlines.ts).
        if (split && set.items.length === 0) checkSplitParts(split, declaredTotal(set), report);
        else if (split) checkSplit(set, split, declaredTotal(set), setPointsBySource(set), set.items, report, lang);
    },
    Item: (item, report, lang) => {
        const split = item.splits[0];
        if (split) checkSplit(item, split, maxOf(item), itemPointsBySource(item), [item], report, lang);
        const source = effectiveSource(item);
        if (source.kind !== 'survey') return;
        const inherited = source.declaredOn && source.declaredOn !== item
            ? `${word(lang, 'inheritedFrom')} ${itemLabel(lang, source.declaredOn)})` : '';
        report('survey-sourced', { node: item, property: 'code' },
            { item: itemLabel(lang, item), points: maxOf(item) ?? ZERO, survey: source.surveyName ?? '?', inherited },
            { survey: source.surveyName });
    },
};
