/**
 * The checker's formula findings, confirmed by the scorer (an independent exact evaluator of the
 * compiled rule), over random formulas, input ranges and `where` constraints:
 * - a `chiso/formula-range` error names input values that the scorer accepts (within the ranges,
 *   every constraint holding, no division by 0) and scores above the max or below the min: a
 *   correct formula is never called wrong;
 * - where the checker reports neither that error nor `chiso/formula-unbounded`, no input values the
 *   scorer accepts score outside [min, max]: a proven bound holds.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileSet, loadTexts } from '@chiso/language';
import { evaluate } from '../src/scoring/evaluate.js';

const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 30);
const NAMES = ['a', 'b', 'n'] as const;
const CONSTRAINTS = ['a <= n', 'a + b <= n * 4', 'a + b >= 1', 'b <= a * 2', 'n >= 1', 'a = b'];

const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>(tie => ({
    expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(...NAMES),
        fc.constantFrom('1', '2', '4', '10', '0.5'),
        fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/'), tie('expr')).map(([l, op, r]) => `(${l} ${op} ${r})`),
        fc.tuple(fc.constantFrom('min', 'max'), tie('expr'), tie('expr')).map(([fn, l, r]) => `${fn}(${l}, ${r})`),
    ),
})).expr;

const input = fc.tuple(fc.constantFrom(undefined, 0, 1, 2), fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }))
    .map(([min, span]) => ({ min, max: span === undefined ? undefined : (min ?? 0) + span }));

const formulaCase = fc.record({
    inputs: fc.tuple(input, input, input),
    constraints: fc.subarray(CONSTRAINTS, { maxLength: 2 }),
    result: expression,
    max: fc.constantFrom(1, 5, 10, 30),
});

type Case = typeof formulaCase extends fc.Arbitrary<infer T> ? T : never;

function setText(c: Case): string {
    const inputs = c.inputs.map((r, i) => `input ${NAMES[i]}${r.min === undefined ? '' : ` min ${r.min}`}${r.max === undefined ? '' : ` max ${r.max}`}`);
    return `set S "P" {
    total ${c.max}
    domain 1 "D" max ${c.max} {
        scoring formula {
            ${[...inputs, ...c.constraints.map(w => `where ${w}`)].join('\n            ')}
            result ${c.result}
        }
    }
}
`;
}

const shown = (outcome: ReturnType<typeof evaluate>) => ('issue' in outcome ? outcome.issue.code : outcome.points.toFraction());

async function check(c: Case) {
    const { files } = await loadTexts([{ path: '/p/p.chiso', text: setText(c) }], { lang: 'en' });
    const item = compileSet(files[0].sets[0]).items[0];
    const score = (values: ReadonlyMap<string, string>) => evaluate(item, { item: item.code, inputs: values });
    return { diagnostics: files[0].diagnostics, score };
}

describe('formula findings agree with the scorer', () => {
    test('a formula-range error names inputs the scorer accepts and scores out of range', async () => {
        let confirmed = 0;
        await fc.assert(fc.asyncProperty(formulaCase, async c => {
            const { diagnostics, score } = await check(c);
            for (const finding of diagnostics.filter(d => d.code === 'chiso/formula-range')) {
                const named = /when (.+)\.$/.exec(finding.message)?.[1];
                expect(named, finding.message).toBeDefined();
                const values = new Map(named!.split(', ').map(pair => pair.split(' = ') as [string, string]));
                const outcome = score(values);
                expect('issue' in outcome && ['score-above-max', 'score-below-min'].includes(outcome.issue.code), `${setText(c)}\n${finding.message}\n${shown(outcome)}`).toBe(true);
                confirmed++;
            }
        }), { numRuns: RUNS });
        // Random formulas often pass their max: the property was put to the test.
        expect(confirmed).toBeGreaterThan(0);
    });

    test('without a formula finding, no accepted inputs score out of range', async () => {
        const values = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }));
        let proven = 0;
        await fc.assert(fc.asyncProperty(formulaCase, fc.array(values, { minLength: 20, maxLength: 20 }), async (c, samples) => {
            const { diagnostics, score } = await check(c);
            const flagged = diagnostics.some(d => d.code === 'chiso/formula-range' || d.code === 'chiso/formula-unbounded' || d.code === 'chiso/zero-divisor');
            if (flagged || diagnostics.some(d => d.severity === 1)) return;
            proven++;
            for (const sample of samples) {
                const outcome = score(new Map(sample.map((v, i) => [NAMES[i], String(v)])));
                const outOfRange = 'issue' in outcome && ['score-above-max', 'score-below-min'].includes(outcome.issue.code);
                expect(outOfRange, `${setText(c)}\n${sample.join(', ')}: ${shown(outcome)}`).toBe(false);
            }
        }), { numRuns: RUNS });
        expect(proven).toBeGreaterThan(0);
    });
});
