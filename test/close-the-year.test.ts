/**
 * The year closed end to end on the example folder (issue #15's "done when"): the three units' forms
 * in examples/illustrative/tinhbien-2017/forms-2016 — exported with `chiso export --units` and filled
 * in by test/example-workbooks.ts — scored together, their differences listed, and the results
 * published as HTML, DOCX and XLSX, every figure read back against the hand computation below.
 *
 * Per unit (district.chiso: 70 appraisal points in domains 1–7, 30 survey points in domain 8):
 * - An Phú: 1.5.3 (2) marked N/A, 6.2 appraised 2,5 of 3: appraisal 68 − 0,5 = 67,5 of 68, survey 25,
 *   total 92,5 of 100 − 2 = 98: index 92,5 / 98 = 94,387… → published 94,39.
 * - Tri Tôn: 2.2 self-assessed 1 of 2, 1.5.3 final 1 of 2: appraisal 68, survey 24, total 92 of 100: 92.
 * - Tịnh Biên: the 2016 appraisal of Kế hoạch 119/KH-UBND, 70 → 63 ("mất 7"), survey 24,65: 87,65.
 * Ranks 1/3, 2/3, 3/3. Domain sub-indices: Tịnh Biên's domain 1 36 → 33 = 91,67 (the seed's "mất 3"),
 * domain 5 (5) 3,5 = 70, domain 7 (7) 5 = 71,43, survey 24,65 / 30 = 82,17; Tri Tôn's domain 1 35 / 36 =
 * 97,22, domain 2 6 / 7 = 85,71; An Phú's domain 1 34 / 34 = 100 (1.5.3 left out), domain 6 5,5 / 6 = 91,67.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { chiso, workspace } from './cli.js';
import { docxTables, htmlTables, sheetValues } from './document-tables.js';
import { EXAMPLE_DIR, FORMS_DIR } from './example-workbooks.js';

const SET = path.join(EXAMPLE_DIR, 'district.chiso');
const HEADS = ['STT', 'Đơn vị', 'Thẩm định', 'ĐTXHH', 'Tổng điểm', 'Chỉ số %', 'Xếp hạng'];
const RANKING = [
    ['1', 'UBND huyện An Phú', '67,5', '25', '92,5', '94,39', '1/3'],
    ['2', 'UBND huyện Tri Tôn', '68', '24', '92', '92', '2/3'],
    ['3', 'UBND huyện Tịnh Biên', '63', '24,65', '87,65', '87,65', '3/3'],
];
// Domains 1 to 8, as published (two places).
const SUB_INDICES = [
    ['UBND huyện An Phú', '100', '100', '100', '100', '100', '91,67', '100', '83,33'],
    ['UBND huyện Tri Tôn', '97,22', '85,71', '100', '100', '100', '100', '100', '80'],
    ['UBND huyện Tịnh Biên', '91,67', '100', '87,5', '100', '70', '100', '71,43', '82,17'],
];
const INDEX_LINES = ['Chỉ số CCHC: 94,39%', 'Chỉ số CCHC: 92%', 'Chỉ số CCHC: 87,65%'];

function run(args: string[]) {
    const result = chiso(args);
    expect(result.status, result.stderr).toBe(0);
    return result;
}

function publish(format: 'docx' | 'xlsx'): string {
    const out = path.join(workspace({}), `cong-bo.${format}`);
    run(['score', SET, '--results', FORMS_DIR, '--format', format, '-o', out, '--lang', 'vi']);
    return out;
}

describe('closing the year on the example folder of filled forms', () => {
    test('the folder scores as one set of results: indices over each unit\'s own max, ranks on the published value', () => {
        const report = JSON.parse(run(['score', SET, '--results', FORMS_DIR, '--format', 'json']).stdout);
        expect(report.rankedCount).toBe(3);
        expect(report.units.map((u: { unit: string; total: number; maxPoints: number; published: number; rank: number; notAssigned: string[] }) => [u.unit, u.total, u.maxPoints, u.published, u.rank, u.notAssigned]))
            .toEqual([['AnPhu', 92.5, 98, 94.39, 1, ['1.5.3']], ['TriTon', 92, 100, 92, 2, []], ['TinhBien', 87.65, 100, 87.65, 3, []]]);
    });

    test('the differences report lists what each unit must explain: Tịnh Biên\'s seven appraisal points', () => {
        const table = JSON.parse(run(['differences', SET, '--results', FORMS_DIR, '--unit', 'TinhBien', '--format', 'json']).stdout);
        const lines = table.units[0].differences as { code: string; self: number; appraisal1: number; final: number | null; difference: number }[];
        // 1.5.3 2 → 0, 1.7.2 2 → 1, 3.2.1 1 → 0,5, 5.2 1 → 0, 5.3.3 1 → 0,5, 7.1.5 3 → 1 (round 1; the final keeps 1): −7 in all.
        expect(lines.map(l => [l.code, l.self, l.appraisal1, l.difference])).toEqual([
            ['1.5.3', 2, 0, -2], ['1.7.2', 2, 1, -1], ['3.2.1', 1, 0.5, -0.5], ['5.2', 1, 0, -1], ['5.3.3', 1, 0.5, -0.5], ['7.1.5', 3, 1, -2],
        ]);
        // Halves add up exactly in binary: the seed's "mất 7".
        expect(lines.reduce((sum, l) => sum + l.difference, 0)).toBe(-7);
    });

    test('HTML: the ranking, the sub-indices by domain with their chart, each unit\'s annex and index line', () => {
        const html = run(['score', SET, '--results', FORMS_DIR, '--format', 'html', '--lang', 'vi']).stdout;
        const [ranking, subIndices, ...annexes] = htmlTables(html);
        expect(ranking).toEqual([HEADS, ...RANKING]);
        expect(subIndices.slice(1)).toEqual(SUB_INDICES);
        expect(annexes).toHaveLength(3);
        // An Phú's 1.5.3 is not assigned: no points in its row; domain 1, the appraisal and the total read
        // against what An Phú was assessed on (36 − 2 = 34, 70 − 2 = 68, 100 − 2 = 98).
        const row = (code: string) => annexes[0].find(r => r[0] === code)!.slice(2, 4);
        expect(row('1.5.3')).toEqual(['2', '—']);
        expect(row('1')).toEqual(['34', '34']);
        expect(annexes[0].slice(-3).map(r => r.slice(1, 4))).toEqual([['Tổng cộng', '98', '92,5'], ['Điểm tự đánh giá, thẩm định', '68', '67,5'], ['Điểm điều tra xã hội học', '30', '25']]);
        expect([...html.matchAll(/<p class="index">([^<]*)<\/p>/g)].map(m => m[1])).toEqual(INDEX_LINES);
        expect(html).toMatch(/<svg[\s\S]*<\/svg>/);
    });

    test('DOCX: the same ranking, sub-indices and index lines', async () => {
        const { tables, paragraphs } = await docxTables(publish('docx'));
        expect(tables[0]).toEqual([HEADS, ...RANKING]);
        expect(tables[1].slice(1)).toEqual(SUB_INDICES);
        expect(paragraphs.filter(p => p.startsWith('Chỉ số CCHC:'))).toEqual(INDEX_LINES);
    });

    test('XLSX: the ranking as numbers, the sub-index sheet, a sheet per unit ending with its index', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(publish('xlsx')) as unknown as ArrayBuffer);
        expect(workbook.worksheets.map(s => s.name)).toEqual(['Xếp hạng', 'Chỉ số thành phần', 'UBND huyện An Phú', 'UBND huyện Tri Tôn', 'UBND huyện Tịnh Biên']);
        const ranking = sheetValues(workbook.getWorksheet('Xếp hạng')!);
        const head = ranking.findIndex(row => row[0] === 'STT');
        expect(ranking.slice(head + 1, head + 4)).toEqual([
            [1, 'UBND huyện An Phú', 67.5, 25, 92.5, 94.39, '1/3'],
            [2, 'UBND huyện Tri Tôn', 68, 24, 92, 92, '2/3'],
            [3, 'UBND huyện Tịnh Biên', 63, 24.65, 87.65, 87.65, '3/3'],
        ]);
        const subIndices = sheetValues(workbook.getWorksheet('Chỉ số thành phần')!);
        expect(subIndices.slice(1, 4).map(row => row.slice(0, 9))).toEqual(SUB_INDICES.map(([unit, ...values]) => [unit, ...values.map(v => Number(v.replace(',', '.')))]));
        for (const [i, name] of ['UBND huyện An Phú', 'UBND huyện Tri Tôn', 'UBND huyện Tịnh Biên'].entries()) {
            expect(sheetValues(workbook.getWorksheet(name)!).flat()).toContain(INDEX_LINES[i]);
        }
    });
});
