/**
 * The filled forms of examples/illustrative/tinhbien-2017/forms-2016, made as a Department would:
 * `chiso export district.chiso --format xlsx --units don-vi.csv -o <folder>`, then each unit's rounds
 * typed in (fillForm). The scores are illustrative; test/example-workbooks.test.ts works their totals
 * out by hand and checks the committed workbooks score as these, made afresh, do.
 * `UPDATE_EXAMPLES=1 npx vitest run test/example-workbooks.test.ts` writes them into the example folder.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chiso, ROOT, workspace } from './cli.js';
import { fillForm, type FilledItem } from './forms.js';

export const EXAMPLE_DIR = path.join(ROOT, 'examples/illustrative/tinhbien-2017');
export const FORMS_DIR = path.join(EXAMPLE_DIR, 'forms-2016');

interface Leaf { readonly code: string; readonly maxPoints: number; readonly source: { readonly kind: string }; readonly children: readonly Leaf[] }

/** What each unit and the council typed, beyond the self-assessment at every appraisal item's max. */
export const FILLED: Readonly<Record<string, Readonly<Record<string, FilledItem>>>> = {
    // The 2016 appraisal of Kế hoạch 119/KH-UBND (seed 004): round 1 takes 7 points off the self-assessment.
    TinhBien: {
        '1.5.3': { appraisal1: 0 },
        '1.7.2': { appraisal1: 1 },
        '3.2.1': { appraisal1: '0,5' },
        '5.2': { appraisal1: 0 },
        '5.3.3': { appraisal1: '0,5' },
        '7.1.5': { appraisal1: 1, explanation: 'Đề nghị xem xét lại: đã cung cấp dịch vụ công mức độ 3', final: 1, evidence: 'Báo cáo số 45/BC-UBND' },
        '8.1': { final: '5,1' }, '8.2': { final: '6,4' }, '8.3': { final: '6,6' }, '8.4': { final: '3,1' }, '8.5': { final: '3,45' },
    },
    // Self-assessed 1 of 2 on 2.2; 1.5.3 taken to 0 in round 1, given 1 back on the unit's explanation.
    TriTon: {
        '2.2': { self: 1 },
        '1.5.3': { appraisal1: 0, explanation: 'Sáng kiến đã được UBND huyện công nhận', final: 1, evidence: 'Quyết định số 12/QĐ-UBND' },
        '8.1': { final: '4,8' }, '8.2': { final: '6,4' }, '8.3': { final: '6,4' }, '8.4': { final: '3,2' }, '8.5': { final: '3,2' },
    },
    // Not assigned 1.5.3 (N/A); 6.2 taken from 3 to 2,5 in round 1.
    AnPhu: {
        '1.5.3': { notAssigned: true },
        '6.2': { appraisal1: '2,5' },
        '8.1': { final: 5 }, '8.2': { final: 7 }, '8.3': { final: 7 }, '8.4': { final: 3 }, '8.5': { final: 3 },
    },
};

/** The three forms exported for the units of don-vi.csv and filled in, in `folder` (which must exist, empty). */
export async function makeExampleWorkbooks(folder: string): Promise<void> {
    const exported = chiso(['export', path.join(EXAMPLE_DIR, 'district.chiso'), '--format', 'xlsx', '--units', path.join(EXAMPLE_DIR, 'don-vi.csv'), '-o', folder, '--lang', 'vi']);
    if (exported.status !== 0) throw new Error(exported.stderr);
    const dir = workspace({});
    const compiled = chiso(['compile', path.join(EXAMPLE_DIR, 'district.chiso'), '-o', path.join(dir, 'set.json')]);
    if (compiled.status !== 0) throw new Error(compiled.stderr);
    const leaves = (items: readonly Leaf[]): Leaf[] => items.flatMap(item => (item.children.length === 0 ? [item] : leaves(item.children)));
    const appraisal = leaves(JSON.parse(readFileSync(path.join(dir, 'set.json'), 'utf8')).items).filter(leaf => leaf.source.kind === 'appraisal');
    for (const [unit, typed] of Object.entries(FILLED)) {
        // The unit self-assesses every appraisal item at its max unless it says otherwise; N/A items have no score.
        const items: Record<string, FilledItem> = Object.fromEntries(appraisal.map(leaf => [leaf.code, typed[leaf.code]?.notAssigned ? {} : { self: leaf.maxPoints }]));
        for (const [code, filled] of Object.entries(typed)) items[code] = { ...items[code], ...filled };
        const file = path.join(folder, `${unit}.xlsx`);
        await fillForm(file, file, items);
    }
}
