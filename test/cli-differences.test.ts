/**
 * `chiso differences`: "Bảng chênh lệch tự chấm / thẩm định" from the example's filled forms
 * (examples/illustrative/tinhbien-2017/forms-2016) and from CSV rounds, in every format. The lines
 * are worked out by hand from what test/example-workbooks.ts typed into the forms.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { chiso, workspace } from './cli.js';
import { EXAMPLE_DIR, FORMS_DIR } from './example-workbooks.js';

const SET = path.join(EXAMPLE_DIR, 'district.chiso');

/** Tịnh Biên's and Tri Tôn's forms (An Phú's N/A is scored by the `exempt` part of issue #15). */
function forms(): string {
    const dir = path.join(workspace({}), 'ket-qua');
    mkdirSync(dir);
    for (const name of ['TinhBien.xlsx', 'TriTon.xlsx']) copyFileSync(path.join(FORMS_DIR, name), path.join(dir, name));
    return dir;
}

describe('chiso differences', () => {
    test('per unit, the items whose appraisal differs from the self-assessment (JSON, exact)', () => {
        const run = chiso(['differences', SET, '--results', forms(), '--format', 'json']);
        expect(run.status, run.stderr).toBe(0);
        const units = JSON.parse(run.stdout).units as { unit: string; differences: { code: string; maxPoints: number; self: number; appraisal1: number | null; explanation: string | null; final: number | null; difference: number }[] }[];
        // Tịnh Biên: self at max, round 1 takes 2 + 1 + 0,5 + 1 + 0,5 + 2 = 7 points off (the final appraisal keeps 7.1.5 at 1).
        expect(units[0].unit).toBe('TinhBien');
        expect(units[0].differences.map(d => [d.code, d.maxPoints, d.self, d.appraisal1, d.final, d.difference])).toEqual([
            ['1.5.3', 2, 2, 0, null, -2], ['1.7.2', 2, 2, 1, null, -1], ['3.2.1', 1, 1, 0.5, null, -0.5],
            ['5.2', 1, 1, 0, null, -1], ['5.3.3', 1, 1, 0.5, null, -0.5], ['7.1.5', 3, 3, 1, 1, -2],
        ]);
        expect(units[0].differences[5].explanation).toBe('Đề nghị xem xét lại: đã cung cấp dịch vụ công mức độ 3');
        // Tri Tôn: 2.2 self-assessed 1 and never appraised is no difference; 1.5.3: self 2, round 1 0, final 1 → −1.
        expect(units[1].differences.map(d => [d.code, d.self, d.appraisal1, d.final, d.difference, d.explanation])).toEqual([['1.5.3', 2, 0, 1, -1, 'Sáng kiến đã được UBND huyện công nhận']]);
    });

    test('Markdown in Vietnamese number format; --unit chooses one; a unit not in the results is refused', () => {
        const folder = forms();
        const md = chiso(['differences', SET, '--results', folder, '--unit', 'TinhBien', '--lang', 'vi']);
        expect(md.status, md.stderr).toBe(0);
        expect(md.stdout).toContain('# Bảng chênh lệch tự chấm / thẩm định');
        expect(md.stdout).toContain('## Đơn vị UBND huyện Tịnh Biên (TinhBien): 6 mục chênh lệch');
        expect(md.stdout).toContain('| 3 | 3.2.1 | Công bố và niêm yết công khai TTHC đúng, đủ, kịp thời theo quy định tại Bộ phận tiếp nhận và trả kết quả | 1 | 1 | 0,5 |  |  | −0,5 |');
        expect(md.stdout).not.toContain('TriTon');
        const en = chiso(['differences', SET, '--results', folder, '--unit', 'TriTon', '--lang', 'en']);
        expect(en.stdout).toContain('## Unit UBND huyện Tri Tôn (TriTon): 1 item differs');
        const missing = chiso(['differences', SET, '--results', folder, '--unit', 'AnPhu', '--lang', 'en']);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('The results hold no unit AnPhu; the units: TinhBien, TriTon.');
    });

    test('rounds from CSV; a unit whose appraisal agrees everywhere says so', () => {
        const dir = workspace({
            'set.chiso': 'set S "Thử" {\n    total 3\n    domain 1 "A" max 3 {\n        criterion 1.1 "B" max 1\n        criterion 1.2 "C" max 2\n    }\n}\n',
            // A: 1.2 self 2, round 1 1,5, final 1,75: 1,75 − 2 = −0,25. B: every appraisal equals the self-assessment.
            'r.csv': 'unit,item,self,appraisal1,final,explanation\nA,1.1,1,1,,\nA,1.2,2,"1,5","1,75",Đã bổ sung\nB,1.1,1,1,,\nB,1.2,2,,2,\n',
        });
        const run = chiso(['differences', 'set.chiso', '--results', 'r.csv', '--lang', 'vi'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toContain('| 1 | 1.2 | C | 2 | 2 | 1,5 | Đã bổ sung | 1,75 | −0,25 |');
        expect(run.stdout).toContain('## Đơn vị B: 0 mục chênh lệch\n\nĐiểm thẩm định trùng với điểm tự chấm ở mọi mục.');
    });

    test('every round of points is checked, not only the last: a self-assessment that is no number or above max is refused where its row is', () => {
        const set = 'set S "Thử" {\n    total 3\n    domain 1 "A" max 3 {\n        criterion 1.1 "B" max 1\n        criterion 1.2 "C" max 2\n    }\n}\n';
        const dir = workspace({
            'set.chiso': set,
            'chu.csv': 'unit,item,self,appraisal1\nA,1.1,một,1\nA,1.2,2,2\n',
            'vuot.csv': 'unit,item,self,appraisal1\nA,1.1,1,1\nA,1.2,3,2\n',
        });
        const word = chiso(['differences', 'set.chiso', '--results', 'chu.csv', '--lang', 'en'], { cwd: dir });
        expect(word.status).toBe(1);
        expect(word.stderr).toContain('chu.csv:2:1: error chiso/score-bad-value');
        expect(word.stderr).toContain('“một”');
        const above = chiso(['score', 'set.chiso', '--results', 'vuot.csv', '--lang', 'en'], { cwd: dir });
        expect(above.status).toBe(1);
        expect(above.stderr).toContain('vuot.csv:3:1: error chiso/score-above-max: Unit A, item 1.2: 3 points exceed the max of 2.');
    });

    test('DOCX and XLSX read back', async () => {
        const folder = forms();
        const out = workspace({});
        expect(chiso(['differences', SET, '--results', folder, '--format', 'docx', '-o', path.join(out, 'd.docx'), '--lang', 'vi']).status).toBe(0);
        const xml = await (await JSZip.loadAsync(readFileSync(path.join(out, 'd.docx')))).file('word/document.xml')!.async('string');
        const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(r => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(c => [...c[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(t => t[1]).join('')));
        expect(rows[0]).toEqual(['STT', 'Mã', 'Tiêu chí, tiêu chí thành phần', 'Điểm tối đa', 'Tự chấm', 'Thẩm định lần 1', 'Giải trình', 'Thẩm định cuối', 'Chênh lệch']);
        expect(rows.filter(r => r[1] === '7.1.5')[0].slice(3)).toEqual(['3', '3', '1', 'Đề nghị xem xét lại: đã cung cấp dịch vụ công mức độ 3', '1', '−2']);
        // Two tables, one per unit: 6 and 1 lines under their headers.
        expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(2);
        expect(chiso(['differences', SET, '--results', folder, '--format', 'xlsx', '-o', path.join(out, 'd.xlsx'), '--lang', 'vi']).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path.join(out, 'd.xlsx'));
        const sheet = workbook.getWorksheet('Chênh lệch')!;
        const lines: ExcelJS.CellValue[][] = [];
        sheet.eachRow(row => { if (typeof row.getCell(2).value === 'string' && /^\d/.test(row.getCell(2).value as string)) lines.push((row.values as ExcelJS.CellValue[]).slice(1)); });
        // Points are numbers: their sum is the 7 + 1 points taken off.
        expect(lines.map(l => l[1])).toEqual(['1.5.3', '1.7.2', '3.2.1', '5.2', '5.3.3', '7.1.5', '1.5.3']);
        expect(lines.reduce((sum, l) => sum + (l[8] as number), 0)).toBe(-8);
        expect(lines[2].slice(3, 6)).toEqual([1, 1, 0.5]);
    });
});
