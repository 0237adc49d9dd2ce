/**
 * Exact point values. Points are written as decimals (`0.25`, `33.3`, or with the Vietnamese
 * decimal comma `0,25`, the same rational) or fractions (`10/3`) and
 * held as rationals (fraction.js, BigInt-backed), so `33.3 + 33.3 + 33.4 = 100` and
 * `3 × 10/3 = 10` hold while `3 × 3.33 ≠ 10` is caught. Never build one from a JS float.
 * This module has no Langium dependency: the scorer uses it through `@chiso/language/points`.
 */
import { Fraction } from 'fraction.js';

export type Exact = Fraction;

export const ZERO: Exact = new Fraction(0);

const POINTS_TEXT = /^\d+([.,]\d+)?(\/\d+)?$/;

// Checks and hovers read the same point texts on every keystroke; fractions are immutable, so the
// parsed values are shared. Capped so that a long session cannot grow it without bound.
const PARSED_LIMIT = 50_000;
const parsed = new Map<string, Exact | undefined>();

/**
 * Parses number text as the grammar gives it (points, thresholds, formula numbers, whole numbers);
 * undefined for text that is not a point value (e.g. `1/0`).
 */
export function parsePoints(text: string | undefined): Exact | undefined {
    if (text === undefined) return undefined;
    if (parsed.has(text)) return parsed.get(text);
    const value = parseFresh(text);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(text, value);
    return value;
}

function parseFresh(text: string): Exact | undefined {
    const compact = text.replace(/\s+/g, '');
    if (!POINTS_TEXT.test(compact)) return undefined;
    const [numerator, denominator] = compact.replace(',', '.').split('/');
    if (denominator !== undefined && /^0+$/.test(denominator)) return undefined;
    const value = new Fraction(numerator);
    return denominator === undefined ? value : value.div(new Fraction(denominator));
}

/** The value of number text the grammar accepted (`0,5`, `12`, `10/3`); 0 where a syntax error lost it. */
export function numberValue(text: string | undefined): Exact {
    return parsePoints(text) ?? ZERO;
}

export function sum(values: Iterable<Exact>): Exact {
    let total = ZERO;
    for (const value of values) total = total.add(value);
    return total;
}

export function exact(value: string | bigint): Exact {
    return new Fraction(value);
}

/** Whether number text is written with the decimal comma (`0,5`). */
export function hasDecimalComma(text: string | undefined): boolean {
    return text !== undefined && /\d,\d/.test(text);
}

/** A whole number (year, count, respondents) from its text, exactly; undefined when a syntax error lost it. */
export function wholeNumber(text: string | undefined): bigint | undefined {
    return text !== undefined && /^\d+$/.test(text) ? BigInt(text) : undefined;
}

/** True when the value has a finite decimal expansion (denominator of the form 2^a·5^b). */
export function isFiniteDecimal(value: Exact): boolean {
    let d = value.d;
    while (d % 2n === 0n) d /= 2n;
    while (d % 5n === 0n) d /= 5n;
    return d === 1n;
}

/**
 * Text for people and for JSON: a plain decimal when one is exact (`0.25`), otherwise the
 * reduced fraction (`10/3`). `decimalComma` gives the Vietnamese form (`0,25`).
 */
export function formatPoints(value: Exact, decimalComma = false): string {
    const text = isFiniteDecimal(value) ? decimalText(value) : value.toFraction();
    return decimalComma ? text.replace('.', ',') : text;
}

// fraction.js's toString rounds past 15 places; a finite decimal is spelled out in full here.
function decimalText(value: Exact): string {
    let places = 0;
    let scale = 1n;
    while ((value.n * scale) % value.d !== 0n) {
        scale *= 10n;
        places++;
    }
    const digits = ((value.n * scale) / value.d).toString().padStart(places + 1, '0');
    const sign = value.s < 0n ? '-' : '';
    return places === 0 ? sign + digits : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** A JSON number, or a fraction string such as "10/3" when no short decimal is exact. */
export type JsonPoints = number | string;

const MAX_JSON_DECIMALS = 6;

/** Exact value as JSON: a number when a decimal of at most 6 places states it exactly, else "n/d". */
export function jsonPoints(value: Exact): JsonPoints {
    if (isFiniteDecimal(value)) {
        const text = formatPoints(value);
        const places = text.split('.')[1]?.length ?? 0;
        // The decimal must read back from a double as the same text (no exponent, no rounding).
        if (places <= MAX_JSON_DECIMALS && String(Number(text)) === text) return Number(text);
    }
    return value.toFraction();
}
