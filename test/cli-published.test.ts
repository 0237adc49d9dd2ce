import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chiso, workspace } from './cli.js';
import { docxTables, htmlTables, sheetValues } from './document-tables.js';

/** Three domains (the third from the survey, which is optional: Hà Nội's rule), a deduction group capped at 2. */
const SET = `survey SIPAS "Khảo sát sự hài lòng"
agency BanDanToc "Ban Dân tộc tỉnh"
set P "Chỉ số CCHC các sở" {
    decision "12/QĐ-UBND" dated 2024-01-15
    issuer "Chủ tịch UBND tỉnh"
    total 20
    split { appraisal 14  survey 6 optional }
    unranked BanDanToc
    domain 1 "Chỉ đạo điều hành" max 6 {
        criterion 1.1 "Kế hoạch" max 2
        criterion 1.2 "Báo cáo" max 4 {
            component 1.2.1 "Đúng hạn" max 3
            component 1.2.2 "Đủ nội dung" max 1
        }
    }
    domain 2 "Thủ tục hành chính" max 8 {
        criterion 2.1 "Công bố" max 8
    }
    domain 3 "Hài lòng" max 6 {
        source survey SIPAS
        criterion 3.1 "Hài lòng" max 6
    }
    deductions "Điểm trừ" max 2 { criterion Đ1 "Bị phê bình" max 3 { scoring deduct 1 per "lần" floor 0 } }
}
`;

/**
 * SoTC: appraisal 2 + 3 + 0,5 + 7 = 12,5, survey 5,25, total 17,75 / 20 = 88,75 %.
 * SoB: appraisal 1 + 2 + 1 + 8 = 12, survey not run (max 14), 3 reprimands capped at 2: 10 / 14 = 71,43 %.
 * BanDanToc (unranked): 14 + 6 = 20 / 20 = 100 %.
 */
const RESULTS = `unit,item,score,value
SoTC,1.1,2,
SoTC,1.2.1,3,
SoTC,1.2.2,0.5,
SoTC,2.1,7,
SoTC,3.1,5.25,
SoB,1.1,1,
SoB,1.2.1,2,
SoB,1.2.2,1,
SoB,2.1,8,
SoB,Đ1,,3
BanDanToc,1.1,2,
BanDanToc,1.2.1,3,
BanDanToc,1.2.2,1,
BanDanToc,2.1,8,
BanDanToc,3.1,6,
`;

const HEADS_VI = ['STT', 'Đơn vị', 'Thẩm định', 'ĐTXHH', 'Điểm trừ', 'Tổng điểm', 'Chỉ số %', 'Xếp hạng'];
const RANKED_VI = [
    ['1', 'SoTC', '12,5', '5,25', '0', '17,75', '88,75', '1/2'],
    ['2', 'SoB', '12', '0', '2', '10', '71,43', '2/2'],
];
const UNRANKED_VI = [['1', 'Ban Dân tộc tỉnh', '14', '6', '0', '20', '100', 'Không xếp hạng']];
const SUB_INDICES_VI = [
    ['Đơn vị', '1. Chỉ đạo điều hành', '2. Thủ tục hành chính', '3. Hài lòng'],
    ['SoTC', '91,67', '87,5', '87,5'],
    ['SoB', '66,67', '100', '—'],
    ['Ban Dân tộc tỉnh', '100', '100', '100'],
];
/** SoB's annex: the survey item it was not assessed on shows —, the deduction group what it took off. */
const SOB_ANNEX_VI = [
    ['1', 'Chỉ đạo điều hành', '6', '4', ''],
    ['1.1', 'Kế hoạch', '2', '1', ''],
    ['1.2', 'Báo cáo', '4', '3', ''],
    ['1.2.1', 'Đúng hạn', '3', '2', ''],
    ['1.2.2', 'Đủ nội dung', '1', '1', ''],
    ['2', 'Thủ tục hành chính', '8', '8', ''],
    ['2.1', 'Công bố', '8', '8', ''],
    ['3', 'Hài lòng', '6', '—', 'ĐTXHH (Khảo sát sự hài lòng)'],
    ['3.1', 'Hài lòng', '6', '—', ''],
    ['', 'Tổng cộng', '14', '10', ''],
    ['', 'Điểm tự đánh giá, thẩm định', '14', '12', ''],
    ['', 'Điểm điều tra xã hội học', '6', '—', ''],
    ['', 'Điểm trừ — Điểm trừ (tối đa)', '2', '2', ''],
    ['Đ1', 'Bị phê bình', '3', '3', ''],
];

function publish(format: string, ...args: string[]) {
    const dir = workspace({ 'set.chiso': SET, 'results.csv': RESULTS });
    const out = path.join(dir, `ket-qua.${format}`);
    const result = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', format, '-o', out, ...args], { cwd: dir });
    return { result, out };
}

describe('chiso score --format html|docx|xlsx: the published results', () => {
    test('HTML in Vietnamese: the head, the ranking, the unranked apart, the sub-indices, each unit\'s annex and index line', () => {
        const dir = workspace({ 'set.chiso': SET, 'results.csv': RESULTS });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', 'html', '--lang', 'vi'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        const html = result.stdout;
        expect(html).toContain('<h1>Chỉ số CCHC các sở</h1>');
        expect(html).toContain('(Kèm theo Quyết định số 12/QĐ-UBND ngày 15/01/2024 của Chủ tịch UBND tỉnh)');
        expect(html).not.toMatch(/<script|src=|href=/);
        const [ranked, unranked, subIndices, ...annexes] = htmlTables(html);
        expect(ranked).toEqual([HEADS_VI, ...RANKED_VI]);
        expect(unranked).toEqual([HEADS_VI, ...UNRANKED_VI]);
        expect(subIndices).toEqual(SUB_INDICES_VI);
        expect(annexes).toHaveLength(3);
        expect(annexes[1]).toEqual([['STT', 'Lĩnh vực / tiêu chí / tiêu chí thành phần', 'Điểm tối đa', 'Điểm đạt được', 'Ghi chú'], ...SOB_ANNEX_VI]);
        expect([...html.matchAll(/<p class="index">([^<]*)<\/p>/g)].map(m => m[1])).toEqual(['Chỉ số CCHC: 88,75%', 'Chỉ số CCHC: 71,43%', 'Chỉ số CCHC: 100%']);
        // The chart: a bar per unit and domain on 500 px for 100 %, none where SoB was not assessed (the survey).
        const svg = html.match(/<svg[\s\S]*?<\/svg>/)![0];
        expect(html.indexOf('<svg')).toBeGreaterThan(html.indexOf('Chỉ số thành phần theo lĩnh vực'));
        expect([...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map(m => Number(m[1]))).toEqual([458.35, 333.35, 500, 437.5, 500, 500, 437.5, 500]);
        expect(svg).toContain('>3. Hài lòng</text>');
    });

    test('English with --lang en: the headings and a dot decimal', () => {
        const dir = workspace({ 'set.chiso': SET, 'results.csv': RESULTS });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', 'html', '--lang', 'en'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        const [ranked, unranked] = htmlTables(result.stdout);
        expect(ranked[0]).toEqual(['No.', 'Unit', 'Appraisal', 'Survey', 'Deductions', 'Total', 'Index %', 'Rank']);
        expect(ranked[1]).toEqual(['1', 'SoTC', '12.5', '5.25', '0', '17.75', '88.75', '1/2']);
        expect(unranked[1].at(-1)).toBe('Not ranked');
        expect(result.stdout).toContain('<p class="index">PAR Index: 71.43%</p>');
    });

    test('DOCX: the same tables read back from word/document.xml, each unit\'s annex on a new page', async () => {
        const { result, out } = publish('docx', '--lang', 'vi');
        expect(result.status, result.stderr).toBe(0);
        const { tables, paragraphs, xml } = await docxTables(out);
        expect(paragraphs[0]).toBe('CHỈ SỐ CCHC CÁC SỞ');
        expect(paragraphs).toContain('(Kèm theo Quyết định số 12/QĐ-UBND ngày 15/01/2024 của Chủ tịch UBND tỉnh)');
        expect(tables[0]).toEqual([HEADS_VI, ...RANKED_VI]);
        expect(tables[1]).toEqual([HEADS_VI, ...UNRANKED_VI]);
        expect(tables[2]).toEqual(SUB_INDICES_VI);
        expect(tables.at(-2)!.slice(1)).toEqual(SOB_ANNEX_VI);
        expect(paragraphs).toContain('Chỉ số CCHC: 71,43%');
        expect((xml.match(/<w:pageBreakBefore\/>/g) ?? []).length).toBe(3);
        // The chart: bars as shaded cells, 9000 twips for 100 %, none where SoB was not assessed.
        expect(paragraphs).toContain('Biểu đồ chỉ số thành phần theo lĩnh vực');
        expect([...xml.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/><w:shd w:fill="2F6DB5"/g)].map(m => Number(m[1]))).toEqual([8250, 6000, 9000, 7875, 9000, 9000, 7875, 9000]);
    });

    test('XLSX: the ranking and sub-index sheets as numbers, a sheet per unit ending with its index line', async () => {
        const { result, out } = publish('xlsx', '--lang', 'vi');
        expect(result.status, result.stderr).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
        expect(workbook.worksheets.map(s => s.name)).toEqual(['Xếp hạng', 'Chỉ số thành phần', 'SoTC', 'SoB', 'Ban Dân tộc tỉnh']);
        const values = sheetValues;
        const ranking = values(workbook.getWorksheet('Xếp hạng')!);
        expect(ranking[0][0]).toBe('Chỉ số CCHC các sở');
        const head = ranking.findIndex(row => row[0] === 'STT');
        expect(ranking.slice(head, head + 3)).toEqual([HEADS_VI, [1, 'SoTC', 12.5, 5.25, 0, 17.75, 88.75, '1/2'], [2, 'SoB', 12, 0, 2, 10, 71.43, '2/2']]);
        expect(ranking.at(-1)).toEqual([1, 'Ban Dân tộc tỉnh', 14, 6, 0, 20, 100, 'Không xếp hạng']);
        expect(values(workbook.getWorksheet('Chỉ số thành phần')!).slice(0, 4)).toEqual([SUB_INDICES_VI[0], ['SoTC', 91.67, 87.5, 87.5], ['SoB', 66.67, 100, '—'], ['Ban Dân tộc tỉnh', 100, 100, 100]]);
        const sob = values(workbook.getWorksheet('SoB')!);
        expect(sob[2]).toEqual(['1', 'Chỉ đạo điều hành', 6, 4, '']);
        expect(sob.find(row => row[1] === 'Tổng cộng')).toEqual(['', 'Tổng cộng', 14, 10, '']);
        expect(sob.at(-1)![0]).toBe('Chỉ số CCHC: 71,43%');
        // The native chart: a bar chart on the sub-index sheet, a series per domain over the units' rows.
        const zip = await JSZip.loadAsync(readFileSync(out));
        const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
        expect(chart).toContain('<c:barChart><c:barDir val="bar"/>');
        expect([...chart.matchAll(/<c:val><c:numRef><c:f>([^<]*)<\/c:f>/g)].map(m => m[1])).toEqual(["'Chỉ số thành phần'!$B$2:$B$4", "'Chỉ số thành phần'!$C$2:$C$4", "'Chỉ số thành phần'!$D$2:$D$4"]);
        expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).toContain('<drawing r:id="rIdChisoDrawing1"/>');
        expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/xl/charts/chart1.xml');
    });

    test('classes and a declared rounding: ranks on the published value (two units at 89 share rank 1 of 3), the class column', () => {
        const set = SET.replace('    unranked BanDanToc\n', '    unranked BanDanToc\n    rounding 0\n    classes { >= 85% -> "Tốt"  [70%, 85%) -> "Khá"  < 70% -> "Trung bình" }\n');
        // SoC: appraisal 2 + 3 + 1 + 6 = 12, survey 5,8: 17,8 / 20 = 89 %, above SoTC's 88,75 % but published alike as 89.
        const results = RESULTS + 'SoC,1.1,2,\nSoC,1.2.1,3,\nSoC,1.2.2,1,\nSoC,2.1,6,\nSoC,3.1,5.8,\n';
        const dir = workspace({ 'set.chiso': set, 'results.csv': results });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', 'html', '--lang', 'vi'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        const [ranked, unranked, subIndices] = htmlTables(result.stdout);
        expect(ranked).toEqual([
            [...HEADS_VI, 'Xếp loại'],
            ['1', 'SoC', '12', '5,8', '0', '17,8', '89', '1/3', 'Tốt'],
            ['2', 'SoTC', '12,5', '5,25', '0', '17,75', '89', '1/3', 'Tốt'],
            ['3', 'SoB', '12', '0', '2', '10', '71', '3/3', 'Khá'],
        ]);
        expect(unranked[1]).toEqual(['1', 'Ban Dân tộc tỉnh', '14', '6', '0', '20', '100', 'Không xếp hạng', 'Tốt']);
        // Sub-indices rounded as the index is: 5,5 / 6 = 91,67 → 92; 7 / 8 = 87,5 → 88 (half up).
        expect(subIndices[2]).toEqual(['SoTC', '92', '88', '88']);
        expect(result.stdout).toContain('<p class="index">Chỉ số CCHC: 89%</p>');
    });

    test('a DOCX past 10,000 scored annex rows is refused before it is built (exit 2, chiso/published-too-large)', () => {
        // 720 units × 14 annex rows = 10,080.
        const rows = Array.from({ length: 720 }, (_, u) => ['1.1,2,', '1.2.1,3,', '1.2.2,1,', '2.1,8,'].map(r => `U${u},${r}`).join('\n')).join('\n');
        const dir = workspace({ 'set.chiso': SET, 'results.csv': `unit,item,score,value\n${rows}\n` });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', 'docx', '-o', 'ket-qua.docx', '--lang', 'vi'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('Kết quả có 720 đơn vị, 10080 dòng phụ lục chấm điểm, quá giới hạn 10000 dòng của định dạng DOCX; hãy ghi HTML hoặc chấm từng nhóm đơn vị.');
    });

    test('Tỉnh Biên 2017: appraisal 63, survey 24,65, total 87,65, its annex ending "Chỉ số CCHC: 87,65%"', () => {
        const TINH_BIEN = 'examples/illustrative/tinhbien-2017';
        const result = chiso(['score', TINH_BIEN, '--results', `${TINH_BIEN}/results-2016.csv`, '--format', 'html', '--lang', 'vi']);
        expect(result.status, result.stderr).toBe(0);
        const [ranked, subIndices, annex] = htmlTables(result.stdout);
        expect(ranked[1]).toEqual(['1', 'TinhBien', '63', '24,65', '87,65', '87,65', '1/1']);
        // Domain 1: 33 of 36 (the plan's "mất 3"); domain 8, the survey: 24,65 of 30.
        expect(subIndices[1][0]).toBe('TinhBien');
        expect(subIndices[1][1]).toBe('91,67');
        expect(subIndices[1].at(-1)).toBe('82,17');
        expect(annex.find(row => row[0] === '1')?.slice(0, 4)).toEqual(['1', 'Công tác chỉ đạo điều hành', '36', '33']);
        expect(annex.find(row => row[0] === '1.5.3')?.slice(2, 4)).toEqual(['2', '0']);
        expect(result.stdout).toContain('<p class="index">Chỉ số CCHC: 87,65%</p>');
    });

    test('XLSX in English: the sheets\' names', async () => {
        const { result, out } = publish('xlsx', '--lang', 'en');
        expect(result.status, result.stderr).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
        expect(workbook.worksheets.map(s => s.name)).toEqual(['Ranking', 'Sub-indices', 'SoTC', 'SoB', 'Ban Dân tộc tỉnh']);
        expect(workbook.getWorksheet('SoB')!.getRow(2).values).toEqual([undefined, 'No.', 'Domain / criterion / component', 'Max points', 'Achieved', 'Note']);
    });

    test('a set with specialist-assessed points gets their column; 5 + 7,5 = 12,5 of 14 = 89,29 %', () => {
        const set = `set S "Sở" {
    total 14
    split { appraisal 6  specialist 8 }
    domain 1 "Chỉ đạo điều hành" max 6 { criterion 1.1 "Kế hoạch" max 6 }
    domain 2 "Thủ tục hành chính" max 8 {
        source specialist
        criterion 2.1 "Công bố" max 8
    }
}
`;
        const dir = workspace({ 'set.chiso': set, 'results.csv': 'unit,item,score\nA,1.1,5\nA,2.1,7.5\n' });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', 'html', '--lang', 'vi'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        expect(htmlTables(result.stdout)[0]).toEqual([
            ['STT', 'Đơn vị', 'Thẩm định', 'ĐTXHH', 'Phòng chuyên môn', 'Tổng điểm', 'Chỉ số %', 'Xếp hạng'],
            ['1', 'A', '5', '0', '7,5', '12,5', '89,29', '1/1'],
        ]);
    });

    test('DOCX and XLSX need -o; nothing on stdout', () => {
        const dir = workspace({ 'set.chiso': SET, 'results.csv': RESULTS });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', 'xlsx', '--lang', 'vi'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain('XLSX');
    });
});
