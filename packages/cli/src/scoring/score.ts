/**
 * The index of each unit, the way the decisions describe it: achieved / max as a percentage,
 * points per source, sub-indices per domain and criterion, rank from high to low (units
 * declared unranked keep their scores but get no rank), and the points lost per item.
 */
import type { CompiledItem, CompiledSet, SourceKind } from '@chiso/language';
import { evaluate, type Issue } from './evaluate.js';
import { fromJson, HUNDRED, ZERO, type Exact } from './exact.js';
import type { ResultRow, Results, UnitInfo } from './results.js';

export interface LocatedIssue extends Issue {
    readonly line: number;
    readonly column: number;
}

export interface SubIndex {
    readonly code: string;
    readonly kind: CompiledItem['kind'];
    readonly title: string;
    readonly achieved: Exact;
    readonly max: Exact;
    readonly percent: Exact;
}

export interface LostPoints {
    readonly code: string;
    readonly title: string;
    readonly max: Exact;
    readonly achieved: Exact;
    readonly lost: Exact;
}

export interface UnitScore {
    readonly unit: string;
    readonly name: string | null;
    readonly ranked: boolean;
    readonly rank: number | null;
    readonly bySource: Readonly<Record<SourceKind, Exact>>;
    readonly deductions: Exact;
    readonly total: Exact;
    /** The max the index is taken over: the set's total less optional parts not assessed. */
    readonly maxPoints: Exact;
    readonly index: Exact;
    readonly subIndices: readonly SubIndex[];
    readonly lost: readonly LostPoints[];
}

export interface ScoreReport {
    readonly units: readonly UnitScore[];
    readonly issues: readonly LocatedIssue[];
}

function* leaves(items: readonly CompiledItem[]): Generator<CompiledItem> {
    for (const item of items) {
        if (item.children.length === 0) yield item;
        else yield* leaves(item.children);
    }
}

function* walk(items: readonly CompiledItem[]): Generator<CompiledItem> {
    for (const item of items) {
        yield item;
        yield* walk(item.children);
    }
}

const sum = (values: Iterable<Exact>) => [...values].reduce((a, b) => a.add(b), ZERO);

export function scoreUnits(set: CompiledSet, results: Results): ScoreReport {
    const issues: LocatedIssue[] = [];
    const scoredLeaves = [...leaves(set.items)];
    const allItems = [...walk(set.items)];
    const deductionLeaves = [...leaves(set.deductions.flatMap(group => group.items))];
    const byCode = new Map([...allItems, ...walk(set.deductions.flatMap(group => group.items))].map(item => [item.code, item]));
    const optionalSources = new Set(set.set.split.filter(part => part.optional).flatMap(part => part.sources));

    // Group rows by unit, in order of first appearance; declared units without rows come after.
    const rowsByUnit = new Map<string, ResultRow[]>();
    for (const row of results.rows) {
        const rows = rowsByUnit.get(row.unit);
        if (rows) rows.push(row);
        else rowsByUnit.set(row.unit, [row]);
    }
    const info = new Map<string, UnitInfo>(results.units.map(u => [u.id, u]));
    for (const unit of info.keys()) if (!rowsByUnit.has(unit)) rowsByUnit.set(unit, []);

    const units: Omit<UnitScore, 'rank'>[] = [];
    for (const [unit, rows] of rowsByUnit) {
        const points = new Map<string, Exact>();
        const firstRow = new Map<string, ResultRow>();
        const at = (row: ResultRow | undefined) => ({ line: row?.line ?? 1, column: row?.column ?? 1 });
        for (const row of rows) {
            const item = byCode.get(row.item);
            const report = (issue: Issue) => issues.push({ ...issue, ...at(row) });
            if (!item) { report({ code: 'score-unknown-item', args: { unit, item: row.item } }); continue; }
            if (item.children.length > 0) { report({ code: 'score-not-leaf', args: { unit, item: row.item } }); continue; }
            const earlier = firstRow.get(row.item);
            if (earlier) { report({ code: 'score-duplicate-row', args: { unit, item: row.item, line: String(earlier.line) } }); continue; }
            firstRow.set(row.item, row);
            const outcome = evaluate(item, row, unit);
            if ('issue' in outcome) report(outcome.issue);
            else points.set(item.code, outcome.points);
        }
        // An optional part (a survey not run) is left out of the index only when the unit has no result in it.
        const assessedSources = new Set(scoredLeaves.filter(leaf => firstRow.has(leaf.code)).map(leaf => leaf.source.kind));
        const skipped = (leaf: CompiledItem) => optionalSources.has(leaf.source.kind) && !assessedSources.has(leaf.source.kind);
        for (const leaf of scoredLeaves) {
            if (!firstRow.has(leaf.code) && !skipped(leaf)) issues.push({ code: 'score-missing-result', args: { unit, item: leaf.code }, ...at(rows[0]) });
        }
        // Achieved and assessed max of every item, rolled up once from the leaves.
        const achieved = new Map<CompiledItem, Exact>();
        const assessed = new Map<CompiledItem, Exact>();
        const rollUp = (item: CompiledItem): void => {
            if (item.children.length === 0) {
                achieved.set(item, points.get(item.code) ?? ZERO);
                assessed.set(item, skipped(item) ? ZERO : fromJson(item.maxPoints));
                return;
            }
            item.children.forEach(rollUp);
            achieved.set(item, sum(item.children.map(c => achieved.get(c)!)));
            assessed.set(item, sum(item.children.map(c => assessed.get(c)!)));
        };
        set.items.forEach(rollUp);
        const bySource: Record<SourceKind, Exact> = { appraisal: ZERO, survey: ZERO, specialist: ZERO };
        for (const leaf of scoredLeaves) bySource[leaf.source.kind] = bySource[leaf.source.kind].add(achieved.get(leaf)!);
        const deductions = sum(deductionLeaves.map(leaf => points.get(leaf.code) ?? ZERO));
        // Deductions never take the total below zero.
        const raw = sum(set.items.map(item => achieved.get(item)!)).sub(deductions);
        const total = raw.compare(ZERO) < 0 ? ZERO : raw;
        const maxPoints = fromJson(set.set.total).sub(sum(scoredLeaves.filter(skipped).map(l => fromJson(l.maxPoints))));
        const subIndices = allItems
            .filter(item => item.kind !== 'component' && assessed.get(item)!.compare(ZERO) > 0)
            .map(item => ({ code: item.code, kind: item.kind, title: item.title, achieved: achieved.get(item)!, max: assessed.get(item)!, percent: achieved.get(item)!.div(assessed.get(item)!).mul(HUNDRED) }));
        const lost = scoredLeaves
            .filter(leaf => !skipped(leaf))
            .map(leaf => ({ code: leaf.code, title: leaf.title, max: fromJson(leaf.maxPoints), achieved: achieved.get(leaf)! }))
            .map(l => ({ ...l, lost: l.max.sub(l.achieved) }))
            .filter(l => l.lost.compare(ZERO) > 0)
            .sort((a, b) => b.lost.compare(a.lost));
        const ranked = info.get(unit)?.ranked ?? !set.set.unranked.includes(unit);
        units.push({
            unit, name: info.get(unit)?.name ?? set.agencies.find(a => a.id === unit)?.title ?? null, ranked,
            bySource, deductions, total, maxPoints,
            index: maxPoints.compare(ZERO) > 0 ? total.div(maxPoints).mul(HUNDRED) : ZERO,
            subIndices, lost,
        });
    }
    return { units: rank(units), issues };
}

/** Standard competition ranking over ranked units, highest index first: 1, 2, 2, 4. */
function rank(units: Omit<UnitScore, 'rank'>[]): UnitScore[] {
    const order = units.filter(u => u.ranked).sort((a, b) => b.index.compare(a.index));
    const ranks = new Map<string, number>();
    order.forEach((u, i) => ranks.set(u.unit, i > 0 && order[i - 1].index.equals(u.index) ? ranks.get(order[i - 1].unit)! : i + 1));
    return units
        .map(u => ({ ...u, rank: ranks.get(u.unit) ?? null }))
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.index.compare(a.index));
}
