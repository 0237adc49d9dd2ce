/**
 * Year over year: two years' results, each scored against its year's set, side by side — each
 * unit's index and rank then and now, and the items whose points moved most, per unit and over
 * all units. Items are matched across the two sets as `chiso diff` matches them (matchItems), so
 * an item renamed, re-coded or re-pointed is still the same item. Exact throughout.
 */
import type { CompiledItem, CompiledSet } from '@chiso/language';
import { matchItems } from '../diff/diff.js';
import { fromJson, ZERO, type Exact } from '../scoring/exact.js';
import type { ScoreReport, UnitScore } from '../scoring/score.js';
import { knownMax, SetItems } from '../scoring/set-items.js';

/** A unit's standing in one year. */
export interface Standing {
    readonly total: Exact;
    readonly maxPoints: Exact;
    /** total / maxPoints × 100 (0 without a max). */
    readonly index: Exact;
    /** The index as that year's results published it (its set's rounding): what is printed and compared. */
    readonly published: Exact;
    /** The rounding that year's set declares (publishedText). */
    readonly rounding: number | null;
    /** Null for a unit not ranked that year. */
    readonly rank: number | null;
    /** The number of units ranked that year (N in k/N). */
    readonly rankedCount: number;
}

export interface UnitYears {
    readonly unit: string;
    readonly name: string | null;
    /** Absent for a unit scored in one year only. */
    readonly before?: Standing;
    readonly after?: Standing;
}

/** An item's points for one unit in one year. */
export interface ItemPoints {
    readonly item: CompiledItem;
    readonly achieved: Exact;
    readonly max: Exact;
}

/**
 * A matched item's move: the share of its max it gained or lost, counted at this year's max —
 * plainly the points gained or lost when the max did not change (1/2 → 3/3 is +1,5).
 */
export interface ItemMove {
    readonly before: ItemPoints;
    readonly after: ItemPoints;
    readonly change: Exact;
}

export interface UnitMoves {
    readonly unit: string;
    readonly name: string | null;
    /** The largest gains first, then the largest losses first; at most `top` each. */
    readonly up: readonly ItemMove[];
    readonly down: readonly ItemMove[];
    /** Items of this year's set with no match last year, and last year's with none this year (each in its set's order). */
    readonly added: readonly ItemPoints[];
    readonly removed: readonly ItemPoints[];
}

/** A matched item's move over all units scored on it both years: the mean of their moves. */
export interface OverallMove {
    readonly before: CompiledItem;
    readonly after: CompiledItem;
    readonly units: number;
    readonly change: Exact;
}

export interface Comparison {
    readonly before: CompiledSet['set'];
    readonly after: CompiledSet['set'];
    readonly top: number;
    /** This year's ranking order, then the units of last year only. */
    readonly units: readonly UnitYears[];
    /** Null when the comparison is one unit's (`--unit`). */
    readonly overall: { readonly up: readonly OverallMove[]; readonly down: readonly OverallMove[]; readonly added: readonly CompiledItem[]; readonly removed: readonly CompiledItem[] } | null;
    readonly perUnit: readonly UnitMoves[];
}

/** A year's set, its scored report and, per unit, each scored leaf's points (leaves of a part the unit was not assessed on left out). */
class Year {
    readonly items: SetItems;
    readonly order: Map<CompiledItem, number>;

    constructor(readonly set: CompiledSet, readonly report: ScoreReport) {
        this.items = new SetItems(set);
        this.order = new Map(this.items.items.map((item, k) => [item, k]));
    }

    standing(unit: UnitScore): Standing {
        const total = this.report.scale.exact(unit.total), maxPoints = this.report.scale.exact(unit.maxPoints);
        return { total, maxPoints, index: unit.index, published: unit.published, rounding: this.set.set.rounding ?? null, rank: unit.rank, rankedCount: this.report.rankedCount };
    }

    /** The unit's points on each leaf it was assessed on (not left out as an optional part not run or an item not assigned): its max less what it lost there. */
    points(unit: UnitScore): Map<CompiledItem, ItemPoints> {
        const lost = new Map(this.report.figures(unit).lost.map(l => [l.item, this.report.scale.exact(l.lost)]));
        const points = new Map<CompiledItem, ItemPoints>();
        for (const k of this.items.scoredLeaves) {
            if (unit.notAssessed.leftOut[k]) continue;
            const item = this.items.items[k], max = fromJson(knownMax(item));
            points.set(item, { item, max, achieved: max.sub(lost.get(item) ?? ZERO) });
        }
        return points;
    }
}

/** The `top` largest gains and the `top` largest losses, largest first (in `order` among equals). */
function largest<T extends { change: Exact }>(moves: readonly T[], top: number, order: (x: T) => number): { up: T[]; down: T[] } {
    const sorted = (sign: number) => moves.filter(m => m.change.compare(0) === sign).sort((a, b) => sign * b.change.compare(a.change) || order(a) - order(b)).slice(0, top);
    return { up: sorted(1), down: sorted(-1) };
}

export function compareYears(before: { set: CompiledSet; report: ScoreReport }, after: { set: CompiledSet; report: ScoreReport }, options: { readonly top: number; readonly unit?: string }): Comparison {
    const last = new Year(before.set, before.report), current = new Year(after.set, after.report);
    const { pairs, removed, added } = matchItems(before.set, after.set);
    const lastUnits = new Map(last.report.units.map(u => [u.unit, u]));
    const currentIds = new Set(current.report.units.map(u => u.unit));
    const chosen = (id: string) => options.unit === undefined || options.unit === id;

    const units: UnitYears[] = [
        ...current.report.units.map(u => {
            const then = lastUnits.get(u.unit);
            return { unit: u.unit, name: u.name ?? then?.name ?? null, after: current.standing(u), ...(then && { before: last.standing(then) }) };
        }),
        ...last.report.units.filter(u => !currentIds.has(u.unit)).map(u => ({ unit: u.unit, name: u.name, before: last.standing(u) })),
    ].filter(u => chosen(u.unit));

    const afterOrder = (item: CompiledItem) => current.order.get(item) ?? 0;
    const overallSums = new Map<CompiledItem, { before: CompiledItem; sum: Exact; units: number }>();
    const perUnit: UnitMoves[] = [];
    for (const unit of current.report.units) {
        const then = lastUnits.get(unit.unit);
        if (!then) continue;
        const was = last.points(then), now = current.points(unit);
        const moves: ItemMove[] = [];
        for (const [o, n] of pairs) {
            const b = was.get(o), a = now.get(n);
            // Only items scored directly in both years: an item split into components has no move (its components are new).
            if (!b || !a) continue;
            const change = b.max.equals(a.max) || b.max.equals(0) ? a.achieved.sub(b.achieved) : a.achieved.sub(b.achieved.div(b.max).mul(a.max));
            moves.push({ before: b, after: a, change });
            const sum = overallSums.get(n) ?? { before: o, sum: ZERO, units: 0 };
            overallSums.set(n, { before: o, sum: sum.sum.add(change), units: sum.units + 1 });
        }
        if (!chosen(unit.unit)) continue;
        const { up, down } = largest(moves, options.top, m => afterOrder(m.after.item));
        perUnit.push({
            unit: unit.unit,
            name: unit.name ?? then.name,
            up,
            down,
            added: added.flatMap(item => now.get(item) ?? []),
            removed: removed.flatMap(item => was.get(item) ?? []),
        });
    }
    const overallMoves: OverallMove[] = [...overallSums].map(([after, { before, sum, units }]) => ({ before, after, units, change: sum.div(units) }));
    const leaf = (year: Year) => (item: CompiledItem) => item.children.length === 0 && (year.order.get(item) ?? Infinity) < year.items.scoredCount;
    return {
        before: before.set.set,
        after: after.set.set,
        top: options.top,
        units,
        overall: options.unit === undefined
            ? { ...largest(overallMoves, options.top, m => afterOrder(m.after)), added: added.filter(leaf(current)), removed: removed.filter(leaf(last)) }
            : null,
        perUnit,
    };
}
