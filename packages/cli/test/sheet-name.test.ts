import { describe, expect, test } from 'vitest';
import { sheetName } from '../src/published/results-xlsx.js';

describe('sheetName: a unit\'s name as an Excel sheet name', () => {
    test('characters Excel refuses become spaces, apostrophes at the ends go', () => {
        expect(sheetName('Sở Tư pháp [TP]: 2023/24?*', new Set())).toBe('Sở Tư pháp  TP   2023 24');
        expect(sheetName("'UBND xã'", new Set())).toBe('UBND xã');
        expect(sheetName('[]', new Set())).toBe('_');
    });

    test('at most 31 characters, and unique in any letter case: a number is added within the 31', () => {
        const taken = new Set<string>(['xếp hạng']);
        const long = 'Ủy ban nhân dân huyện Châu Thành A tỉnh Hậu Giang';
        expect(sheetName(long, taken)).toBe('Ủy ban nhân dân huyện Châu Thàn');
        expect(sheetName(long, taken)).toBe('Ủy ban nhân dân huyện Châu (2)');
        expect(sheetName('Xếp hạng', taken)).toBe('Xếp hạng (2)');
        expect([...taken].every(name => name.length <= 31)).toBe(true);
    });
});
