/**
 * Full codes in each numbering scheme: what the compiled JSON (and with it scoring, diff, hover and
 * symbols) calls each item, unique and readable; and the source written back from it reads the same.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatText } from '../src/format.js';
import { loadTexts } from '../src/load.js';
import { canonicalRoman, codeOrdinal, isItemCode, toRoman } from '../src/model/numbering.js';
import { chisoSource } from '../src/outputs/chiso-source.js';
import { compileSet, serializeCompiledSet, type CompiledItem } from '../src/outputs/criteria-json.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/codes');

function codes(items: readonly CompiledItem[]): string[] {
    return items.flatMap(item => [item.code, ...codes(item.children)]);
}

async function compiled(file: string) {
    const text = readFileSync(path.join(FIXTURES, file), 'utf8');
    const { files } = await loadTexts([{ path: `/numbering/${file}`, text }], { lang: 'en' });
    return compileSet(files[0].sets[0]);
}

describe('full codes per scheme', () => {
    test('Roman domains, running criteria: a lettered component under criterion 2 is 2.a, a dotted one under 4 is 4.1', async () => {
        const set = await compiled('roman-domains-running-criteria.chiso');
        expect(codes(set.items)).toEqual([
            'I', '1', '2', '2.a', '2.b', '2.c', '2.d', '2.đ', '2.e', '3',
            'II', '4', '4.1', '4.2', '5',
            'III', '6',
        ]);
    });

    test('prefixed domains: criteria spelling the domain’s number keep their code (1.1 under D1); deduction codes stay as written', async () => {
        const set = await compiled('prefixed-domains.chiso');
        expect(codes(set.items)).toEqual(['D1', '1.1', '1.2', '1.2.1', '1.2.2', 'D2', '2.1']);
        expect(codes(set.deductions.flatMap(group => group.items))).toEqual(['Đ1']);
    });

    test.each(['roman-domains-running-criteria.chiso', 'prefixed-domains.chiso'])('%s: source written back from the JSON compiles to the same JSON, clean', async file => {
        const set = await compiled(file);
        const text = await formatText(chisoSource(set));
        const again = await loadTexts([{ path: '/roundtrip/S.chiso', text }], { lang: 'en' });
        expect(again.files[0].diagnostics.filter(d => d.severity === 1 || d.severity === 2).map(d => d.message), text).toEqual([]);
        expect(serializeCompiledSet(compileSet(again.files[0].sets[0]))).toBe(serializeCompiledSet(set));
    });
});

describe('Roman numerals', () => {
    test('written as decisions write them, up to XV and beyond', () => {
        expect([1, 4, 9, 14, 15, 40, 49, 90].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XV', 'XL', 'XLIX', 'XC']);
    });

    test('a misspelling is read by its value and spelt canonically; a canonical numeral has no other spelling', () => {
        expect(['IIII', 'IL', 'VV', 'XIIII'].map(canonicalRoman)).toEqual(['IV', 'XLIX', 'X', 'XIV']);
        expect(['I', 'IV', 'XIV', 'D1', 'a'].map(canonicalRoman)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    });

    test('C, L, D or M alone is a letter, not domain 100, 50, 500 or 1000', () => {
        expect(['C', 'L', 'D', 'M', 'CC', 'XL'].map(code => codeOrdinal(code))).toEqual([
            undefined, undefined, undefined, undefined,
            { value: 200, style: 'roman', prefix: '' }, { value: 40, style: 'roman', prefix: '' },
        ]);
    });
});

describe('what reads as an item code (the import takes a table row as an item only when its first cell is one)', () => {
    test('numbers, dotted numbers ending in a letter, Roman numerals, letters and short capital prefixes are codes', () => {
        for (const code of ['1', '12', '1.2', '1.2.3', '2.a', '2.đ', 'I', 'IV', 'XII', 'a', 'đ', 'D2', 'Đ2', 'TC3']) expect(isItemCode(code), code).toBe(true);
    });
    test('words, headings and letters inside a dotted code are not: a table row titled that way is prose', () => {
        for (const code of ['Điểm4', 'Tổng', 'STT', 'A', '', '1.a.2', '1.', '.1', 'a.1', '1,5', 'Tiêu chí 1']) expect(isItemCode(code), code).toBe(false);
    });
});
