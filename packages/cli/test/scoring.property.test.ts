/**
 * Property: for any results within the rules' domains, no item scores above its max or below
 * its min, no unit's total exceeds the set's total, and no index leaves [0 %, 100 %].
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Fraction } from 'fraction.js';
import { describe, expect, test } from 'vitest';
import { compileSet, type CompiledItem, type CompiledSet } from '@chiso/language';
import { loadFiles } from '@chiso/language/node';
import { scoreUnits } from '../src/scoring/score.js';
import type { ResultRow } from '../src/scoring/results.js';

const EXAMPLES = path.resolve(import.meta.dirname, '../../../examples');
const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 60);

async function exampleSets(): Promise<CompiledSet[]> {
    const folders = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
        .filter(f => f.endsWith('.chiso')).map(f => path.join(EXAMPLES, path.dirname(f))).filter((d, i, all) => all.indexOf(d) === i);
    const { files } = await loadFiles(folders, { lang: 'en' });
    return files.flatMap(f => f.sets).map(compileSet);
}

function leaves(items: readonly CompiledItem[]): CompiledItem[] {
    return items.flatMap(i => (i.children.length === 0 ? [i] : leaves(i.children)));
}

const num = (v: number | string) => new Fraction(String(v));

/** A result row within the item's rule: a percentage, a count, an option, violations, formula inputs or a direct score. */
function resultFor(item: CompiledItem, unit: string): fc.Arbitrary<ResultRow> {
    const row = (fields: Partial<ResultRow>) => ({ unit, item: item.code, inputs: new Map<string, string>(), line: 1, column: 1, ...fields });
    const r = item.scoring;
    const percent = fc.integer({ min: 0, max: 10000 }).map(h => String(h / 100));
    if (!r) return fc.integer({ min: 0, max: 1000 }).map(k => row({ score: num(item.minPoints).add(num(item.maxPoints).sub(num(item.minPoints)).mul(k, 1000)).toString(6) }));
    switch (r.kind) {
        case 'bands': case 'proportional': return percent.map(value => row({ value }));
        case 'tiers': case 'deduct': return fc.integer({ min: 0, max: 50 }).map(n => row({ value: String(n) }));
        case 'choice': return fc.constantFrom(...r.options).map(o => row({ value: o.title }));
        case 'formula': {
            // Inputs that satisfy ratio constraints (a + b <= n * k): draw n, then parts of n × k.
            return fc.tuple(fc.integer({ min: 1, max: 500 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: r.inputs.length, maxLength: r.inputs.length })).map(([n, parts]) => {
                const inputs = new Map<string, string>();
                r.inputs.forEach((input, i) => {
                    const hi = input.max === null ? n : Number(num(input.max).valueOf());
                    inputs.set(input.name, String(Math.max(Number(num(input.min).valueOf()), Math.round((parts[i] / 1000) * hi))));
                });
                return row({ inputs });
            });
        }
    }
}

describe('scoring stays within bounds', async () => {
    const sets = await exampleSets();
    test.each(sets.map(s => [s.set.id, s] as const))('%s', (_id, set) => {
        const scored = leaves(set.items);
        const unit = fc.tuple(...scored.map(leaf => resultFor(leaf, 'U')));
        fc.assert(fc.property(unit, rows => {
            const report = scoreUnits(set, { rows, units: [] });
            // Formula inputs drawn this way may still break a formula's own constraint; those are rejected, not scored.
            if (report.issues.some(i => i.code !== 'score-constraint')) expect(report.issues).toEqual([]);
            for (const u of report.units) {
                expect(u.index.compare(0)).toBeGreaterThanOrEqual(0);
                expect(u.index.compare(100)).toBeLessThanOrEqual(0);
                expect(u.total.compare(num(set.set.total))).toBeLessThanOrEqual(0);
                for (const s of u.subIndices) expect(s.achieved.compare(s.max), s.code).toBeLessThanOrEqual(0);
            }
        }), { numRuns: RUNS });
    });
});
