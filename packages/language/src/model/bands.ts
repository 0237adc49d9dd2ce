/**
 * Bands and tiers as exact intervals. A band's condition (`100%`, `[80%, 100%)`, `< 80%`) becomes
 * an interval over percentages (bands, 0–100 %) or whole counts (tiers, 0, 1, 2, …).
 *
 * Gaps and overlaps are found by testing representative values: every boundary, and one value
 * strictly between each pair of neighbouring boundaries (membership cannot change inside such a
 * segment). That is exact, and each finding comes with a counter-example a user can read.
 */
import type { Band, Condition, Quantity } from '../generated/ast.js';
import { isInterval } from '../generated/ast.js';
import { exact, formatPoints, numberValue, parsePoints, ZERO, type Exact } from './points.js';

export type Scale = 'percent' | 'count';

/** An interval; an absent bound is infinite. */
export interface Interval {
    readonly lower?: Exact;
    readonly lowerInclusive: boolean;
    readonly upper?: Exact;
    readonly upperInclusive: boolean;
}

export function quantityValue(quantity: Quantity): Exact {
    // Memoised: the same thresholds recur in every band of a set.
    return numberValue(quantity.value);
}

/** The thresholds a condition is written with; an interval missing its upper bound (`[80,100%)`) has one. */
/** Whether recovery from a syntax error left out the condition or one of its thresholds. */
export function isIncomplete(condition: Condition | undefined): boolean {
    if (!condition) return true;
    return isInterval(condition) ? !condition.lower : !condition.value;
}

export function conditionQuantities(condition: Condition): Quantity[] {
    if (!isInterval(condition)) return [condition.value];
    return condition.upper ? [condition.lower, condition.upper] : [condition.lower];
}

/** The interval of a condition; an interval missing its upper bound is reported, and read as unbounded above. */
export function conditionInterval(condition: Condition): Interval {
    if (isInterval(condition)) {
        return {
            lower: quantityValue(condition.lower),
            lowerInclusive: condition.lowerBracket === '[',
            upper: condition.upper && quantityValue(condition.upper),
            upperInclusive: condition.upperBracket === ']',
        };
    }
    const value = quantityValue(condition.value);
    switch (condition.op) {
        case '<': return { lowerInclusive: false, upper: value, upperInclusive: false };
        case '<=': return { lowerInclusive: false, upper: value, upperInclusive: true };
        case '>': return { lower: value, lowerInclusive: false, upperInclusive: false };
        case '>=': return { lower: value, lowerInclusive: true, upperInclusive: false };
        default: return { lower: value, lowerInclusive: true, upper: value, upperInclusive: true };
    }
}

/** A short key of the condition as written: equal keys mean equal intervals on the same scale. */
export function conditionKey(condition: Condition): string {
    return isInterval(condition)
        ? `${condition.lowerBracket}${condition.lower.value};${condition.upper?.value}${condition.upperBracket}`
        : `${condition.op ?? '='}${condition.value.value}`;
}

/**
 * The condition text stating an interval, the inverse of `conditionInterval`: `[80%, 100%)`,
 * `< 80%`, `>= 2`. Bounds print as exact decimals, which they are when read from conditions.
 */
export function conditionText(interval: Interval, scale: Scale): string {
    const quantity = (value: Exact) => formatPoints(value) + (scale === 'percent' ? '%' : '');
    const { lower, upper } = interval;
    if (lower !== undefined && upper !== undefined) {
        return `${interval.lowerInclusive ? '[' : '('}${quantity(lower)}, ${quantity(upper)}${interval.upperInclusive ? ']' : ')'}`;
    }
    if (upper !== undefined) return `${interval.upperInclusive ? '<=' : '<'} ${quantity(upper)}`;
    if (lower !== undefined) return `${interval.lowerInclusive ? '>=' : '>'} ${quantity(lower)}`;
    // Unbounded on both sides: every value matches, from 0 upwards.
    return `>= ${quantity(ZERO)}`;
}

export function contains(interval: Interval, value: Exact): boolean {
    if (interval.lower !== undefined) {
        const c = value.compare(interval.lower);
        if (c < 0 || (c === 0 && !interval.lowerInclusive)) return false;
    }
    if (interval.upper !== undefined) {
        const c = value.compare(interval.upper);
        if (c > 0 || (c === 0 && !interval.upperInclusive)) return false;
    }
    return true;
}

const HUNDRED = exact('100');

/** No value of the scale (0–100 %, or a whole count from 0) lies in the interval. */
export function isEmpty(interval: Interval, scale: Scale): boolean {
    let { lower, lowerInclusive, upper, upperInclusive } = interval;
    if (lower === undefined || lower.compare(ZERO) < 0) [lower, lowerInclusive] = [ZERO, true];
    if (scale === 'count') {
        // The smallest whole number in the interval, if it has an upper end.
        const first = lower.d === 1n && lowerInclusive ? lower : lower.floor().add(1);
        return upper !== undefined && first.compare(upper) >= (upperInclusive ? 1 : 0);
    }
    if (upper === undefined || upper.compare(HUNDRED) > 0) [upper, upperInclusive] = [HUNDRED, true];
    const c = lower.compare(upper);
    return c > 0 || (c === 0 && !(lowerInclusive && upperInclusive));
}

/** A value, and the stretch of the scale it stands for: no interval's membership changes inside it. */
interface Segment {
    readonly value: Exact;
    readonly range: Interval;
}

/** The scale cut at every bound: each bound on its own, and the stretch between neighbouring bounds. */
function segments(intervals: readonly Interval[], scale: Scale): Segment[] {
    const bounds = new Map<string, Exact>();
    const add = (v: Exact) => bounds.set(v.toFraction(), v);
    add(ZERO);
    if (scale === 'percent') add(HUNDRED);
    for (const interval of intervals) {
        if (interval.lower !== undefined) add(interval.lower);
        if (interval.upper !== undefined) add(interval.upper);
    }
    const sorted = [...bounds.values()].sort((a, b) => a.compare(b));
    const inDomain = (v: Exact) => v.compare(ZERO) >= 0 && (scale === 'count' || v.compare(HUNDRED) <= 0);
    const result: Segment[] = [];
    const push = (value: Exact, range: Interval) => { if (inDomain(value) && (scale === 'percent' || value.d === 1n)) result.push({ value, range }); };
    for (let i = 0; i < sorted.length; i++) {
        const bound = sorted[i], next: Exact | undefined = sorted[i + 1];
        push(bound, { lower: bound, lowerInclusive: true, upper: bound, upperInclusive: true });
        if (scale === 'percent') {
            if (next) push(bound.add(next).div(2), { lower: bound, lowerInclusive: false, upper: next, upperInclusive: false });
        } else {
            // The smallest whole number strictly above this bound stands for the whole numbers up to the next bound;
            // past the last bound, for the open tail.
            const above = bound.floor().add(1);
            if (!next || above.compare(next) < 0) push(above, { lower: above, lowerInclusive: true, upper: next, upperInclusive: false });
        }
    }
    return result;
}

/** Values whose membership decides every gap and overlap question for these intervals. */
export function representatives(intervals: readonly Interval[], scale: Scale): Exact[] {
    return segments(intervals, scale).map(segment => segment.value);
}

export interface BandFinding {
    readonly kind: 'gap' | 'overlap';
    /** A value in the range. */
    readonly example: Exact;
    /** All of the gap around the example, or all the two bands share, within the scale (counts: whole numbers, upper bound inclusive). */
    readonly range: Interval;
    /** For overlaps: the two bands that both match the example, earlier first. */
    readonly bands?: readonly [number, number];
}

/** Within the scale: 0–100 %, or whole counts from 0 with an inclusive upper bound. */
function onScale(interval: Interval, scale: Scale): Interval {
    let { lower, lowerInclusive, upper, upperInclusive } = interval;
    if (lower === undefined || lower.compare(ZERO) < 0) [lower, lowerInclusive] = [ZERO, true];
    if (scale === 'percent') {
        if (upper === undefined || upper.compare(HUNDRED) > 0) [upper, upperInclusive] = [HUNDRED, true];
        return { lower, lowerInclusive, upper, upperInclusive };
    }
    const first = lower.d === 1n && lowerInclusive ? lower : lower.floor().add(1);
    const last = upper === undefined ? undefined : upper.d === 1n && !upperInclusive ? upper.sub(1) : upper.floor();
    return { lower: first, lowerInclusive: true, upper: last, upperInclusive: true };
}

/** The values both intervals hold: the higher of their lower bounds, the lower of their upper bounds. */
function intersection(a: Interval, b: Interval): Interval {
    const byLower = (x: Interval, y: Interval) => x.lower!.compare(y.lower!) || Number(y.lowerInclusive) - Number(x.lowerInclusive);
    const byUpper = (x: Interval, y: Interval) => x.upper!.compare(y.upper!) || Number(x.upperInclusive) - Number(y.upperInclusive);
    const from = a.lower === undefined ? b : b.lower === undefined ? a : byLower(a, b) > 0 ? a : b;
    const to = a.upper === undefined ? b : b.upper === undefined ? a : byUpper(a, b) < 0 ? a : b;
    return { lower: from.lower, lowerInclusive: from.lowerInclusive, upper: to.upper, upperInclusive: to.upperInclusive };
}

/** Gaps (values no band matches: the first, whole) and overlaps (values two bands match), each with an example and its range. */
export function findGapsAndOverlaps(intervals: readonly Interval[], scale: Scale): BandFinding[] {
    const findings: BandFinding[] = [];
    const reportedPairs = new Set<string>();
    let gap: { example: Exact; first: Interval; last: Interval } | undefined;
    let gapClosed = false;
    for (const { value, range } of segments(intervals, scale)) {
        const matching = intervals.flatMap((interval, index) => (contains(interval, value) ? [index] : []));
        if (matching.length === 0 && !gapClosed) {
            if (gap) gap.last = range;
            else gap = { example: value, first: range, last: range };
        } else if (gap) {
            gapClosed = true;
        }
        for (let i = 1; i < matching.length; i++) {
            const pair = `${matching[0]}:${matching[i]}`;
            if (reportedPairs.has(pair)) continue;
            reportedPairs.add(pair);
            const shared = onScale(intersection(intervals[matching[0]], intervals[matching[i]]), scale);
            findings.push({ kind: 'overlap', example: value, range: shared, bands: [matching[0], matching[i]] });
        }
    }
    if (gap) {
        const range = { lower: gap.first.lower, lowerInclusive: gap.first.lowerInclusive, upper: gap.last.upper, upperInclusive: gap.last.upperInclusive };
        findings.unshift({ kind: 'gap', example: gap.example, range: onScale(range, scale) });
    }
    return findings;
}

/** Orders bands from low values to high values: by lower bound (none = lowest), inclusive first. */
export function compareByPosition(a: Interval, b: Interval): number {
    if (a.lower === undefined || b.lower === undefined) return (a.lower === undefined ? -1 : 0) - (b.lower === undefined ? -1 : 0);
    return a.lower.compare(b.lower) || Number(b.lowerInclusive) - Number(a.lowerInclusive);
}

/** A value inside the interval to show in messages: its lower bound, else 0. */
export function representative(interval: Interval): Exact {
    return interval.lower ?? ZERO;
}

export function bandPoints(band: Band): Exact | undefined {
    return parsePoints(band.points);
}

/** Everything below the lowest of the intervals (the classes' unclassified indices), or undefined when it is open below. */
export function belowLowest(intervals: readonly Interval[]): Interval | undefined {
    const lowest = [...intervals].sort(compareByPosition)[0];
    if (lowest?.lower === undefined) return undefined;
    return { upper: lowest.lower, upperInclusive: !lowest.lowerInclusive, lowerInclusive: true };
}
