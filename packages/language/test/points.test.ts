import { describe, expect, test } from 'vitest';
import { exact, formatPoints, hasDecimalComma, isFiniteDecimal, parsePoints, sum, wholeNumber } from '../src/model/points.js';

const p = (text: string) => parsePoints(text)!;

describe('exact points', () => {
    test('33.3 + 33.3 + 33.4 is exactly 100', () => {
        expect(sum(['33.3', '33.3', '33.4'].map(p)).equals(exact('100'))).toBe(true);
    });

    test('3 × 10/3 is exactly 10, 3 × 3.33 is not', () => {
        expect(sum([p('10/3'), p('10/3'), p('10/3')]).equals(exact('10'))).toBe(true);
        expect(sum([p('3.33'), p('3.33'), p('3.33')]).equals(exact('10'))).toBe(false);
    });

    test('0.1 + 0.2 is exactly 0.3 (where binary floats fail)', () => {
        expect(0.1 + 0.2 === 0.3).toBe(false);
        expect(p('0.1').add(p('0.2')).equals(p('0.3'))).toBe(true);
    });

    test('rejects a zero denominator and malformed text', () => {
        expect(parsePoints('1/0')).toBeUndefined();
        expect(parsePoints('1/00')).toBeUndefined();
        expect(parsePoints('1.2.3')).toBeUndefined();
        expect(parsePoints('abc')).toBeUndefined();
        expect(parsePoints(undefined)).toBeUndefined();
    });

    test('formats finite decimals in full and other values as fractions', () => {
        expect(formatPoints(p('0.25'))).toBe('0.25');
        expect(formatPoints(p('10/3'))).toBe('10/3');
        expect(formatPoints(p('1/8'))).toBe('0.125');
        expect(formatPoints(p('0.12345678901234567891'))).toBe('0.12345678901234567891');
        expect(formatPoints(p('5'))).toBe('5');
        expect(formatPoints(p('0.5').sub(p('1')))).toBe('-0.5');
    });

    test('formats with a decimal comma for Vietnamese', () => {
        expect(formatPoints(p('0.5'), true)).toBe('0,5');
        expect(formatPoints(p('10/3'), true)).toBe('10/3');
    });

    test('knows which values have a finite decimal expansion', () => {
        expect(isFiniteDecimal(p('0.2'))).toBe(true);
        expect(isFiniteDecimal(p('1/3'))).toBe(false);
        expect(isFiniteDecimal(p('7/40'))).toBe(true);
    });

    test('a decimal comma is the same rational as a decimal point', () => {
        expect(p('0,5').equals(p('0.5'))).toBe(true);
        expect(p('33,3').add(p('33,3')).add(p('33.4')).equals(exact('100'))).toBe(true);
        expect(p('10,5/3').equals(p('3.5'))).toBe(true);
        expect(parsePoints('1,2,3')).toBeUndefined();
        expect(hasDecimalComma('80,5')).toBe(true);
        expect(hasDecimalComma('80.5')).toBe(false);
    });

    test('whole numbers are exact at any size', () => {
        expect(p('9007199254740993').equals(p('9007199254740992'))).toBe(false);
        expect(wholeNumber('99999999999999999999999')).toBe(99999999999999999999999n);
        expect(wholeNumber('1.5')).toBeUndefined();
        expect(formatPoints(p('100000000000000000000000'))).toBe('100000000000000000000000');
    });
});
