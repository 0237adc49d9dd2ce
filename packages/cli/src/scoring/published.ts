/**
 * The index as the results decision publishes it: rounded half up, on the exact value, to the
 * places the set declares (2 when it declares none, as the score report always printed it), and
 * the class whose band holds that published value.
 */
import { DEFAULT_ROUNDING, type CompiledClass, type CompiledSet } from '@chiso/language';
import { Fraction } from 'fraction.js';
import { display, fromJson, type Exact } from './exact.js';

export function roundingOf(set: CompiledSet): number {
    return set.set.rounding ?? DEFAULT_ROUNDING;
}

/** Half up: the index is never negative, so fraction.js's rounding (half away from zero) is half up. */
export function publish(index: Exact, places: number): Exact {
    return index.round(places);
}

/** A published value as a whole number of 10^−places. */
function scaled(published: Exact, places: number): bigint {
    return published.mul(new Fraction(10).pow(places)).n;
}

/** The published value as a number that orders published values: ranks compare these, not fractions. */
export function publishedKey(published: Exact, places: number): number {
    return Number(scaled(published, places));
}

/**
 * The published value as people read it: with exactly the declared places ("87,00"), as decisions
 * print it; without a declaration, as the report always printed the index (2 places, no trailing zeros).
 */
export function publishedText(places: number | null | undefined, published: Exact, decimalComma: boolean): string {
    if (places == null) return display(published, DEFAULT_ROUNDING, decimalComma);
    const digits = scaled(published, places).toString().padStart(places + 1, '0');
    return places === 0 ? digits : `${digits.slice(0, -places)}${decimalComma ? ',' : '.'}${digits.slice(-places)}`;
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
