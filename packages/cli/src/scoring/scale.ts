/**
 * Points as integers: numerators over one common denominator, the least common multiple of the
 * set's denominators and of the outcomes met, so that rolling units up is integer addition. The
 * denominator is bounded so that no sum of a unit's points can leave the range of small integers
 * (exact, and held unboxed by V8); a value whose denominator does not fit (a formula's
 * 1/(respondents × 8)) stays an exact fraction.
 */
import { Fraction } from 'fraction.js';
import { HUNDRED, type Exact } from './exact.js';

/** A number of 1/denominator-ths, or an exact fraction when the value does not fit. */
export type Points = number | Exact;

/** Sums of points never pass this (see `Scale.for`), so they fit an Int32Array. */
const LIMIT = 2 ** 30 - 1;

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

export class Scale {
    /** `integers`: false when even whole points could add up past LIMIT (no value is then an integer). */
    private constructor(readonly denominator: bigint, private readonly integers: boolean) {}

    /**
     * The least common multiple of `denominators` (taken in order, each while it fits) such that
     * `bound` — at least the sum of the magnitudes of everything added up — times it, doubled for
     * differences, stays within LIMIT.
     */
    static for(bound: Exact, denominators: Iterable<bigint>): Scale {
        const fits = (denominator: bigint) => 2n * bound.n * denominator <= BigInt(LIMIT) * bound.d;
        let denominator = 1n;
        for (const d of new Set(denominators)) {
            if (denominator % d === 0n) continue;
            const lcm = (denominator / gcd(denominator, d)) * d;
            if (fits(lcm)) denominator = lcm;
        }
        return new Scale(denominator, fits(1n));
    }

    of(value: Exact): Points {
        return this.integers && this.denominator % value.d === 0n ? Number(value.s * value.n * (this.denominator / value.d)) : value;
    }

    exact(p: Points): Exact {
        return typeof p === 'number' ? new Fraction(BigInt(p), this.denominator) : p;
    }

    add(a: Points, b: Points): Points {
        if (typeof a === 'number' && typeof b === 'number') return a + b;
        return b === 0 ? a : a === 0 ? b : this.exact(a).add(this.exact(b));
    }

    sub(a: Points, b: Points): Points {
        if (typeof a === 'number' && typeof b === 'number') return a - b;
        return b === 0 ? a : this.exact(a).sub(this.exact(b));
    }

    compare(a: Points, b: Points): number {
        if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
        if (typeof a !== 'number' && typeof b !== 'number') return a.compare(b);
        // An integer against a fraction: cross-multiplied, without building a fraction.
        return typeof a === 'number' ? this.compareInteger(a, b as Exact) : -this.compareInteger(b as number, a);
    }

    /**
     * An integer in the order of the points, for sorting: 2n for n/D, and for a fraction p (never a
     * whole number of 1/D) 2⌊p·D⌋ + 1. Different keys order their points; equal keys of two
     * fractions need `compare`. (All keys are 0 on a scale that holds no integers.)
     */
    key(p: Points): number {
        if (typeof p === 'number') return 2 * p;
        if (!this.integers) return 0;
        const scaled = p.s * p.n * this.denominator;
        // BigInt division rounds toward zero; ⌊p·D⌋ is one less below zero.
        const floor = scaled / p.d - (scaled < 0n ? 1n : 0n);
        return 2 * Number(floor) + 1;
    }

    private compareInteger(a: number, b: Exact): number {
        const left = BigInt(a) * b.d, right = b.s * b.n * this.denominator;
        return left < right ? -1 : left > right ? 1 : 0;
    }

    /** a / of × 100 (a sub-index, or the index), exact. */
    percent(a: Points, of: Points): Exact {
        return this.exact(a).div(this.exact(of)).mul(HUNDRED);
    }
}
