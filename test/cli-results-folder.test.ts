/**
 * `chiso score --results <folder>`: units' forms (exported, then filled with exceljs as an officer
 * would), CSV and JSON read into one set of results; rounds (the score is the last round present);
 * every problem named by workbook, sheet and cell, all reported in one run.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { chiso, workspace } from './cli.js';
import { fillForm } from './forms.js';
import { readForm } from '../packages/cli/src/scoring/results-xlsx.js';
import { parseCsvResults } from '../packages/cli/src/scoring/results-csv.js';

const SET = `set S "Chỉ số CCHC thử" {
    total 5
    domain 1 "Chỉ đạo, điều hành" max 3 {
        criterion 1.1 "Kế hoạch CCHC" max 1
        criterion 1.2 "Báo cáo CCHC" max 2
    }
    domain 2 "Cải cách thủ tục" max 2 {
        criterion 2.1 "Công khai thủ tục" max 1
        criterion 2.2 "Giải quyết thủ tục" max 1
    }
}
`;

/** A folder holding the set and its blank form (form.xlsx, outside the results folder `ket-qua`). */
function setUp(): string {
    const dir = workspace({ 'set.chiso': SET });
    expect(chiso(['export', 'set.chiso', '--format', 'xlsx', '-o', 'form.xlsx', '--lang', 'vi'], { cwd: dir }).status).toBe(0);
    mkdirSync(path.join(dir, 'ket-qua'));
    return dir;
}

function units(stdout: string): { unit: string; total: number; maxPoints: number; rank: number | null }[] {
    return JSON.parse(stdout).units;
}

describe('chiso score --results <folder>', () => {
    test('rounds: the last round present is the score; forms, CSV and JSON make one ranking', async () => {
        const dir = setUp();
        const form = path.join(dir, 'form.xlsx');
        // Unit A: 1.1 self 1, round 1 "0,5" (typed with a decimal comma), final 0.75 → 0.75;
        // 1.2 self 2 only → 2; 2.1 self 1, round 1 0 → 0; 2.2 self 1, final 1 → 1. Total 3.75 of 5.
        await fillForm(form, path.join(dir, 'ket-qua', 'a.xlsx'), {
            '1.1': { self: 1, appraisal1: '0,5', final: 0.75, explanation: 'Đã ban hành kế hoạch', evidence: 'KH số 12/KH-UBND' },
            '1.2': { self: 2 },
            '2.1': { self: 1, appraisal1: 0 },
            '2.2': { self: 1, final: 1 },
        }, { id: 'A', name: 'Sở A' });
        // Unit B by CSV rounds: 1.1 final 1; 1.2 self 2, round 1 1,5 → 1.5; 2.1 1; 2.2 score 0.5. Total 4 of 5.
        writeFileSync(path.join(dir, 'ket-qua', 'b.csv'), 'unit,item,score,self,appraisal1,final\nB,1.1,,1,,1\nB,1.2,,2,"1,5",\nB,2.1,1,,,\nB,2.2,0.5,,,\n');
        // Unit C by JSON: every item at its max but 2.2 self 1, round 1 0 → 0. Total 4 of 5.
        writeFileSync(path.join(dir, 'ket-qua', 'c.json'), JSON.stringify([
            { unit: 'C', item: '1.1', score: 1 }, { unit: 'C', item: '1.2', self: 2 }, { unit: 'C', item: '2.1', final: 1 }, { unit: 'C', item: '2.2', self: 1, appraisal1: 0 },
        ]));
        // Neither Excel's lock file nor a hidden file nor a text file is results.
        writeFileSync(path.join(dir, 'ket-qua', '~$a.xlsx'), 'lock');
        writeFileSync(path.join(dir, 'ket-qua', '.hidden.csv'), 'not results');
        writeFileSync(path.join(dir, 'ket-qua', 'ghi-chu.txt'), 'not results');
        const run = chiso(['score', 'set.chiso', '--results', 'ket-qua', '--format', 'json'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(units(run.stdout).map(u => [u.unit, u.total, u.maxPoints, u.rank])).toEqual([['B', 4, 5, 1], ['C', 4, 5, 1], ['A', 3.75, 5, 3]]);
        // The unit's name comes from its form.
        expect(JSON.parse(run.stdout).units.find((u: { unit: string }) => u.unit === 'A').name).toBe('Sở A');
    });

    test('each item keeps its rounds, in a form and in CSV; the form\'s N/A mark reads as not assigned', async () => {
        const dir = setUp();
        expect(chiso(['compile', 'set.chiso', '-o', 'set.json'], { cwd: dir }).status).toBe(0);
        const set = JSON.parse(readFileSync(path.join(dir, 'set.json'), 'utf8'));
        const out = path.join(dir, 'a.xlsx');
        await fillForm(path.join(dir, 'form.xlsx'), out, {
            '1.1': { self: 1, appraisal1: '0,5', final: 0.75, explanation: 'Đã ban hành', evidence: 'KH 12' },
            '1.2': { self: 1 },
            '2.2': { notAssigned: true },
        }, { id: 'A' });
        const form = await readForm(readFileSync(out), set, 'vi');
        expect(form.problems).toEqual([]);
        expect(form.rows.map(r => [r.result.item, r.result.score, r.result.notAssigned, r.result.rounds])).toEqual([
            ['1.1', '0.75', undefined, { self: '1', appraisal1: '0,5', explanation: 'Đã ban hành', final: '0.75', evidence: 'KH 12' }],
            ['1.2', '1', undefined, { self: '1' }],
            ['2.2', undefined, true, undefined],
        ]);
        const csv = parseCsvResults('unit,item,self,appraisal1,final,explanation\nA,1.1,1,"0,5",0.75,Đã ban hành\nA,1.2,1,,,\n');
        if ('detail' in csv) throw new Error(csv.detail);
        expect([...csv.rowResult].map(r => csv.itemResults[r]).map(r => [r.item, r.score, r.rounds])).toEqual([
            ['1.1', '0.75', { self: '1', appraisal1: '0,5', final: '0.75', explanation: 'Đã ban hành' }], ['1.2', '1', { self: '1' }],
        ]);
    });

    test('a formula\'s saved result is read; a form alone is one unit', async () => {
        const dir = setUp();
        const out = path.join(dir, 'a.xlsx');
        await fillForm(path.join(dir, 'form.xlsx'), out, { '1.1': { self: 1 }, '1.2': { self: 2 }, '2.1': { self: 1 }, '2.2': { self: 1 } }, { id: 'A' });
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(out);
        // 1.2's final appraisal typed as =1/2, saved by Excel as 0.5: 1 + 0.5 + 1 + 1 = 3.5.
        workbook.worksheets[0].getCell('G8').value = { formula: '1/2', result: 0.5 };
        await workbook.xlsx.writeFile(out);
        const run = chiso(['score', 'set.chiso', '--results', 'a.xlsx', '--format', 'json'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(units(run.stdout).map(u => [u.unit, u.total])).toEqual([['A', 3.5]]);
    });

    test('every problem names the workbook, the sheet and the cell; one workbook\'s errors do not stop the others', async () => {
        const dir = setUp();
        const form = path.join(dir, 'form.xlsx');
        const full = { '1.1': { self: 1 }, '1.2': { self: 2 }, '2.1': { self: 1 }, '2.2': { self: 1 } };
        await fillForm(form, path.join(dir, 'ket-qua', '1-khong-don-vi.xlsx'), full);
        await fillForm(form, path.join(dir, 'ket-qua', '2-sai-o.xlsx'), { ...full, '1.2': { self: 'hai' }, '2.1': { self: 1, appraisal1: 3 } }, { id: 'B' });
        await fillForm(form, path.join(dir, 'ket-qua', '3-a.xlsx'), full, { id: 'A' });
        await fillForm(form, path.join(dir, 'ket-qua', '4-a-lan-nua.xlsx'), full, { id: 'A' });
        const run = chiso(['score', 'set.chiso', '--results', 'ket-qua', '--lang', 'vi'], { cwd: dir });
        expect(run.status).toBe(1);
        const lines = run.stderr.split('\n').filter(l => l.includes('chiso/'));
        expect(lines).toEqual([
            expect.stringMatching(/^ket-qua\/1-khong-don-vi\.xlsx:3:2: lỗi chiso\/workbook-no-unit: .* \(trang “Phụ lục”, ô B3\)$/),
            expect.stringMatching(/^ket-qua\/2-sai-o\.xlsx:8:4: lỗi chiso\/workbook-not-number: Mục 1\.2: “hai” không phải là số điểm\. \(trang “Phụ lục”, ô D8\)$/),
            expect.stringMatching(/^ket-qua\/2-sai-o\.xlsx:10:5: lỗi chiso\/workbook-above-max: Mục 2\.1: 3 điểm vượt điểm tối đa 1\. \(trang “Phụ lục”, ô E10\)$/),
            expect.stringMatching(/^ket-qua\/4-a-lan-nua\.xlsx:3:2: lỗi chiso\/results-unit-twice: Đơn vị A đã có kết quả trong ket-qua\/3-a\.xlsx.* \(trang “Phụ lục”, ô B3\)$/),
        ]);
        const en = chiso(['score', 'set.chiso', '--results', 'ket-qua', '--lang', 'en'], { cwd: dir });
        expect(en.stderr).toContain('Item 2.1: 3 points exceed the max of 1. (sheet “Phụ lục”, cell E10)');
    });

    test('a workbook of another set, or not a chiso form, is refused (exit 2), naming the first difference', async () => {
        const dir = setUp();
        await fillForm(path.join(dir, 'form.xlsx'), path.join(dir, 'ket-qua', 'a.xlsx'), { '1.1': { self: 1 }, '1.2': { self: 2 }, '2.1': { self: 1 }, '2.2': { self: 1 } }, { id: 'A' });
        // The set of the year after: 1.2 is worth 1,5 and 2.3 is new.
        mkdirSync(path.join(dir, 'moi'));
        writeFileSync(path.join(dir, 'moi', 'set.chiso'), SET.replace('max 3 {', 'max 2,5 {').replace('"Báo cáo CCHC" max 2', '"Báo cáo CCHC" max 1,5')
            .replace('domain 2 "Cải cách thủ tục" max 2 {', 'domain 2 "Cải cách thủ tục" max 2,5 {').replace('criterion 2.2 "Giải quyết thủ tục" max 1', 'criterion 2.2 "Giải quyết thủ tục" max 1\n        criterion 2.3 "Số hóa" max 0,5'));
        const vi = chiso(['score', 'moi/set.chiso', '--results', 'ket-qua', '--lang', 'vi'], { cwd: dir });
        expect(vi.status, vi.stderr).toBe(2);
        expect(vi.stderr).toContain('ket-qua/a.xlsx:1:1: lỗi chiso/workbook-other-set: Bảng tính được xuất từ một bộ tiêu chí khác: mục 1 có điểm tối đa 3 trong bảng tính, 2,5 trong bộ tiêu chí (và 3 khác biệt khác).');
        const en = chiso(['score', 'moi/set.chiso', '--results', 'ket-qua', '--lang', 'en'], { cwd: dir });
        expect(en.stderr).toContain('item 1 has max 3 in the workbook, 2.5 in the set (and 3 more differences)');
        // A workbook not exported by chiso.
        const other = new ExcelJS.Workbook();
        other.addWorksheet('Điểm').addRow(['STT', 'Điểm']);
        await other.xlsx.writeFile(path.join(dir, 'ket-qua', 'b.xlsx'));
        const run = chiso(['score', 'set.chiso', '--results', 'ket-qua', '--lang', 'vi'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('ket-qua/b.xlsx:1:1: lỗi chiso/workbook-not-form:');
        // A hidden sheet edited by hand: a layout naming no cell, a max that is no number — refused, never a crash.
        for (const [kind, edit] of [['form', (v: Record<string, unknown>) => ({ ...v, unitId: 'B3:B4' })], ['item', (v: { fields: object }) => ({ ...v, fields: { ...v.fields, maxPoints: '1/0' } })]] as const) {
            const damaged = new ExcelJS.Workbook();
            await damaged.xlsx.readFile(path.join(dir, 'ket-qua', 'a.xlsx'));
            const meta = damaged.getWorksheet('chiso')!;
            let done = false;
            meta.eachRow(row => {
                if (done || row.getCell(1).value !== kind) return;
                row.getCell(3).value = JSON.stringify((edit as (v: never) => unknown)(JSON.parse(String(row.getCell(3).value)) as never));
                done = true;
            });
            await damaged.xlsx.writeFile(path.join(dir, 'ket-qua', 'b.xlsx'));
            const refused = chiso(['score', 'set.chiso', '--results', 'ket-qua', '--lang', 'en'], { cwd: dir });
            expect(refused.status, kind).toBe(2);
            expect(refused.stderr, kind).toContain(kind === 'form' ? 'ket-qua/b.xlsx:1:1: error chiso/workbook-not-form:' : 'ket-qua/b.xlsx:1:1: error chiso/workbook-other-set:');
            expect(refused.stderr).not.toMatch(/\n\s+at /);
        }
    });

    test('export --units: one form per unit, named from its id, its unit field filled; nothing written over', async () => {
        const dir = setUp();
        writeFileSync(path.join(dir, 'don-vi.csv'), 'unit,unitName,ranked\nSở Tư pháp,Sở Tư pháp tỉnh,\nSoTaiChinh,Sở Tài chính,no\n');
        const run = chiso(['export', 'set.chiso', '--format', 'xlsx', '--units', 'don-vi.csv', '-o', 'ket-qua', '--lang', 'vi'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toBe('Đã ghi ket-qua/So-Tu-phap.xlsx\nĐã ghi ket-qua/SoTaiChinh.xlsx\n');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path.join(dir, 'ket-qua', 'So-Tu-phap.xlsx'));
        expect([workbook.worksheets[0].getCell('B3').value, workbook.worksheets[0].getCell('B4').value]).toEqual(['Sở Tư pháp', 'Sở Tư pháp tỉnh']);
        // The forms filled in place: Sở Tư pháp 1 + 2 + 1 + 0.5 = 4.5; Sở Tài chính 1 + 1 + 1 + 1 = 4.
        for (const [file, items] of [
            ['So-Tu-phap.xlsx', { '1.1': { self: 1 }, '1.2': { self: 2 }, '2.1': { self: 1 }, '2.2': { self: 1, final: '0,5' } }],
            ['SoTaiChinh.xlsx', { '1.1': { self: 1 }, '1.2': { self: 2, appraisal1: 1 }, '2.1': { self: 1 }, '2.2': { self: 1 } }],
        ] as const) await fillForm(path.join(dir, 'ket-qua', file), path.join(dir, 'ket-qua', file), items);
        const scored = chiso(['score', 'set.chiso', '--results', 'ket-qua', '--format', 'json'], { cwd: dir });
        expect(scored.status, scored.stderr).toBe(0);
        expect(units(scored.stdout).map(u => [u.unit, u.total])).toEqual([['Sở Tư pháp', 4.5], ['SoTaiChinh', 4]]);
        // A second export would write over the filled forms: refused, nothing written.
        const again = chiso(['export', 'set.chiso', '--format', 'xlsx', '--units', 'don-vi.csv', '-o', 'ket-qua', '--lang', 'en'], { cwd: dir });
        expect(again.status).toBe(2);
        expect(again.stderr).toContain('No form written: ket-qua/So-Tu-phap.xlsx exists (it may be filled in) and is never written over.');
        const notFolder = chiso(['export', 'set.chiso', '--format', 'xlsx', '--units', 'don-vi.csv', '-o', 'form.xlsx', '--lang', 'en'], { cwd: dir });
        expect(notFolder.status).toBe(2);
        expect(notFolder.stderr).toContain('`--units` writes one XLSX form per unit into a folder: it needs `--format xlsx` and `-o <folder>`, a folder that exists.');
        writeFileSync(path.join(dir, 'trung.csv'), 'unit\nSo Tu phap\nSo-Tu-phap\n');
        mkdirSync(path.join(dir, 'moi'));
        const clash = chiso(['export', 'set.chiso', '--format', 'xlsx', '--units', 'trung.csv', '-o', 'moi', '--lang', 'en'], { cwd: dir });
        expect(clash.stderr).toContain('units So Tu phap and So-Tu-phap would both be written to So-Tu-phap.xlsx');
    });

    test('an empty folder holds no results', () => {
        const dir = setUp();
        copyFileSync(path.join(dir, 'form.xlsx'), path.join(dir, 'ket-qua', '~$form.xlsx'));
        const run = chiso(['score', 'set.chiso', '--results', 'ket-qua', '--lang', 'en'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('chiso/results-empty');
    });
});
