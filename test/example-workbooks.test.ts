/**
 * The example folder examples/illustrative/tinhbien-2017/forms-2016: three units' forms, exported
 * with `chiso export --units` and filled in by test/example-workbooks.ts, scored to totals worked
 * out by hand; made afresh, they read and score as the committed ones.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readForm } from '../packages/cli/src/scoring/results-xlsx.js';
import { chiso, workspace } from './cli.js';
import { EXAMPLE_DIR, FORMS_DIR, makeExampleWorkbooks } from './example-workbooks.js';

const SET = path.join(EXAMPLE_DIR, 'district.chiso');

function scored(file: string) {
    const run = chiso(['score', SET, '--results', file, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout).units[0] as { unit: string; name: string; total: number; maxPoints: number; bySource: Record<string, number> };
}

async function formRows(file: string) {
    const compiled = workspace({});
    expect(chiso(['compile', SET, '-o', path.join(compiled, 'set.json')]).status).toBe(0);
    const form = await readForm(readFileSync(file), JSON.parse(readFileSync(path.join(compiled, 'set.json'), 'utf8')), 'vi');
    expect(form.problems).toEqual([]);
    return { unit: form.unit, rows: form.rows.map(r => ({ ...r.result, inputs: undefined })) };
}

describe('the example folder of filled forms', () => {
    if (process.env.UPDATE_EXAMPLES) {
        test('regenerates the committed workbooks', async () => {
            for (const name of readdirSync(FORMS_DIR).filter(n => n.endsWith('.xlsx'))) rmSync(path.join(FORMS_DIR, name));
            await makeExampleWorkbooks(FORMS_DIR);
        }, 120_000);
    }

    test('Tịnh Biên: the 2016 appraisal, 63 of 70 appraisal points and 24,65 of 30 survey points', () => {
        // Self-assessed at every appraisal item's max (70). Round 1 takes off 1.5.3: 2 → 0 (−2), 1.7.2: 2 → 1 (−1),
        // 3.2.1: 1 → 0,5 (−0,5), 5.2: 1 → 0 (−1), 5.3.3: 1 → 0,5 (−0,5), 7.1.5: 3 → 1 (−2; the final appraisal keeps 1):
        // 70 − 7 = 63, as Kế hoạch 119/KH-UBND publishes. Survey (final appraisal column): 5,1 + 6,4 + 6,6 + 3,1 + 3,45 = 24,65.
        // Total 63 + 24,65 = 87,65 of 100.
        const unit = scored(path.join(FORMS_DIR, 'TinhBien.xlsx'));
        expect([unit.unit, unit.name, unit.total, unit.maxPoints, unit.bySource.appraisal, unit.bySource.survey]).toEqual(['TinhBien', 'UBND huyện Tịnh Biên', 87.65, 100, 63, 24.65]);
    });

    test('Tri Tôn: a self-assessment below max and a point given back in the final appraisal', () => {
        // 2.2 self-assessed 1 of 2 (−1); 1.5.3: self 2, round 1 0, final 1 (−1): 70 − 2 = 68.
        // Survey: 4,8 + 6,4 + 6,4 + 3,2 + 3,2 = 24. Total 68 + 24 = 92 of 100.
        const unit = scored(path.join(FORMS_DIR, 'TriTon.xlsx'));
        expect([unit.unit, unit.total, unit.maxPoints, unit.bySource.appraisal, unit.bySource.survey]).toEqual(['TriTon', 92, 100, 68, 24]);
    });

    test('An Phú: 1.5.3 marked N/A, 6.2 appraised 2,5 of 3', async () => {
        // Appraisal 70 − 2 (1.5.3 not assigned) − 0,5 (6.2) = 67,5;
        // survey 5 + 7 + 7 + 3 + 3 = 25; total 92,5 of a max of 100 − 2 = 98: index 92,5 / 98 × 100 = 94,39 (94,387…).
        const { unit, rows } = await formRows(path.join(FORMS_DIR, 'AnPhu.xlsx'));
        expect(unit).toEqual({ id: 'AnPhu', name: 'UBND huyện An Phú' });
        expect(rows.find(r => r.item === '1.5.3')).toEqual({ item: '1.5.3', score: undefined, notAssigned: true, inputs: undefined });
        expect(rows.find(r => r.item === '6.2')).toMatchObject({ score: '2,5', rounds: { self: '3', appraisal1: '2,5' } });
        expect(rows.filter(r => r.item.startsWith('8.')).map(r => r.score)).toEqual(['5', '7', '7', '3', '3']);
        const scoredUnit = scored(path.join(FORMS_DIR, 'AnPhu.xlsx'));
        expect([scoredUnit.total, scoredUnit.maxPoints, scoredUnit.bySource.appraisal, scoredUnit.bySource.survey]).toEqual([92.5, 98, 67.5, 25]);
    });

    test('made afresh by the helper, the workbooks read and score as the committed ones', async () => {
        const fresh = path.join(workspace({}), 'forms');
        mkdirSync(fresh);
        await makeExampleWorkbooks(fresh);
        expect(readdirSync(fresh).sort()).toEqual(readdirSync(FORMS_DIR).filter(n => n.endsWith('.xlsx')).sort());
        for (const name of ['TinhBien.xlsx', 'TriTon.xlsx', 'AnPhu.xlsx']) expect(scored(path.join(fresh, name))).toEqual(scored(path.join(FORMS_DIR, name)));
        for (const name of readdirSync(fresh)) expect(await formRows(path.join(fresh, name))).toEqual(await formRows(path.join(FORMS_DIR, name)));
    }, 120_000);
});
