/**
 * Properties of scoring, for every example set and results drawn within the rules' domains:
 * - no item scores above its max or below its min, no unit's total exceeds the set's total or goes
 *   below 0, and no index leaves [0 %, 100 %];
 * - deduction groups take off what their items say (a `deduct` item what it does not keep), each
 *   group at most its max;
 * - the compact pipeline (points as integers over a common denominator, fractions where they do not
 *   fit) gives exactly what adding up each leaf's evaluated fraction gives;
 * - a unit whose rows are split in two places scores as when its rows come together;
 * - ranks go by the published index (the exact index rounded to the set's places): 1, 2, 2, 4.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Fraction } from 'fraction.js';
import { describe, expect, test } from 'vitest';
import { compileSet, type CompiledItem, type CompiledSet } from '@chiso/language';
import { loadFiles } from '@chiso/language/load-files';
import { evaluate } from '../src/scoring/evaluate.js';
import { ResultsBuilder, type ItemResult, type Results } from '../src/scoring/results.js';
import { scoreUnits, type ScoreReport } from '../src/scoring/score.js';

const EXAMPLES = path.resolve(import.meta.dirname, '../../../examples');
const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 60);

async function exampleSets(): Promise<CompiledSet[]> {
    const folders = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
        .filter(f => f.endsWith('.chiso')).map(f => path.join(EXAMPLES, path.dirname(f))).filter((d, i, all) => all.indexOf(d) === i);
    const { files } = await loadFiles(folders, { lang: 'en' });
    // A set whose outlines' points were not published cannot be scored (`chiso score` refuses it; cli-score.test.ts).
    return files.flatMap(f => f.sets).map(compileSet).filter(set => set.totals.pointsUnknown === undefined);
}

function leaves(items: readonly CompiledItem[]): CompiledItem[] {
    return items.flatMap(i => (i.children.length === 0 ? [i] : leaves(i.children)));
}

const num = (v: number | string) => new Fraction(String(v));

/** An item result within the item's rule: a percentage, a count, an option, violations, formula inputs or a direct score. */
function resultFor(item: CompiledItem): fc.Arbitrary<ItemResult> {
    const result = (fields: Partial<ItemResult>): ItemResult => ({ item: item.code, inputs: new Map<string, string>(), ...fields });
    const r = item.scoring;
    const percent = fc.integer({ min: 0, max: 10000 }).map(h => String(h / 100));
    if (!r) return fc.integer({ min: 0, max: 1000 }).map(k => result({ score: num(item.minPoints).add(num(item.maxPoints).sub(num(item.minPoints)).mul(k, 1000)).toString(6) }));
    switch (r.kind) {
        case 'bands': case 'proportional': return percent.map(value => result({ value }));
        case 'tiers': case 'deduct': return fc.integer({ min: 0, max: 50 }).map(n => result({ value: String(n) }));
        case 'choice': return fc.constantFrom(...r.options).map(o => result({ value: o.title }));
        case 'formula': {
            // Inputs that satisfy ratio constraints (a + b <= n * k): draw n, then parts of n × k.
            return fc.tuple(fc.integer({ min: 1, max: 500 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: r.inputs.length, maxLength: r.inputs.length })).map(([n, parts]) => {
                const inputs = new Map<string, string>();
                r.inputs.forEach((input, i) => {
                    const hi = input.max === null ? n : Number(num(input.max).valueOf());
                    inputs.set(input.name, String(Math.max(Number(num(input.min).valueOf()), Math.round((parts[i] / 1000) * hi))));
                });
                return result({ inputs });
            });
        }
    }
}

/** Whether `item` is `ancestor` or in its subtree. */
function isUnder(item: CompiledItem, ancestor: CompiledItem): boolean {
    return item === ancestor || ancestor.children.some(child => isUnder(item, child));
}

/** Rows of units, in the order given (a unit may come back), as the readers would collect them. */
function resultsOf(rows: readonly { unit: string; result: ItemResult }[]): Results {
    const builder = new ResultsBuilder();
    rows.forEach(({ unit, result }, i) => builder.row(unit, builder.addItemResult(result), i + 2, 1));
    return builder.build([]);
}

/** Each unit's achieved points per item, its total and index, as exact fractions. */
function figures(report: ScoreReport) {
    const { scale } = report;
    return report.units.map(u => {
        const f = report.figures(u);
        return {
            unit: u.unit, rank: u.rank, total: scale.exact(u.total), maxPoints: scale.exact(u.maxPoints),
            bySource: Object.values(f.bySource).map(p => scale.exact(p).toFraction()),
            deductions: scale.exact(f.deductions).toFraction(),
            subIndices: f.subIndices.map(s => [s.item.code, scale.exact(s.achieved).toFraction(), scale.exact(s.max).toFraction()]),
            lost: f.lost.map(l => [l.item.code, scale.exact(l.lost).toFraction()]),
        };
    });
}

describe('scoring', async () => {
    const sets = await exampleSets();

    test.each(sets.map(s => [s.set.id, s] as const))('%s: within bounds, and exactly the sum of the leaves less the deductions', (_id, set) => {
        const scored = leaves(set.items);
        const groups = set.deductions.map(group => ({ leaves: leaves(group.items), max: group.maxPoints === null ? null : num(group.maxPoints) }));
        const deductionLeaves = groups.flatMap(group => group.leaves);
        const unit = fc.tuple(...[...scored, ...deductionLeaves].map(leaf => resultFor(leaf)));
        fc.assert(fc.property(fc.array(unit, { minLength: 1, maxLength: 3 }), units => {
            const rows = units.flatMap((results, u) => results.map(result => ({ unit: `U${u}`, result })));
            const report = scoreUnits(set, resultsOf(rows));
            // Formula inputs drawn this way may still break a formula's own constraint; those are rejected, not scored.
            if (report.issues.some(i => i.code !== 'score-constraint')) expect(report.issues).toEqual([]);
            if (report.issues.length > 0) return;
            const { scale } = report;
            // Ranks go by the published value: a higher one ranks better, an equal one the same (1, 2, 2, 4).
            const ranked = report.units.filter(u => u.ranked);
            expect(report.rankedCount).toBe(ranked.length);
            ranked.forEach((u, i) => {
                const previous = ranked[i - 1];
                const c = previous ? previous.published.compare(u.published) : 1;
                expect(c).toBeGreaterThanOrEqual(0);
                expect(u.rank).toBe(c === 0 ? previous.rank : i + 1);
            });
            for (const u of report.units) {
                const index = scale.compare(u.maxPoints, 0) > 0 ? scale.percent(u.total, u.maxPoints) : new Fraction(0);
                expect(index.compare(0)).toBeGreaterThanOrEqual(0);
                expect(index.compare(100)).toBeLessThanOrEqual(0);
                expect(u.index.toFraction()).toBe(index.toFraction());
                expect(u.published.toFraction()).toBe(index.round(set.set.rounding ?? 2).toFraction());
                expect(scale.exact(u.total).compare(num(set.set.total))).toBeLessThanOrEqual(0);
                expect(scale.exact(u.total).compare(0)).toBeGreaterThanOrEqual(0);
                // The total is the leaves' points added up as fractions, less each group's deductions (at most its max), never below 0.
                const add = (values: Fraction[]) => values.reduce((a, b) => a.add(b), new Fraction(0));
                const results = units[Number(u.unit.slice(1))];
                const points = results.slice(0, scored.length).map((result, i) => {
                    const outcome = evaluate(scored[i], result);
                    return 'points' in outcome ? outcome.points : new Fraction(0);
                });
                const takenOff = new Map(results.slice(scored.length).map((result, i) => {
                    const outcome = evaluate(deductionLeaves[i], result, true);
                    expect('points' in outcome && outcome.points.compare(0) >= 0 && outcome.points.compare(num(deductionLeaves[i].maxPoints)) <= 0, result.item).toBe(true);
                    return [deductionLeaves[i], 'points' in outcome ? outcome.points : new Fraction(0)];
                }));
                const deductions = add(groups.map(group => {
                    const taken = add(group.leaves.map(leaf => takenOff.get(leaf)!));
                    return group.max && taken.compare(group.max) > 0 ? group.max : taken;
                }));
                const raw = add(points).sub(deductions);
                expect(scale.exact(report.figures(u).deductions).toFraction()).toBe(deductions.toFraction());
                expect(scale.exact(u.total).toFraction()).toBe((raw.compare(0) < 0 ? new Fraction(0) : raw).toFraction());
                for (const s of report.figures(u).subIndices) {
                    expect(scale.compare(s.achieved, s.max), s.item.code).toBeLessThanOrEqual(0);
                    expect(scale.exact(s.achieved).toFraction(), s.item.code).toBe(add(leaves([s.item]).map(l => points[scored.indexOf(l)])).toFraction());
                }
            }
        }), { numRuns: RUNS });
    });

    test.each(sets.map(s => [s.set.id, s] as const))('%s: items marked N/A are left out of the max, the sub-indices and the points lost', (_id, set) => {
        const scored = leaves(set.items);
        const all: CompiledItem[] = [];
        const walk = (item: CompiledItem) => { all.push(item); item.children.forEach(walk); };
        set.items.forEach(walk);
        // A set published to its header only has nothing to mark.
        if (all.length === 0) return;
        const unit = fc.tuple(...scored.map(leaf => resultFor(leaf)));
        fc.assert(fc.property(unit, fc.uniqueArray(fc.nat({ max: all.length - 1 }), { maxLength: 4 }), (results, picked) => {
            const notAssigned = picked.map(i => all[i]);
            const covered = new Set(notAssigned.flatMap(item => leaves([item])));
            const rows = [
                ...results.filter((_, i) => !covered.has(scored[i])).map(result => ({ unit: 'U', result })),
                ...notAssigned.map(item => ({ unit: 'U', result: { item: item.code, inputs: new Map<string, string>(), notAssigned: true } })),
            ];
            const report = scoreUnits(set, resultsOf(rows));
            const add = (values: Fraction[]) => values.reduce((a, b) => a.add(b), new Fraction(0));
            const assessedMax = (items: readonly CompiledItem[]) => add(leaves(items).filter(l => !covered.has(l)).map(l => num(l.maxPoints)));
            if (covered.size === scored.length) {
                expect(report.issues.map(i => i.code)).toEqual(['score-nothing-assessed']);
                return;
            }
            if (report.issues.some(i => i.code !== 'score-constraint')) expect(report.issues).toEqual([]);
            if (report.issues.length > 0) return;
            const [u] = report.units, { scale } = report, f = report.figures(u);
            expect(scale.exact(u.maxPoints).toFraction()).toBe(assessedMax(set.items).toFraction());
            const subIndexed = all.filter(item => item.kind !== 'component' && assessedMax([item]).compare(0) > 0);
            expect(f.subIndices.map(s => [s.item.code, scale.exact(s.max).toFraction()])).toEqual(subIndexed.map(item => [item.code, assessedMax([item]).toFraction()]));
            expect(f.lost.filter(l => covered.has(l.item))).toEqual([]);
            // The tops of what is not assigned: each picked item not under another picked one.
            const tops = notAssigned.filter(item => !notAssigned.some(other => other !== item && isUnder(item, other)));
            expect(u.notAssessed.notAssigned.map(item => item.code)).toEqual(all.filter(item => tops.includes(item)).map(item => item.code));
        }), { numRuns: RUNS });
    });

    test.each(sets.map(s => [s.set.id, s] as const))('%s: a unit whose rows are split in two places scores as when they come together', (_id, set) => {
        const scored = leaves(set.items);
        const unit = fc.tuple(...scored.map(leaf => resultFor(leaf)));
        fc.assert(fc.property(unit, unit, fc.nat(), (a, b, at) => {
            // Unit A comes first either way, so units keep their order.
            const cut = 1 + (at % a.length);
            const together = [...a.map(result => ({ unit: 'A', result })), ...b.map(result => ({ unit: 'B', result }))];
            const split = [...a.slice(0, cut).map(result => ({ unit: 'A', result })), ...b.map(result => ({ unit: 'B', result })), ...a.slice(cut).map(result => ({ unit: 'A', result }))];
            const first = scoreUnits(set, resultsOf(together)), second = scoreUnits(set, resultsOf(split));
            expect(second.issues.map(i => [i.code, i.args])).toEqual(first.issues.map(i => [i.code, i.args]));
            expect(figures(second)).toEqual(figures(first));
        }), { numRuns: Math.ceil(RUNS / 3) });
    });
});
