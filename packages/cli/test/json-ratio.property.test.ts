/** Property: the report's number-arithmetic JSON values spell p / q exactly as jsonPoints does. */
import fc from 'fast-check';
import { Fraction } from 'fraction.js';
import { describe, expect, test } from 'vitest';
import { jsonPoints } from '@chiso/language/points';
import { JsonRatios } from '../src/output/json-ratio.js';

const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 2000);
const expected = (p: number, q: number) => JSON.stringify(jsonPoints(new Fraction(BigInt(p), BigInt(q))));

/** Denominators as the scale makes them: products of small primes, 2s and 5s most of all. */
const denominator = fc.tuple(fc.nat(12), fc.nat(8), fc.constantFrom(1, 3, 7, 9, 41, 123, 1001), fc.integer({ min: 1, max: 2 ** 30 })).map(([twos, fives, other, any]) =>
    (2 ** twos * 5 ** fives * other <= 2 ** 30 ? 2 ** twos * 5 ** fives * other : any));

describe('JsonRatios', () => {
    test('p / q as JSON.stringify(jsonPoints(p / q))', () => {
        const ratios = new JsonRatios();
        fc.assert(fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), denominator, (p, q) => {
            expect(ratios.text(p, q)).toBe(expected(p, q));
            // And again, from its memory of recent values.
            expect(ratios.text(p, q)).toBe(expected(p, q));
        }), { numRuns: RUNS });
    });

    test('examples: integers, short decimals, long decimals, fractions, negatives, zero', () => {
        const ratios = new JsonRatios();
        const cases: [number, number, string][] = [
            [0, 7, '0'], [48, 16, '3'], [3, 4, '0.75'], [-1, 8, '-0.125'], [1, 3, '"1/3"'], [-20, 6, '"-10/3"'],
            [1, 2 ** 7, '"1/128"'], [1, 10 ** 6, '0.000001'], [123456789012345, 1000, '123456789012.345'], [2 ** 40 + 1, 64, '17179869184.015625'], [2 ** 40 + 1, 128, '"1099511627777/128"'],
        ];
        for (const [p, q, text] of cases) {
            expect(ratios.text(p, q), `${p}/${q}`).toBe(text);
            expect(expected(p, q), `${p}/${q}`).toBe(text);
        }
    });
});
