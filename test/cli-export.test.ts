import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { Fraction } from 'fraction.js';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { chiso, ROOT, workspace } from './cli.js';

const EXAMPLES = path.join(ROOT, 'examples');
/** Every example folder that holds exactly one criteria set per file, as `chiso export` takes it. */
const setFiles = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    // A real example showing a published inconsistency ($TEST$ error, pinned by test/examples.test.ts) is not exported.
    .filter(f => f.endsWith('.chiso') && /^\s*set\s/m.test(readFileSync(path.join(EXAMPLES, f), 'utf8')) && !/\$TEST\$ error/.test(readFileSync(path.join(EXAMPLES, f), 'utf8')))
    .sort();

const viNumber = (text: string) => new Fraction(text.trim().replace(',', '.'));

function compiled(file: string) {
    const out = path.join(workspace({}), 'set.json');
    expect(chiso(['compile', path.join('examples', file), '-o', out]).status).toBe(0);
    return JSON.parse(readFileSync(out, 'utf8'));
}

/** The table rows of a DOCX as arrays of cell texts. */
async function docxRows(file: string): Promise<string[][]> {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    const doc = new XMLParser({ ignoreAttributes: true, isArray: name => ['w:tr', 'w:tc', 'w:p', 'w:r'].includes(name) }).parse(xml);
    const text = (node: unknown): string => {
        if (typeof node === 'string' || typeof node === 'number') return String(node);
        if (Array.isArray(node)) return node.map(text).join('');
        if (node && typeof node === 'object') return Object.entries(node).map(([k, v]) => (k === 'w:t' ? text(v) : k.startsWith('w:') ? text(v) : '')).join('');
        return '';
    };
    const rows = doc['w:document']['w:body']['w:tbl']['w:tr'] as { 'w:tc': { 'w:p': unknown[] }[] }[];
    return rows.map(row => row['w:tc'].map(cell => cell['w:p'].map(text).join('\n')));
}

/** Data validations of the first sheet by row: exceljs's reader turns a `C12` bound into a number. */
/** Validation rules by cell (`D14`). */
async function validations(file: string): Promise<Map<string, string[]>> {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const sheet = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: name => name === 'dataValidation' }).parse(xml);
    const result = new Map<string, string[]>();
    for (const v of sheet.worksheet.dataValidations?.dataValidation ?? []) {
        // exceljs joins neighbouring cells of a row into a range (`D10:E10`).
        for (const range of String(v.sqref).split(' ')) {
            const [, from, row, to = from] = /^([A-Z])(\d+)(?::([A-Z])\d+)?$/.exec(range)!;
            for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) result.set(`${String.fromCharCode(c)}${row}`, [String(v.formula1), String(v.formula2)]);
        }
    }
    return result;
}

describe('chiso export', () => {
    test.each(setFiles)('%s: DOCX read back holds the compiled totals', async file => {
        const set = compiled(file);
        const out = path.join(workspace({}), 'annex.docx');
        const run = chiso(['export', path.join('examples', file), '--format', 'docx', '-o', out, '--lang', 'vi']);
        expect(run.status, run.stderr).toBe(0);
        const rows = await docxRows(out);
        expect(rows[0]).toEqual(['STT', 'Lĩnh vực / tiêu chí / tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm đạt được', 'Ghi chú']);
        const total = rows.find(r => r[1] === 'Tổng cộng')!;
        if (set.items.length === 0) {
            // Published with its header only: the declared total, and a note of what remains to write.
            expect(viNumber(total[2]).equals(new Fraction(String(set.set.total)))).toBe(true);
            expect(total[5]).toMatch(/^\(chưa chi tiết/);
            return;
        }
        expect(viNumber(total[2]).equals(new Fraction(String(set.totals.maxPoints)))).toBe(true);
        const domainCodes = new Set(set.items.map((i: { code: string }) => i.code));
        const domainRows = rows.filter(r => domainCodes.has(r[0]));
        // Outlines whose points were not published show — and leave the domains' sum partial.
        const unknown = set.items.filter((i: { maxPoints: unknown }) => i.maxPoints === null).map((i: { code: string }) => i.code);
        expect(domainRows.filter(r => r[2] === '—').map(r => r[0])).toEqual(unknown);
        const domainSum = domainRows.filter(r => r[2] !== '—').reduce((a, r) => a.add(viNumber(r[2])), new Fraction(0));
        expect(domainSum.equals(new Fraction(String(unknown.length > 0 ? set.totals.maxPoints : set.set.total)))).toBe(true);
        const appraisal = rows.find(r => r[1] === 'Điểm tự đánh giá, thẩm định')!;
        expect(viNumber(appraisal[2]).equals(new Fraction(String(set.totals.bySource.appraisal)))).toBe(true);
        if (new Fraction(String(set.totals.bySource.survey)).compare(0) > 0) {
            expect(viNumber(rows.find(r => r[1] === 'Điểm điều tra xã hội học')![2]).equals(new Fraction(String(set.totals.bySource.survey)))).toBe(true);
        }
    });

    test.each(setFiles)('%s: XLSX read back: the form\'s columns, totals, sums by formula, validation, locked survey rows', async file => {
        const set = compiled(file);
        const out = path.join(workspace({}), 'annex.xlsx');
        expect(chiso(['export', path.join('examples', file), '--format', 'xlsx', '-o', out, '--lang', 'vi']).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(out));
        const sheet = workbook.worksheets[0];
        const rows: ExcelJS.Row[] = [];
        sheet.eachRow(r => rows.push(r));
        const maxOf = (r: ExcelJS.Row) => {
            const v = r.getCell(3).value as number | { formula: string };
            return typeof v === 'number' ? new Fraction(String(v)) : new Fraction(v.formula);
        };
        // The unit field, open for the unit, then the rounds' columns.
        expect([sheet.getCell('A3').value, sheet.getCell('A4').value]).toEqual(['Mã đơn vị', 'Tên đơn vị']);
        expect(sheet.getCell('B3').protection?.locked).toBe(false);
        expect(sheet.getRow(5).values).toEqual([undefined, 'STT', 'Lĩnh vực / tiêu chí / tiêu chí thành phần', 'Điểm tối đa', 'Tự chấm', 'Thẩm định lần 1', 'Giải trình', 'Thẩm định cuối (kết quả thẩm định)', 'Tài liệu kiểm chứng', 'Không giao (N/A)', 'Ghi chú']);
        const total = rows.find(r => r.getCell(2).value === 'Tổng cộng')!;
        if (set.items.length === 0) {
            // Published with its header only: the declared total, no domains to sum, no input cells.
            expect(maxOf(total).equals(new Fraction(String(set.set.total)))).toBe(true);
            expect(total.getCell(4).value).toBeNull();
            return;
        }
        expect(maxOf(total).equals(new Fraction(String(set.totals.maxPoints)))).toBe(true);
        for (const column of ['D', 'E', 'G']) expect((total.getCell(column).value as { formula: string }).formula).toMatch(new RegExp(`^SUM\\(${column}\\d+(,${column}\\d+)*\\)$`));
        // Every point cell of a scored row refuses more than the row's max; survey rows are open only
        // in the final appraisal (the Department enters the survey's points); explanation, evidence, N/A are open.
        const byCode = new Map(rows.filter(r => typeof r.getCell(1).value === 'string' && r.getCell(1).value !== '').map(r => [r.getCell(1).value as string, r]));
        const leaves = (items: { code: string; maxPoints: unknown; children: unknown[]; source: { kind: string } }[]): { code: string; maxPoints: unknown; source: { kind: string } }[] =>
            items.flatMap(i => (i.children.length === 0 ? [i] : leaves(i.children as never)));
        const rules = await validations(out);
        for (const leaf of leaves(set.items)) {
            const row = byCode.get(leaf.code)!;
            // An outline whose points were not published shows — and cannot be scored: its cells stay locked.
            if (leaf.maxPoints === null) {
                expect(row.getCell(3).value).toBe('—');
                expect(rules.has(`D${row.number}`)).toBe(false);
                expect(row.getCell(4).protection?.locked ?? true).toBe(true);
                continue;
            }
            for (const column of ['D', 'E', 'G']) expect(rules.get(`${column}${row.number}`), leaf.code).toEqual(['0', `C${row.number}`]);
            const survey = leaf.source.kind === 'survey';
            expect(['D', 'E', 'F', 'G', 'H', 'I'].map(c => row.getCell(c).protection?.locked ?? true), leaf.code).toEqual([survey, survey, false, false, false, false]);
        }
        expect(sheet.sheetProtection).toBeTruthy();
    });

    test('HTML and Markdown match their golden files', () => {
        for (const format of ['html', 'md'] as const) {
            const run = chiso(['export', 'examples/illustrative/myduc-2020', '--format', format, '--lang', 'vi']);
            expect(run.status, run.stderr).toBe(0);
            const golden = path.join(ROOT, 'test/golden', `myduc-2020.annex.${format}`);
            if (process.env.UPDATE_GOLDEN) writeFileSync(golden, run.stdout + '\n');
            expect(run.stdout + '\n').toBe(readFileSync(golden, 'utf8'));
        }
    });

    test('outline rows are noted as not yet detailed in every format, and a header-only set exports its total', async () => {
        const dir = workspace({
            'outline.chiso': `set D "Dàn ý" {
    total 20
    domain 1 "Chi tiết" max 10 { criterion 1.1 "Kế hoạch" max 10 }
    domain 2 "Chưa chi tiết" max 10 { counts { criteria 7  components 6 } }
}
`,
            'header.chiso': 'set H "Chỉ có phần khai báo" {\n    total 100\n    split { appraisal 80  survey 20 }\n    counts { domains 8  criteria 39 }\n}\n',
        });
        const md = chiso(['export', 'outline.chiso', '--format', 'md', '--lang', 'vi'], { cwd: dir });
        expect(md.status, md.stderr).toBe(0);
        expect(md.stdout).toContain('| **2** | **Chưa chi tiết** | **10** |  |  | (chưa chi tiết: 7 tiêu chí, 6 tiêu chí thành phần) |');
        const html = chiso(['export', 'outline.chiso', '--format', 'html', '--lang', 'en'], { cwd: dir });
        expect(html.stdout).toContain('(not yet detailed: 7 criteria, 6 components)');
        expect(chiso(['export', 'outline.chiso', '--format', 'docx', '-o', 'o.docx', '--lang', 'vi'], { cwd: dir }).status).toBe(0);
        const outlineRow = (await docxRows(path.join(dir, 'o.docx'))).find(r => r[0] === '2')!;
        expect(outlineRow[5]).toBe('(chưa chi tiết: 7 tiêu chí, 6 tiêu chí thành phần)');
        expect(chiso(['export', 'outline.chiso', '--format', 'xlsx', '-o', 'o.xlsx', '--lang', 'vi'], { cwd: dir }).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(path.join(dir, 'o.xlsx')));
        const rows: ExcelJS.Row[] = [];
        workbook.worksheets[0].eachRow(r => rows.push(r));
        // An outline is scored directly, as any row without children: its input cells are open.
        const domain2 = rows.find(r => r.getCell(1).value === '2')!;
        expect(domain2.getCell(10).value).toBe('(chưa chi tiết: 7 tiêu chí, 6 tiêu chí thành phần)');
        expect(domain2.getCell(4).protection?.locked).toBe(false);
        const header = chiso(['export', 'header.chiso', '--format', 'md', '--lang', 'vi'], { cwd: dir });
        expect(header.status, header.stderr).toBe(0);
        expect(header.stdout).toMatch(/Tổng cộng.*\*\*100\*\*.*\(chưa chi tiết: 8 lĩnh vực, 39 tiêu chí\)/);
    });

    test('a deduct rule in a deduction group reads as points taken off, outside a group as points kept', () => {
        const dir = workspace({ 'd.chiso': `set D "Điểm trừ" {
    total 3
    domain 1 "Kỷ luật" max 3 { criterion 1.1 "Báo cáo" max 3 { scoring deduct 1 per "báo cáo chậm" floor 0 } }
    deductions "Điểm trừ" max 3 { criterion Đ1 "Bị phê bình" max 3 { scoring deduct 1 per "lần" floor 1 } }
}
` });
        const vi = chiso(['export', 'd.chiso', '--format', 'md', '--lang', 'vi'], { cwd: dir });
        expect(vi.status, vi.stderr).toBe(0);
        // Đ1 takes off 1 per reprimand, at most max − floor = 2; criterion 1.1 keeps 3 − 1 per late report, not below 0.
        expect(vi.stdout).toContain('– trừ 1 điểm mỗi lần, trừ tối đa 2 điểm');
        expect(vi.stdout).toContain('– trừ 1 điểm mỗi báo cáo chậm, thấp nhất 0 điểm');
        const en = chiso(['export', 'd.chiso', '--format', 'html', '--lang', 'en'], { cwd: dir });
        expect(en.stdout).toContain('<li>1 off per lần, at most 2 off</li>');
        expect(en.stdout).toContain('<li>1 off per báo cáo chậm, not below 0</li>');
    });

    test('points not published are shown as — in every format', async () => {
        const dir = workspace({ 'u.chiso': 'set U \"Chưa công bố điểm\" {\n    total 10\n    counts { domains 2  criteria 4 }\n    domain 1 \"Chi tiết\" max 4 { criterion 1.1 \"A\" max 4 }\n    domain 2 \"Chưa có điểm\" { counts { criteria 3 } }\n}\n' });
        const md = chiso(['export', 'u.chiso', '--format', 'md', '--lang', 'vi'], { cwd: dir });
        expect(md.status, md.stderr).toBe(0);
        expect(md.stdout).toContain('| **2** | **Chưa có điểm** | **—** |');
        const html = chiso(['export', 'u.chiso', '--format', 'html', '--lang', 'en'], { cwd: dir });
        expect(html.stdout).toContain('<td class="num">—</td>');
        expect(chiso(['export', 'u.chiso', '--format', 'docx', '-o', 'u.docx'], { cwd: dir }).status).toBe(0);
        expect((await docxRows(path.join(dir, 'u.docx'))).find(r => r[0] === '2')![2]).toBe('—');
        expect(chiso(['export', 'u.chiso', '--format', 'xlsx', '-o', 'u.xlsx'], { cwd: dir }).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(path.join(dir, 'u.xlsx')));
        const rows: ExcelJS.Row[] = [];
        workbook.worksheets[0].eachRow(r => rows.push(r));
        expect(rows.find(r => r.getCell(1).value === '2')!.getCell(3).value).toBe('—');
    });

    test('binary formats need -o', () => {
        const run = chiso(['export', 'examples/illustrative/myduc-2020', '--format', 'docx']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('use `-o <file>`');
    });

    test('DOCX and XLSX of more than 5,000 items are refused with the limit, before any memory is spent', () => {
        const dir = workspace({ 'set.chiso': 'set S "Lớn" {\n    total 2\n    domain 1 "A" max 2 {\n        criterion 1.1 "B" max 2\n    }\n}\n' });
        expect(chiso(['compile', 'set.chiso', '-o', 'set.json'], { cwd: dir }).status).toBe(0);
        const doc = JSON.parse(readFileSync(path.join(dir, 'set.json'), 'utf8'));
        const criterion = doc.items[0].children[0];
        const components = Array.from({ length: 4_999 }, (_, i) => ({ ...criterion, code: `1.1.${i + 1}`, kind: 'component', title: `C${i + 1}`, maxPoints: 1 }));
        Object.assign(criterion, { maxPoints: 4_999, children: components });
        Object.assign(doc.items[0], { maxPoints: 4_999 });
        Object.assign(doc.set, { total: 4_999 });
        Object.assign(doc.totals, { maxPoints: 4_999, bySource: { appraisal: 4_999, survey: 0, specialist: 0 }, counts: { domains: 1, criteria: 1, components: 4_999 } });
        writeFileSync(path.join(dir, 'large.json'), JSON.stringify(doc));
        for (const format of ['docx', 'xlsx']) {
            const run = chiso(['export', 'large.json', '--format', format, '-o', `large.${format}`], { cwd: dir, timeout: 60_000 });
            expect(run.status, run.stderr).toBe(2);
            expect(run.stderr).toContain(`The set has 5001 items, past the ${format.toUpperCase()} format's limit of 5000; export HTML or Markdown instead.`);
        }
        const md = chiso(['export', 'large.json', '--format', 'md'], { cwd: dir });
        expect(md.status, md.stderr).toBe(0);
        expect(readdirSync(dir).sort()).toEqual(['large.json', 'set.chiso', 'set.json']);
    });
});

