/** Token text into AST values: numbers stay as written, strings keep backslashes that escape nothing. */
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CriteriaSet, Document } from '../src/generated/ast.js';
import { chisoServices } from './test-services.js';

const parse = parseHelper<Document>(chisoServices());

async function firstSet(text: string): Promise<CriteriaSet> {
    const document = await parse(text);
    expect(document.parseResult.parserErrors).toEqual([]);
    return document.parseResult.value.elements[0] as CriteriaSet;
}

describe('value conversion', () => {
    test('whole numbers and codes are kept as written, never through a float', async () => {
        const set = await firstSet('set S "A" { year 99999999999999999999999  total 9007199254740993  domain 01 "B" max 9007199254740993 }');
        expect(set.years).toEqual(['99999999999999999999999']);
        expect(set.totals).toEqual(['9007199254740993']);
        expect(set.items[0].code).toBe('01');
        expect(set.items[0].max).toBe('9007199254740993');
    });

    test('decimal commas are one token, kept as written', async () => {
        const set = await firstSet('set S "A" { total 1,5  split { appraisal 0,5  survey 1 }  domain 1 "B" max 1,5 }');
        expect(set.totals).toEqual(['1,5']);
        expect(set.splits[0].entries.map(e => e.points)).toEqual(['0,5', '1']);
    });

    test('only \\" and \\\\ are escapes; any other backslash is kept', async () => {
        const set = await firstSet(String.raw`set S "C:\new\tệp \"x\" \\ \d" { note "a\\b" }`);
        expect(set.title).toBe(String.raw`C:\new\tệp "x" \ \d`);
        expect(set.notes).toEqual([String.raw`a\b`]);
    });
});
