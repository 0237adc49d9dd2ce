/**
 * Closing a gap between bands (or tiers, or the classes of the published index): the band just below the gap reaches up to the band
 * above it, or the band above reaches down to the band below. No band lies inside the gap (the
 * neighbours are the nearest ones), so either change covers the gap exactly and overlaps nothing;
 * with no neighbour on one side, the band becomes open-ended on that side (`< 80%`, `>= 2`).
 */
import type { Condition } from '../generated/ast.js';
import { isInterval } from '../generated/ast.js';
import { conditionInterval, conditionText, contains, isEmpty, type Interval, type Scale } from '../model/bands.js';
import type { Exact } from '../model/points.js';

/** A score band, a tier or a class: what has a condition. */
interface Banded {
    readonly condition: Condition;
}

export interface BandChange<B extends Banded> {
    readonly band: B;
    /** The band's new condition. */
    readonly condition: string;
}

interface Placed<B> {
    readonly band: B;
    readonly interval: Interval;
}

/** The changes that each close the gap holding `example`: the band below first, then the band above. */
export function closeBandGap<B extends Banded>(bands: readonly B[], scale: Scale, example: Exact): BandChange<B>[] {
    const placed = bands
        .flatMap(band => (isComplete(band.condition) ? [{ band, interval: conditionInterval(band.condition) }] : []))
        // Empty bands are reported on their own and take no part in coverage.
        .filter(({ interval }) => !isEmpty(interval, scale));
    // The rule changed since the diagnostic: the example is no longer in a gap.
    if (placed.some(({ interval }) => contains(interval, example))) return [];
    // A band not holding the example lies wholly on one side of it.
    const below = placed.filter(({ interval }) => isBelow(interval, example));
    const above = placed.filter(({ interval }) => !isBelow(interval, example));
    const lower = below.reduce<Placed<B> | undefined>((best, p) => (!best || compareUpper(p.interval, best.interval) > 0 ? p : best), undefined);
    const upper = above.reduce<Placed<B> | undefined>((best, p) => (!best || compareLower(p.interval, best.interval) < 0 ? p : best), undefined);
    const changes: BandChange<B>[] = [];
    if (lower) {
        const upperInclusive = upper ? !upper.interval.lowerInclusive : false;
        changes.push({ band: lower.band, condition: conditionText({ ...lower.interval, upper: upper?.interval.lower, upperInclusive }, scale) });
    }
    if (upper) {
        const lowerInclusive = lower ? !lower.interval.upperInclusive : false;
        changes.push({ band: upper.band, condition: conditionText({ ...upper.interval, lower: lower?.interval.upper, lowerInclusive }, scale) });
    }
    return changes;
}

/** After a syntax error a condition may lack a threshold. */
function isComplete(condition: Condition | undefined): condition is Condition {
    if (!condition) return false;
    const quantities = isInterval(condition) ? [condition.lower, condition.upper] : [condition.value];
    return quantities.every(quantity => quantity?.value !== undefined);
}

function isBelow(interval: Interval, value: Exact): boolean {
    if (interval.upper === undefined) return false;
    const c = interval.upper.compare(value);
    return c < 0 || (c === 0 && !interval.upperInclusive);
}

/** Bands below a value always have an upper bound; an inclusive bound reaches further. */
function compareUpper(a: Interval, b: Interval): number {
    return a.upper!.compare(b.upper!) || Number(a.upperInclusive) - Number(b.upperInclusive);
}

/** Bands above a value always have a lower bound; an inclusive bound reaches further down. */
function compareLower(a: Interval, b: Interval): number {
    return a.lower!.compare(b.lower!) || Number(b.lowerInclusive) - Number(a.lowerInclusive);
}
