/**
 * The index of each unit, the way the decisions describe it: achieved / max as a percentage,
 * published rounded as the set declares, its class, rank from high to low on the published value
 * (units declared unranked keep their index and class but get no rank, and come after the ranked
 * ones), points per source, sub-indices per domain and criterion, and the points lost per item. What
 * a unit is not assessed on — optional parts not run, items not assigned to it (declared `exempt` in
 * the set, or N/A in its results) — is left out of its max, so its index is rescaled.
 *
 * Built for a ministry's whole run (11,000 units × 100 items): each distinct item result is
 * evaluated once, points are integers over a common denominator (scale.ts), and each unit keeps
 * only one row of numbers — its achieved points per item — from which the report takes the rest.
 */
import type { CompiledItem, CompiledSet, SourceKind } from '@chiso/language';
import type { CommandArgs } from '../rules/index.js';
import { evaluate, type Issue, type IssueCode, type Outcome } from './evaluate.js';
import { fromJson, ZERO, type Exact } from './exact.js';
import { classify, publish, publishedKey, roundingOf } from './published.js';
import type { Results, UnitInfo } from './results.js';
import { Scale, type Points } from './scale.js';
import { knownMax, SetItems, SOURCES } from './set-items.js';

/** An issue where its row is, with its unit. */
export type LocatedIssue = {
    readonly [C in IssueCode]: { readonly code: C; readonly args: CommandArgs<C>; readonly line: number; readonly column: number }
}[IssueCode];

export interface UnitScore {
    readonly unit: string;
    readonly name: string | null;
    readonly ranked: boolean;
    /** Standard competition ranking on `published` among ranked units (1, 2, 2, 4); null when unranked. */
    readonly rank: number | null;
    readonly total: Points;
    /** The max the index is taken over: the set's total less what the unit was not assessed on (NotAssessed). */
    readonly maxPoints: Points;
    /** total / maxPoints × 100, exact (0 without a max). */
    readonly index: Exact;
    /** The index rounded half up to the set's `rounding` places: the value printed, ranked and classified. */
    readonly published: Exact;
    /** The title of the set's class holding `published`; null when the set declares none or none holds it. */
    readonly classification: string | null;
    /** The unit's number in the report's tables. */
    readonly number: number;
    readonly notAssessed: NotAssessed;
}

/**
 * What a unit was not assessed on, shared by every unit left out of the same: optional parts not run
 * (the Hà Nội rule: a survey without results) and items not assigned to it (declared `exempt` in the
 * set, or N/A in its results).
 */
export interface NotAssessed {
    /** Source kinds of optional parts not run (bits as in SetItems.sourceBit). */
    readonly skipped: number;
    /** Items not assigned to the unit, each the highest of its subtree, in the set's order. */
    readonly notAssigned: readonly CompiledItem[];
    /** 1 at each scored leaf left out (skipped or not assigned), by SetItems number; tell leaves by SetItems.isLeaf. */
    readonly leftOut: Uint8Array;
    /** Each item's max over what is assessed, by SetItems number. */
    readonly max: readonly Points[];
    /** Domains and criteria with something assessed: those with a sub-index. */
    readonly subIndexed: readonly number[];
    /** The set's total less the max of the leaves left out. */
    readonly maxPoints: Points;
}

export interface SubIndex {
    readonly item: CompiledItem;
    readonly achieved: Points;
    readonly max: Points;
}

export interface LostPoints {
    readonly item: CompiledItem;
    readonly max: Points;
    readonly achieved: Points;
    readonly lost: Points;
}

/** What the report shows of a unit besides its total. */
export interface UnitFigures {
    readonly bySource: Readonly<Record<SourceKind, Points>>;
    readonly deductions: Points;
    readonly subIndices: readonly SubIndex[];
    /** Largest first. */
    readonly lost: readonly LostPoints[];
    /**
     * Any item's achieved points (a deduction item's: the points it takes off), or null for an
     * item the unit was not assessed on (an optional part skipped, an item not assigned): the published annex per unit.
     */
    achieved(code: string): Points | null;
    /** Any scored item's max over what the unit was assessed on (a parent less its children not assessed), null where nothing is. */
    assessedMax(code: string): Points | null;
    /** Per source, the max the unit was assessed on: the set's split less the parts not assessed. */
    readonly maxBySource: Readonly<Record<SourceKind, Points>>;
}

export interface ScoreReport {
    readonly scale: Scale;
    /** In rank order, then the unranked units. */
    readonly units: readonly UnitScore[];
    /** How many units are ranked: N in a rank printed k/N. */
    readonly rankedCount: number;
    readonly issues: readonly LocatedIssue[];
    figures(unit: UnitScore): UnitFigures;
}

/** Every denominator of the set's points, and a bound on the magnitude of any sum of a unit's points. */
function setPoints(set: CompiledSet, items: SetItems): { denominators: bigint[]; bound: Exact } {
    const denominators: bigint[] = [];
    const note = (v: number | string) => denominators.push(fromJson(v).d);
    let bound = fromJson(set.set.total).abs();
    items.items.forEach((item, i) => {
        note(knownMax(item));
        note(item.minPoints);
        if (items.isLeaf(i)) {
            const max = fromJson(knownMax(item)).abs(), min = fromJson(item.minPoints).abs();
            bound = bound.add(max.compare(min) >= 0 ? max : min);
        }
        const rule = item.scoring;
        if (rule?.kind === 'bands' || rule?.kind === 'tiers') rule.bands.forEach(b => note(b.points));
        if (rule?.kind === 'choice') rule.options.forEach(o => note(o.points));
        if (rule?.kind === 'deduct') note(rule.floor);
    });
    set.deductions.forEach(group => group.maxPoints !== null && note(group.maxPoints));
    return { denominators, bound };
}

/** A unit scored, before its index is published and ranked; `totalKey` orders totals (Scale.key). */
interface Scored extends Omit<UnitScore, 'rank' | 'index' | 'published' | 'classification'> {
    readonly totalKey: number;
}

/** A unit with its published index; `publishedKey` orders published values. */
interface Published extends Scored, Omit<UnitScore, 'rank'> {
    readonly publishedKey: number;
}

/**
 * Standard competition ranking over ranked units, highest published index first: 1, 2, 2, 4. Units
 * sharing a published value share a rank and are listed by their exact index; unranked ones come last.
 */
function rank(units: Published[], compareIndex: (a: Scored, b: Scored) => number): UnitScore[] {
    const byPublished = (a: Published, b: Published) => b.publishedKey - a.publishedKey || compareIndex(b, a);
    const order = units.filter(u => u.ranked).sort(byPublished);
    const ranks = new Map<Published, number>();
    order.forEach((u, i) => ranks.set(u, i > 0 && order[i - 1].publishedKey === u.publishedKey ? ranks.get(order[i - 1])! : i + 1));
    return units
        .map(u => ({ ...u, rank: ranks.get(u) ?? null }))
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || byPublished(a, b));
}

/**
 * What units are not assessed on, made once per distinct case (most units share one: nothing left
 * out), with the max their index is taken over: the set's total less the max of the leaves left out.
 */
function notAssessedTable(items: SetItems, scale: Scale, maxOf: readonly Points[], setTotal: Points) {
    const n = items.items.length;
    const known = new Map<string, NotAssessed>();
    // Most units have nothing not assigned: those cases are found by their skipped sources alone.
    const bySkipped: NotAssessed[] = [];
    return (skipped: number, notAssigned: readonly number[]) => {
        const key = notAssigned.length === 0 ? '' : `${skipped}:${notAssigned.join(',')}`;
        let found = key === '' ? bySkipped[skipped] : known.get(key);
        if (!found) {
            const leftOut = new Uint8Array(n);
            for (const k of items.scoredLeaves) if (skipped & items.sourceBit[k]) leftOut[k] = 1;
            for (const k of notAssigned) leftOut.fill(1, k, items.subtreeEnd[k]);
            const max: Points[] = items.items.map((_, k) => (items.isLeaf(k) && !leftOut[k] ? maxOf[k] : 0));
            for (let k = n - 1; k >= 0; k--) if (items.parent[k] >= 0) max[items.parent[k]] = scale.add(max[items.parent[k]], max[k]);
            let leftOutMax: Points = 0;
            for (const k of items.scoredLeaves) if (leftOut[k]) leftOutMax = scale.add(leftOutMax, maxOf[k]);
            found = {
                skipped, leftOut, max,
                notAssigned: notAssigned.map(k => items.items[k]),
                subIndexed: [...max.keys()].filter(k => k < items.scoredCount && items.items[k].kind !== 'component' && scale.compare(max[k], 0) > 0),
                maxPoints: scale.sub(setTotal, leftOutMax),
            };
            if (key === '') bySkipped[skipped] = found;
            else known.set(key, found);
        }
        return found;
    };
}

export function scoreUnits(set: CompiledSet, results: Results): ScoreReport {
    const items = new SetItems(set);
    const n = items.items.length;

    // Each distinct item result once: its item's number (-1 when the set has none) and its outcome.
    const itemOf = results.itemResults.map(r => items.byCode.get(r.item) ?? -1);
    const outcomes: (Outcome | undefined)[] = results.itemResults.map((r, i) => (itemOf[i] >= 0 && items.isLeaf(itemOf[i]) && !r.notAssigned ? evaluate(items.items[itemOf[i]], r, itemOf[i] >= items.scoredCount) : undefined));
    const { denominators, bound } = setPoints(set, items);
    for (const outcome of outcomes) if (outcome && 'points' in outcome) denominators.push(outcome.points.d);
    const scale = Scale.for(bound, denominators);
    // What each distinct item result gives, in arrays the loop over rows reads without touching objects:
    // its item's number, and its points when they fit the scale (state FITS), or else ODD points or OTHER.
    const FITS = 0, ODD = 1, OTHER = 2;
    const resultItem = Int32Array.from(itemOf);
    const resultNA = Uint8Array.from(results.itemResults, r => (r.notAssigned ? 1 : 0));
    const resultPoints = new Int32Array(outcomes.length);
    const resultState = new Uint8Array(outcomes.length).fill(OTHER);
    const oddPoints = new Map<number, Exact>();
    outcomes.forEach((outcome, i) => {
        if (!outcome || !('points' in outcome)) return;
        const points = scale.of(outcome.points);
        if (typeof points === 'number') {
            resultPoints[i] = points;
            resultState[i] = FITS;
        } else {
            oddPoints.set(i, points);
            resultState[i] = ODD;
        }
    });
    const maxOf = items.items.map(item => scale.of(fromJson(knownMax(item))));

    // Rows grouped by unit, in order of first appearance, file order within a unit (a counting sort).
    const unitCount = results.unitIds.length;
    const starts = new Int32Array(unitCount + 1);
    for (let r = 0; r < results.rowCount; r++) starts[results.rowUnit[r] + 1]++;
    for (let u = 0; u < unitCount; u++) starts[u + 1] += starts[u];
    const order = new Int32Array(results.rowCount);
    const fill = starts.slice(0, unitCount);
    for (let r = 0; r < results.rowCount; r++) order[fill[results.rowUnit[r]]++] = r;
    // Units described in the file but without rows come after.
    const info = new Map<string, UnitInfo>(results.units.map(u => [u.id, u]));
    const withRows = new Set(results.unitIds);
    const unitIds = [...results.unitIds, ...[...info.keys()].filter(id => !withRows.has(id))];

    const optional = set.set.split.filter(part => part.optional).flatMap(part => part.sources).reduce((bits, kind) => bits | (1 << SOURCES.indexOf(kind)), 0);
    // The first agency of an id names it.
    const agencies = new Map([...set.agencies].reverse().map(a => [a.id, a.title]));
    const unranked = new Set(set.set.unranked);
    const setTotal = scale.of(fromJson(set.set.total));
    // Items the set exempts each unit from (scored tree only: deductions are outside the max).
    const exemptFrom = new Map<string, number[]>();
    for (let k = 0; k < items.scoredCount; k++) {
        for (const id of items.items[k].exempt ?? []) {
            if (!exemptFrom.has(id)) exemptFrom.set(id, []);
            exemptFrom.get(id)!.push(k);
        }
    }
    const notAssessed = notAssessedTable(items, scale, maxOf, setTotal);

    const issues: LocatedIssue[] = [];
    // Each unit's achieved points per item (at unit × n + item): integers, or where a value does not fit,
    // an exact fraction (while rolling up, only the sum of the parts that do not fit).
    const achievedInts = new Int32Array(unitIds.length * n);
    const achievedOdd = new Map<number, Exact>();
    const hasOdd = new Uint8Array(unitIds.length * n);
    const seenBy = new Int32Array(n).fill(-1);
    const firstLine = new Int32Array(n);
    const units: Scored[] = [];

    const achieved = (u: number, k: number): Points => (hasOdd[u * n + k] ? achievedOdd.get(u * n + k)! : achievedInts[u * n + k]);
    const sum = (values: Iterable<Points>) => {
        let total: Points = 0;
        for (const v of values) total = scale.add(total, v);
        return total;
    };
    // What a unit's deduction groups take off: each group's items added up, at most the group's max.
    const groupMax = items.deductionGroups.map(group => (group.maxPoints === null ? null : scale.of(fromJson(group.maxPoints))));
    const deductionsOf = (u: number) => sum(items.deductionGroups.map((group, g) => {
        const taken = sum(group.leaves.map(k => achieved(u, k))), cap = groupMax[g];
        return cap !== null && scale.compare(taken, cap) > 0 ? cap : taken;
    }));
    // The item at the top of what is not assigned, per item, for the unit being read (-1: assigned);
    // whether it was declared in the set or marked N/A, and on which line.
    const notAssignedRoot = new Int32Array(n).fill(-1);
    const notAssignedLine = new Int32Array(n);
    const NA_DECLARED = 0;
    // The items marked for the unit being read (reused: most units have none), and the empty list of tops.
    const marked: number[] = [];
    const NONE: readonly number[] = [];
    const markNotAssigned = (k: number, line: number) => {
        // A top already marked inside k's subtree (numbered k or after) gives way to k; one above it stays.
        for (let j = k; j < items.subtreeEnd[k]; j++) {
            if (notAssignedRoot[j] < 0 || notAssignedRoot[j] >= k) { notAssignedRoot[j] = k; notAssignedLine[j] = line; }
        }
    };

    unitIds.forEach((unit, u) => {
        const first = u < unitCount ? starts[u] : 0, end = u < unitCount ? starts[u + 1] : 0;
        const code = (result: number) => results.itemResults[result].item;
        const report = (issue: Issue, r: number) => issues.push({ code: issue.code, args: { unit, ...issue.args }, line: results.rowLine[r], column: results.rowColumn[r] } as LocatedIssue);
        const base = u * n;
        let assessed = 0;
        // What is not assigned first: an N/A row may come after the rows under it.
        marked.length = 0;
        for (const k of exemptFrom.get(unit) ?? NONE) {
            markNotAssigned(k, NA_DECLARED);
            marked.push(k);
        }
        for (let i = first; i < end; i++) {
            const r = order[i], k = resultItem[results.rowResult[r]];
            if (k >= 0 && k < items.scoredCount && resultNA[results.rowResult[r]]) {
                markNotAssigned(k, results.rowLine[r]);
                marked.push(k);
            }
        }
        for (let i = first; i < end; i++) {
            const r = order[i];
            const result = results.rowResult[r], k = resultItem[result];
            if (k < 0) { report({ code: 'score-unknown-item', args: { item: code(result) } }, r); continue; }
            if (resultNA[result]) {
                // N/A and a value: which one the officer meant would be a guess.
                if (results.itemResults[result].value !== undefined) report({ code: 'results-score-and-value', args: { item: code(result) } }, r);
                continue;
            }
            const root = notAssignedRoot[k];
            if (root >= 0) {
                const args = { item: code(result), notAssigned: items.items[root].code };
                report(notAssignedLine[k] === NA_DECLARED ? { code: 'score-exempt-item', args } : { code: 'score-not-assigned-item', args: { ...args, line: String(notAssignedLine[k]) } }, r);
                continue;
            }
            if (!items.leaf[k]) { report({ code: 'score-not-leaf', args: { item: code(result) } }, r); continue; }
            if (seenBy[k] === u) { report({ code: 'score-duplicate-row', args: { item: code(result), line: String(firstLine[k]) } }, r); continue; }
            seenBy[k] = u;
            firstLine[k] = results.rowLine[r];
            if (k < items.scoredCount) assessed |= items.sourceBit[k];
            const state = resultState[result];
            if (state === FITS) {
                achievedInts[base + k] = resultPoints[result];
            } else if (state === ODD) {
                achievedOdd.set(base + k, oddPoints.get(result)!);
                hasOdd[base + k] = 1;
            } else {
                report((outcomes[result] as { issue: Issue }).issue, r);
            }
        }
        // An optional part (a survey not run) is left out of the index only when the unit has no result in it.
        const skipped = optional & ~assessed;
        for (const k of items.scoredLeaves) {
            if (seenBy[k] !== u && !(skipped & items.sourceBit[k]) && notAssignedRoot[k] < 0) {
                issues.push({ code: 'score-missing-result', args: { unit, item: items.items[k].code }, line: first < end ? results.rowLine[order[first]] : 1, column: first < end ? results.rowColumn[order[first]] : 1 });
            }
        }
        // The tops of what is not assigned, in the set's order; then the marks are cleared for the next unit.
        const tops = marked.length === 0 ? NONE : [...new Set(marked)].filter(k => notAssignedRoot[k] === k).sort((a, b) => a - b);
        for (const k of marked) notAssignedRoot.fill(-1, k, items.subtreeEnd[k]);
        const left = notAssessed(skipped, tops);
        if (tops.length > 0 && scale.compare(left.maxPoints, 0) <= 0) {
            issues.push({ code: 'score-nothing-assessed', args: { unit }, line: first < end ? results.rowLine[order[first]] : 1, column: first < end ? results.rowColumn[order[first]] : 1 });
        }
        // With an issue anywhere there is no report: only the issues are still needed.
        if (issues.length > 0) return;
        // Achieved points rolled up from the leaves: children come after their parent.
        for (let k = n - 1; k >= 0; k--) {
            const p = items.parent[k];
            if (p < 0) continue;
            achievedInts[base + p] += achievedInts[base + k];
            if (hasOdd[base + k]) {
                achievedOdd.set(base + p, (achievedOdd.get(base + p) ?? ZERO).add(achievedOdd.get(base + k)!));
                hasOdd[base + p] = 1;
            }
        }
        for (let k = 0; k < n; k++) {
            if (hasOdd[base + k] && achievedInts[base + k] !== 0) achievedOdd.set(base + k, scale.exact(achievedInts[base + k]).add(achievedOdd.get(base + k)!));
        }
        // Deductions never take the total below zero.
        const raw = scale.sub(sum(items.domains.map(k => achieved(u, k))), deductionsOf(u));
        const total = scale.compare(raw, 0) < 0 ? 0 : raw;
        units.push({
            unit, number: u, notAssessed: left, total, totalKey: scale.key(total),
            name: info.get(unit)?.name ?? agencies.get(unit) ?? null,
            ranked: info.get(unit)?.ranked ?? !unranked.has(unit),
            maxPoints: left.maxPoints,
        });
    });

    // Index = total / maxPoints × 100 (0 without a max); units assessed on the same max compare by total.
    const compareIndex = (a: Scored, b: Scored) => {
        const positive = (m: Points) => scale.compare(m, 0) > 0;
        if (typeof a.maxPoints === 'number' && a.maxPoints === b.maxPoints && a.maxPoints > 0) return Math.sign(a.totalKey - b.totalKey) || scale.compare(a.total, b.total);
        const index = (x: typeof a) => (positive(x.maxPoints) ? scale.percent(x.total, x.maxPoints) : scale.exact(0));
        return index(a).compare(index(b));
    };

    const sourceIndex = items.items.map(item => SOURCES.indexOf(item.source.kind));
    // A scored item with points in the set but none the unit was assessed on (not assigned, or an optional part not run).
    const notAssessedItem = (k: number, max: readonly Points[]) => k < items.scoredCount && scale.compare(max[k], 0) === 0 && scale.compare(maxOf[k], 0) > 0;
    const figures = (unit: UnitScore): UnitFigures => {
        const u = unit.number;
        const bySource: Points[] = SOURCES.map(() => 0);
        const lost: (LostPoints & { key: number })[] = [];
        for (const k of items.scoredLeaves) {
            const points = achieved(u, k);
            bySource[sourceIndex[k]] = scale.add(bySource[sourceIndex[k]], points);
            if (unit.notAssessed.leftOut[k]) continue;
            const difference = scale.sub(maxOf[k], points), key = scale.key(difference);
            if (key > 0 || (key === 0 && scale.compare(difference, 0) > 0)) lost.push({ item: items.items[k], max: maxOf[k], achieved: points, lost: difference, key });
        }
        lost.sort((a, b) => b.key - a.key || scale.compare(b.lost, a.lost));
        const { max, subIndexed, leftOut } = unit.notAssessed;
        const maxBySource: Points[] = SOURCES.map(() => 0);
        for (const k of items.scoredLeaves) if (!leftOut[k]) maxBySource[sourceIndex[k]] = scale.add(maxBySource[sourceIndex[k]], maxOf[k]);
        return {
            bySource: Object.fromEntries(SOURCES.map((kind, i) => [kind, bySource[i]])) as Record<SourceKind, Points>,
            deductions: deductionsOf(u),
            subIndices: subIndexed.map(k => ({ item: items.items[k], achieved: achieved(u, k), max: max[k] })),
            lost,
            achieved: code => {
                const k = items.byCode.get(code);
                return k === undefined || notAssessedItem(k, max) ? null : achieved(u, k);
            },
            assessedMax: code => {
                const k = items.byCode.get(code);
                return k === undefined || k >= items.scoredCount || notAssessedItem(k, max) ? null : max[k];
            },
            maxBySource: Object.fromEntries(SOURCES.map((kind, i) => [kind, maxBySource[i]])) as Record<SourceKind, Points>,
        };
    };

    if (issues.length > 0) return { scale, units: [], rankedCount: 0, issues, figures };
    const places = roundingOf(set);
    const published = units.map((u): Published => {
        const index = scale.compare(u.maxPoints, 0) > 0 ? scale.percent(u.total, u.maxPoints) : ZERO;
        const value = publish(index, places);
        return { ...u, index, published: value, publishedKey: publishedKey(value, places), classification: classify(set, value) };
    });
    const ranked = rank(published, compareIndex);
    return { scale, units: ranked, rankedCount: ranked.filter(u => u.ranked).length, issues, figures };
}
