import { describe, expect, test } from 'vitest';
import type { CriteriaSet, Document, FormulaRule } from '../src/generated/ast.js';
import { loadTexts } from '../src/load.js';
import { formulaBounds, formulaExample } from '../src/model/formula-bounds.js';
import { exact, formatPoints } from '../src/model/points.js';

async function formula(inputs: string, result: string): Promise<FormulaRule> {
    const text = `set S "F" { domain 1 "D" max 100 { scoring formula { ${inputs} result ${result} } } }`;
    const { files } = await loadTexts([{ path: '/f/f.chiso', text }], { lang: 'en' });
    const set = (files[0].document.parseResult.value as Document).elements[0] as CriteriaSet;
    return set.items[0].scorings[0].rule as FormulaRule;
}

async function bounds(inputs: string, result: string) {
    const { range, hazards } = formulaBounds(await formula(inputs, result));
    const example = (h: (typeof hazards)[number]) => (h.certain ? 'always' : [...h.example ?? []].map(([input, value]) => `${input.name} = ${formatPoints(value)}`).join(', '));
    return { lo: range.lo && formatPoints(range.lo), hi: range.hi && formatPoints(range.hi), hazards: hazards.map(example) };
}

describe('formula bounds by exact interval arithmetic', () => {
    test('Mỹ Đức SIPAS formula is within [0, 30] thanks to its where constraint', async () => {
        expect(await bounds('input s input v input n min 1 where s + v <= n * 8', '(s + v) / (n * 8) * 30'))
            .toEqual({ lo: '0', hi: '30', hazards: [] });
    });

    test('a constant factor before the ratio scales its bound', async () => {
        expect(await bounds('input p input n min 1 where p <= n', '9 * p / n')).toEqual({ lo: '0', hi: '9', hazards: [] });
    });

    test('without the constraint the ratio is unbounded above', async () => {
        expect(await bounds('input s input n min 1', 's / n * 30')).toEqual({ lo: '0', hi: undefined, hazards: [] });
    });

    test('an input range of 0 reaching a divisor is a hazard naming the input', async () => {
        expect((await bounds('input s max 10 input n', 's / n')).hazards).toEqual(['n = 0']);
    });

    test('the hazard names values that make the divisor 0, found by solving and checked by evaluating', async () => {
        expect((await bounds('input a input b', 'a / (b - 5)')).hazards).toEqual(['b = 5']);
        expect((await bounds('input a input b min 2', 'a / (3 * b - 7 + a)')).hazards).toEqual(['b = 7/3, a = 0']);
        expect((await bounds('input a', '1 / 0')).hazards).toEqual(['always']);
        expect((await bounds('input a', '1 / (0 * a)')).hazards).toEqual(['always']);
    });

    test('A <= B bounds A / B only where A ≥ 0 and B > 0 are proven (issue #16: a = 0, b = 4 scored 50 of 10)', async () => {
        expect(await bounds('input a input b where a - 5 <= b - 5', '(a - 5) / (b - 5) * 10')).toEqual({ lo: undefined, hi: undefined, hazards: ['b = 5'] });
        expect(await bounds('input a min 5 input b min 6 where a - 5 <= b - 5', '(a - 5) / (b - 5) * 10')).toEqual({ lo: '0', hi: '10', hazards: [] });
    });

    test('a divisor that is 0 only at the least of its range is still divided by over the rest', async () => {
        expect(await bounds('input s input n where s <= n * 8', 's / (n * 8) * 30')).toEqual({ lo: '0', hi: '30', hazards: ['n = 0'] });
        expect(await bounds('input s max 4 input n max 2', 's / n')).toEqual({ lo: '0', hi: undefined, hazards: ['n = 0'] });
    });

    test('min, max and subtraction follow interval rules', async () => {
        expect(await bounds('input a max 10 input b max 4', 'min(a, 6) - b')).toEqual({ lo: '-4', hi: '6', hazards: [] });
        expect(await bounds('input a min 2 max 10', 'max(a, 5) * 1/4')).toMatchObject({ lo: '1.25', hi: '2.5' });
    });

    test('a where constraint bounds what it compares: where a + b >= 1 makes dividing by a + b safe', async () => {
        expect((await bounds('input a input b', 'a / (a + b)')).hazards).toEqual(['a = 0, b = 0']);
        expect(await bounds('input a input b where a + b >= 1', 'a / (a + b)')).toEqual({ lo: '0', hi: undefined, hazards: [] });
        expect(await bounds('input a input b where a + b >= 1 where a <= a + b', 'a / (a + b) * 10')).toEqual({ lo: '0', hi: '10', hazards: [] });
        expect(await bounds('input a max 10 input b where b <= a', 'b')).toEqual({ lo: '0', hi: '10', hazards: [] });
    });

    test('a division-by-zero example satisfies the constraints', async () => {
        // b = 0 would make the divisor 0, but the constraint wants b >= a + 1; a = 0 leaves b >= 1.
        expect((await bounds('input a input b where b >= a + 1', 'a / (b - 1)')).hazards).toEqual(['b = 1']);
    });
});

describe('counter-examples: admitted input values at which the formula passes a limit, evaluated exactly', () => {
    const named = (example: Awaited<ReturnType<typeof formulaExample>>) => example && {
        values: [...example.values].map(([input, value]) => `${input.name} = ${formatPoints(value)}`).join(', '),
        result: formatPoints(example.result),
    };

    test('misplaced parentheses in a satisfaction formula: one respondent, 8 answers satisfied', async () => {
        const rule = await formula('input s input n min 1 where s <= n * 8', 's / n * 8 * 30');
        expect(named(formulaExample(rule, 'above', exact('30')))).toEqual({ values: 's = 8, n = 1', result: '1920' });
    });

    test('the ratio bound met exactly, and a negative score below the min', async () => {
        const rule = await formula('input a input b where a - 5 <= b - 5', '(a - 5) / (b - 5) * 10');
        expect(named(formulaExample(rule, 'above', exact('10')))).toEqual({ values: 'a = 0, b = 1', result: '12.5' });
        expect(formulaExample(rule, 'below', exact('0'))?.result.compare(0)).toBe(-1);
    });

    test('none for a formula that never passes its max, whatever its interval bound', async () => {
        expect(formulaExample(await formula('input a input b min 1', 'min(a, b) / b * 10'), 'above', exact('10'))).toBeUndefined();
        expect(formulaExample(await formula('input s input n min 1 where s <= n * 8', 's / (n * 8) * 30'), 'above', exact('30'))).toBeUndefined();
    });

    test('inputs outside their ranges or breaking a constraint are never named', async () => {
        // s / n reaches 2 only at s = 2n, which the constraint forbids; s max 5 and n min 1 hold.
        const rule = await formula('input s max 5 input n min 1 where s <= n', 's / n * 10');
        expect(formulaExample(rule, 'above', exact('10'))).toBeUndefined();
        expect(named(formulaExample(rule, 'above', exact('9')))).toEqual({ values: 's = 1, n = 1', result: '10' });
    });
});
