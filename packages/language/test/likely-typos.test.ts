import { describe, expect, test } from 'vitest';
import { decimalMark, likelyTypos, slips, slipTo } from '../src/model/likely-typos.js';
import { exact, parsePoints } from '../src/model/points.js';

describe('likely typos', () => {
    test('a domain typed 10.05 for 10.5 is why the domains add up to 99.55, not 100', () => {
        const domains = ['20', '15', '10.05', '14.5', '12', '28'];
        expect(likelyTypos(domains, exact('100'))).toEqual([{ index: 2, written: '10.05', intended: '10.5' }]);
    });

    test('a shifted decimal point: 1.25 for 12.5', () => {
        expect(likelyTypos(['10', '1.25', '7.5'], exact('30'))).toEqual([{ index: 1, written: '1.25', intended: '12.5' }]);
    });

    test('swapped digits: 31 for 13', () => {
        expect(likelyTypos(['31', '24', '13'], exact('50'))).toEqual([{ index: 0, written: '31', intended: '13' }]);
    });

    test('the correction keeps the decimal comma the author writes', () => {
        expect(likelyTypos(['10', '1,25', '7,5'], exact('30'))).toEqual([{ index: 1, written: '1,25', intended: '12,5' }]);
        expect(likelyTypos(['125', '7,5', '10'], exact('30'))).toEqual([{ index: 0, written: '125', intended: '12,5' }]);
    });

    test('none when no single slip explains the difference', () => {
        expect(likelyTypos(['10', '10', '10'], exact('37'))).toEqual([]);
    });

    test('several when more than one value could be the mistyped one', () => {
        // 21 for 12 and 32 for 23 both add 9 too many.
        expect(likelyTypos(['21', '32', '5'], exact('49'))).toEqual([
            { index: 0, written: '21', intended: '12' },
            { index: 1, written: '32', intended: '23' },
        ]);
    });

    test('none when the values already add up or one is a fraction that cannot be respelled', () => {
        expect(likelyTypos(['10', '20'], exact('30'))).toEqual([]);
        expect(slips('10/3')).toEqual([]);
        expect(slips('1'.repeat(5000))).toEqual([]);
    });

    test('a dropped or doubled digit', () => {
        expect(likelyTypos(['100', '20'], exact('30'))).toEqual([{ index: 0, written: '100', intended: '10' }]);
        expect(likelyTypos(['1', '20'], exact('31'))).toEqual([{ index: 0, written: '1', intended: '11' }]);
    });

    test('decimal commas lost or moved when retyped: 12,5 through an English-locale sheet is 125, 1,25 is one place off', () => {
        // The comma taken for a thousands separator and dropped: restored where the sum needs it.
        expect(likelyTypos(['125', '7,5', '10'], exact('30'))).toEqual([{ index: 0, written: '125', intended: '12,5' }]);
        expect(likelyTypos(['125', '7,5', '20,25'], exact('29'))).toEqual([{ index: 0, written: '125', intended: '1,25' }]);
        // Retyped with a point, the value is the same: no slip, the figures add up.
        expect(likelyTypos(['12.5', '7,5', '10'], exact('30'))).toEqual([]);
        expect(slipTo('1,25', exact('12.5'), ',')).toBe('12,5');
        expect(slipTo('1.25', exact('12.5'))).toBe('12.5');
    });

    test('the plainest spelling of the needed value, or none; the comma when any figure writes one', () => {
        expect(slipTo('100', exact('10'))).toBe('10');
        expect(slipTo('10', exact('-1'))).toBeUndefined();
        expect(slipTo('10', exact('37'))).toBeUndefined();
        expect(decimalMark(['10', '0,5'])).toBe(',');
        expect(decimalMark(['10', '0.5'])).toBe('.');
    });

    test('every candidate is a different value, written as a point value', () => {
        for (const candidate of slips('6.05')) {
            expect(parsePoints(candidate)?.equals(exact('6.05') as never)).toBe(false);
        }
        expect(slips('6.05')).toContain('6.5');
        expect(slips('12.5')).toEqual(expect.arrayContaining(['1.25', '125']));
    });
});
