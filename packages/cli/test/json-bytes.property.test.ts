/** Property: the report's JSON values, written as bytes in number arithmetic, read as jsonPoints spells them. */
import fc from 'fast-check';
import { Fraction } from 'fraction.js';
import { describe, expect, test } from 'vitest';
import { jsonPoints } from '@chiso/language/points';
import { JsonBytes } from '../src/output/json-bytes.js';

const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 2000);
const expected = (p: number, q: number) => JSON.stringify(jsonPoints(new Fraction(BigInt(p), BigInt(q))));
const decoder = new TextDecoder();

function ratio(out: JsonBytes, p: number, q: number): string {
    out.clear();
    out.ratio(p, q);
    return decoder.decode(out.written);
}

/** Denominators as the scale makes them: products of small primes, 2s and 5s most of all. */
const denominator = fc.tuple(fc.nat(12), fc.nat(8), fc.constantFrom(1, 3, 7, 9, 41, 123, 1001), fc.integer({ min: 1, max: 2 ** 30 })).map(([twos, fives, other, any]) =>
    (2 ** twos * 5 ** fives * other <= 2 ** 30 ? 2 ** twos * 5 ** fives * other : any));

describe('JsonBytes', () => {
    test('ratio(p, q) writes JSON.stringify(jsonPoints(p / q))', () => {
        const out = new JsonBytes();
        fc.assert(fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), denominator, (p, q) => {
            expect(ratio(out, p, q)).toBe(expected(p, q));
        }), { numRuns: RUNS });
    });

    test('examples: integers, short decimals, long decimals, fractions, negatives, zero', () => {
        const out = new JsonBytes();
        const cases: [number, number, string][] = [
            [0, 7, '0'], [48, 16, '3'], [3, 4, '0.75'], [-1, 8, '-0.125'], [1, 3, '"1/3"'], [-20, 6, '"-10/3"'],
            [1, 2 ** 7, '"1/128"'], [1, 10 ** 6, '0.000001'], [123456789012345, 1000, '123456789012.345'],
            [2 ** 40 + 1, 64, '17179869184.015625'], [2 ** 40 + 1, 128, '"1099511627777/128"'],
        ];
        for (const [p, q, text] of cases) {
            expect(ratio(out, p, q), `${p}/${q}`).toBe(text);
            expect(expected(p, q), `${p}/${q}`).toBe(text);
        }
    });

    test('text, integers and encoded pieces, in order, past the first buffer', () => {
        const out = new JsonBytes();
        let expectedText = '';
        for (let i = 0; i < 200_000; i++) {
            out.text('Tiêu chí ');
            out.integer(i * 7919);
            expectedText += `Tiêu chí ${i * 7919}`;
        }
        expect(decoder.decode(out.written)).toBe(expectedText);
    });
});
