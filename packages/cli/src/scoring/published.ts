/**
 * The index as the results decision publishes it: rounded half up, on the exact value, to the
 * places the set declares (2 when it declares none, as the score report always printed it), and
 * the class whose band holds that published value.
 */
import type { CompiledClass, CompiledSet } from '@chiso/language';
import { Fraction } from 'fraction.js';
import { fromJson, type Exact } from './exact.js';

/** Decimal places of the published index when the set declares none. */
export const DEFAULT_ROUNDING = 2;

export function roundingOf(set: CompiledSet): number {
    return set.set.rounding ?? DEFAULT_ROUNDING;
}

/** Half up: the index is never negative, so fraction.js's rounding (half away from zero) is half up. */
export function publish(index: Exact, places: number): Exact {
    return index.round(places);
}

/** The published value as a whole number of 10^−places: ranks compare these without fractions. */
export function publishedKey(published: Exact, places: number): number {
    return Number(published.mul(new Fraction(10).pow(places)).n) * Number(published.s);
}

function holds(c: CompiledClass, value: Exact): boolean {
    if (c.lower) {
        const k = value.compare(fromJson(c.lower.value));
        if (k < 0 || (k === 0 && !c.lower.inclusive)) return false;
    }
    if (c.upper) {
        const k = value.compare(fromJson(c.upper.value));
        if (k > 0 || (k === 0 && !c.upper.inclusive)) return false;
    }
    return true;
}

/** The title of the first class holding the published value, or null (no classes, or an index no class covers). */
export function classify(set: CompiledSet, published: Exact): string | null {
    return set.set.classes?.find(c => holds(c, published))?.title ?? null;
}
