/**
 * Whatever numbers a set is written with — decimals with a point or a comma, fractions, whole
 * numbers far beyond 2^53, tier thresholds of 10^23 — a set that checks clean compiles to JSON its
 * own schema accepts, holding exactly the values written.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Fraction } from 'fraction.js';
import { describe, expect, test } from 'vitest';
import { compileSet, formatPoints, loadTexts, parsePoints, sum } from '@chiso/language';
import { validateStrict as validate } from '../../../test/contract-schema.js';

const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 40);

const whole = fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String);
const decimal = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.stringMatching(/^\d{1,10}$/), fc.constantFrom('.', ','))
    .map(([w, f, mark]) => `${w}${mark}${f}`);
const fraction = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n })).map(([n, d]) => `${n}/${d}`);
const points = fc.oneof(whole, decimal, fraction);
const threshold = fc.bigInt({ min: 1n, max: 10n ** 30n }).map(String);

const exact = (value: number | string) => new Fraction(String(value));

describe('compile output validates against the schema', () => {
    test('for any point values and tier thresholds', async () => {
        await fc.assert(fc.asyncProperty(fc.array(fc.tuple(points, threshold), { minLength: 1, maxLength: 4 }), async domains => {
            const total = sum(domains.map(([max]) => parsePoints(max)!));
            const text = `set S "A" {\n    total ${formatPoints(total)}\n${domains.map(([max, t], i) =>
                `    domain ${i + 1} "D" max ${max} {\n        scoring tiers { >= ${t} -> ${max}  < ${t} -> 0 }\n    }\n`).join('')}}\n`;
            const { files } = await loadTexts([{ path: '/s.chiso', text }], { lang: 'en' });
            const problems = files[0].diagnostics.filter(d => d.severity === 1).map(d => d.message);
            expect(problems, text).toEqual([]);
            const doc = compileSet(files[0].sets[0]);
            const json = JSON.parse(JSON.stringify(doc));
            expect(validate(json), `${text}\n${JSON.stringify(validate.errors)}`).toBe(true);
            expect(exact(json.set.total).equals(total)).toBe(true);
            domains.forEach(([max, t], i) => {
                expect(exact(json.items[i].maxPoints).equals(parsePoints(max)!), max).toBe(true);
                expect(exact(json.items[i].scoring.bands[0].lower.value).equals(parsePoints(t)!), t).toBe(true);
            });
        }), { numRuns: RUNS });
    }, 120_000);
});
