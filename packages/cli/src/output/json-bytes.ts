/**
 * JSON text written straight into UTF-8 bytes: fixed pieces encoded once and copied, exact values
 * written digit by digit. A ministry's report holds millions of values and runs to hundreds of
 * megabytes; building it as strings costs more than the scoring.
 *
 * `ratio(p, q)` writes the same text as JSON.stringify(jsonPoints(new Fraction(p, q))) in integer
 * arithmetic on numbers: each denominator is taken apart once, q = 2^a · 5^b · rest, and p / q is a
 * finite decimal exactly when rest divides p.
 */
import { Fraction } from 'fraction.js';
import { jsonPoints } from '@chiso/language/points';

const MAX_DECIMALS = 6;
/** Decimals with up to this many significant digits read back from a double as written. */
const EXACT_DIGITS = 15;
const QUOTE = 34, MINUS = 45, DOT = 46, SLASH = 47, ZERO = 48;
const INT32 = 0x7fffffff;
const encoder = new TextEncoder();

interface Denominator {
    /** q without its factors 2 and 5. */
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

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Decimal digits of a non-negative safe integer. */
function digitCount(n: number): number {
    let count = 1;
    while (count < POWERS_OF_TEN.length && n >= POWERS_OF_TEN[count]) count++;
    return count;
}

export class JsonBytes {
    private bytes = new Uint8Array(1 << 20);
    private used = 0;
    private readonly denominators = new Map<number, Denominator>();

    /** The bytes written since the last `clear()`; valid until the next write. */
    get written(): Uint8Array {
        return this.bytes.subarray(0, this.used);
    }

    get length(): number {
        return this.used;
    }

    clear(): void {
        this.used = 0;
    }

    /** Bytes encoded once (`encode`), copied. */
    raw(bytes: Uint8Array): void {
        this.room(bytes.length);
        this.bytes.set(bytes, this.used);
        this.used += bytes.length;
    }

    /** Any text, as UTF-8. */
    text(text: string): void {
        this.room(3 * text.length);
        this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
    }

    /** A non-negative safe integer. */
    integer(n: number): void {
        const count = digitCount(n);
        this.digits(n, count);
    }

    /** p / q as jsonPoints writes it (q > 0 below 2^31; |p| a safe integer). */
    ratio(p: number, q: number): void {
        let denominator = this.denominators.get(q);
        if (!denominator) {
            let rest = q, twos = 0, fives = 0;
            while (rest % 2 === 0) { rest /= 2; twos++; }
            while (rest % 5 === 0) { rest /= 5; fives++; }
            const places = Math.max(twos, fives);
            denominator = { rest, places, factor: 2 ** (places - twos) * 5 ** (places - fives) };
            this.denominators.set(q, denominator);
        }
        const magnitude = Math.abs(p);
        // magnitude = whole · q + r; r and what follows from it are small integers.
        const r = (magnitude <= INT32 ? (magnitude | 0) % q : magnitude % q) | 0;
        const whole = (magnitude - r) / q;
        if (r % denominator.rest !== 0) {
            // Not a finite decimal: the reduced fraction, as a string.
            const g = gcd(q, r);
            this.byte(QUOTE);
            if (p < 0) this.byte(MINUS);
            this.integer(magnitude / g);
            this.byte(SLASH);
            this.integer(q / g);
            this.byte(QUOTE);
            return;
        }
        let places = r === 0 ? 0 : denominator.places;
        let decimals = r === 0 ? 0 : (r / denominator.rest) * denominator.factor;
        if (places <= EXACT_DIGITS) {
            if (decimals <= INT32) {
                for (let m = decimals | 0; places > 0 && m % 10 === 0; places--) decimals = m = (m / 10) | 0;
            } else {
                for (; places > 0 && decimals % 10 === 0; places--) decimals /= 10;
            }
            // As jsonPoints: beyond 6 places, or a decimal that a double would not read back as written, is no JSON number.
            if (places <= MAX_DECIMALS && digitCount(whole) + places <= EXACT_DIGITS) {
                if (p < 0) this.byte(MINUS);
                this.integer(whole);
                if (places > 0) {
                    this.byte(DOT);
                    this.digits(decimals, places);
                }
                return;
            }
        }
        // Rare: the fractions' own path decides.
        this.text(JSON.stringify(jsonPoints(new Fraction(BigInt(p), BigInt(q)))));
    }

    /** The last `count` digits of a non-negative safe integer, zero-padded. */
    private digits(n: number, count: number): void {
        this.room(count);
        const to = this.bytes, first = this.used;
        if (n <= INT32) {
            for (let i = first + count - 1, m = n | 0; i >= first; i--) {
                const tenth = (m / 10) | 0;
                to[i] = ZERO + m - 10 * tenth;
                m = tenth;
            }
        } else {
            for (let i = first + count - 1; i >= first; i--) {
                const digit = n % 10;
                to[i] = ZERO + digit;
                n = (n - digit) / 10;
            }
        }
        this.used = first + count;
    }

    private byte(b: number): void {
        this.room(1);
        this.bytes[this.used++] = b;
    }

    private room(count: number): void {
        if (this.used + count <= this.bytes.length) return;
        const larger = new Uint8Array(Math.max(2 * this.bytes.length, this.used + count));
        larger.set(this.bytes.subarray(0, this.used));
        this.bytes = larger;
    }
}

/** Text encoded once, for `JsonBytes.raw`. */
export function encode(text: string): Uint8Array {
    return encoder.encode(text);
}
