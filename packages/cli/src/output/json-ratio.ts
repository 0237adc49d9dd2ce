/**
 * The JSON text of an exact ratio p / q of integers — the same text as
 * JSON.stringify(jsonPoints(new Fraction(p, q))) — in integer arithmetic on numbers: a scoring
 * report holds millions of such values (points over the scale's denominator, percentages), and a
 * BigInt fraction costs microseconds. Each denominator is taken apart once: q = 2^a · 5^b · rest.
 */
import { Fraction } from 'fraction.js';
import { jsonPoints } from '@chiso/language/points';

const MAX_DECIMALS = 6;
/** Decimals with up to this many significant digits read back from a double as written. */
const EXACT_DIGITS = 15;
const CACHE_SIZE = 1 << 14;

interface Denominator {
    /** q without its factors 2 and 5: p / q is a finite decimal exactly when rest divides p. */
    readonly rest: number;
    /** max(a, b): the places of p / q when it is a finite decimal, before trailing zeros. */
    readonly places: number;
    /** 10^places / (2^a · 5^b): r / q = (r / rest) · factor / 10^places. */
    readonly factor: number;
}

/** Both below 2^31. */
function gcd(a: number, b: number): number {
    a |= 0;
    b |= 0;
    while (b !== 0) {
        const r = a % b | 0;
        a = b;
        b = r;
    }
    return a;
}

export class JsonRatios {
    private readonly denominators = new Map<number, Denominator>();
    // The last texts made, by a hash of (p, q): values repeat from unit to unit.
    private readonly cachedP = new Float64Array(CACHE_SIZE).fill(NaN);
    private readonly cachedQ = new Float64Array(CACHE_SIZE);
    private readonly cachedText: string[] = new Array<string>(CACHE_SIZE).fill('');

    /** q > 0 below 2^31; |p| a safe integer. */
    text(p: number, q: number): string {
        const slot = (Math.imul(p | 0, 0x9e3779b1) ^ q) & (CACHE_SIZE - 1);
        if (this.cachedP[slot] === p && this.cachedQ[slot] === q) return this.cachedText[slot];
        const text = this.make(p, q);
        this.cachedP[slot] = p;
        this.cachedQ[slot] = q;
        this.cachedText[slot] = text;
        return text;
    }

    private make(p: number, q: number): string {
        let denominator = this.denominators.get(q);
        if (!denominator) {
            let rest = q, twos = 0, fives = 0;
            while (rest % 2 === 0) { rest /= 2; twos++; }
            while (rest % 5 === 0) { rest /= 5; fives++; }
            const places = Math.max(twos, fives);
            denominator = { rest, places, factor: 2 ** (places - twos) * 5 ** (places - fives) };
            this.denominators.set(q, denominator);
        }
        const sign = p < 0 ? '-' : '';
        const magnitude = Math.abs(p);
        // magnitude = whole · q + r, then everything below 2^31.
        const r = magnitude % q;
        const whole = (magnitude - r) / q;
        if (r % denominator.rest !== 0) {
            const g = gcd(q, r);
            return `"${sign}${magnitude / g}/${q / g}"`;
        }
        if (r === 0) return sign + whole;
        const { places } = denominator;
        if (places <= EXACT_DIGITS) {
            // The decimals of r / q, without trailing zeros.
            const decimals = String((r / denominator.rest) * denominator.factor).padStart(places, '0');
            let end = places;
            while (decimals.charCodeAt(end - 1) === 48) end--;
            if (end <= MAX_DECIMALS) {
                const text = `${sign}${whole}.${decimals.slice(0, end)}`;
                // As jsonPoints: a decimal that a double does not read back as written is not a JSON number.
                if (String(whole).length + end <= EXACT_DIGITS || String(Number(text)) === text) return text;
            }
        }
        // Rare (more than 6 places, or past exact doubles): the fractions' own path decides.
        return JSON.stringify(jsonPoints(new Fraction(BigInt(p), BigInt(q))));
    }
}
