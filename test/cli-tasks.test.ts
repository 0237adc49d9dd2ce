import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chiso, workspace } from './cli.js';
import { twoYears } from './two-years.js';

const TINH_BIEN = 'examples/illustrative/tinhbien-2017';
const tasks = (...args: string[]) => chiso(['tasks', TINH_BIEN, '--results', `${TINH_BIEN}/results-2016.csv`, ...args]);

describe('chiso tasks', () => {
    test('Markdown in Vietnamese: the plan\'s per-domain lines, appraisal and survey apart, a deadline column', () => {
        const result = tasks('--lang', 'vi');
        expect(result.status, result.stderr).toBe(0);
        const md = result.stdout;
        expect(md).toContain('## Điểm thẩm định (tối đa 70 điểm): thẩm định 63 điểm, mất 7 điểm');
        expect(md).toContain('### 1. Công tác chỉ đạo điều hành (tổng điểm 36 điểm): thẩm định 33 điểm, mất 3 điểm');
        expect(md).toContain('### 3. Cải cách thủ tục hành chính (tổng điểm 4 điểm): thẩm định 3,5 điểm, mất 0,5 điểm');
        expect(md).toContain('## Điểm điều tra xã hội học (tối đa 30 điểm): đạt 24,65 điểm, mất 5,35 điểm');
        expect(md).toContain('| STT | Tiêu chí, tiêu chí thành phần | Điểm mất | Cơ quan thực hiện | Cơ quan phối hợp | Kết quả (tài liệu kiểm chứng) | Yêu cầu | Thời hạn |');
        expect(md).toContain('| 1 | 1.5.3 Sáng kiến trong triển khai công tác CCHC được UBND tỉnh công nhận | 2 | Phòng Nội vụ huyện Tỉnh Biên<br>Phòng Văn hóa và Thông tin huyện Tỉnh Biên |');
        // The survey part comes after every appraisal domain.
        expect(md.indexOf('### 8.')).toBeGreaterThan(md.indexOf('### 7.'));
        expect(md.indexOf('## Điểm điều tra')).toBeGreaterThan(md.indexOf('### 7.'));
    });

    test('English with --lang en', () => {
        const result = tasks('--lang', 'en');
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toContain('## Appraisal (max 70 points): appraised at 63 points, 7 points lost');
        expect(result.stdout).toContain('| No. | Criterion or component | Points lost | Lead agency | Coordinating agencies | Evidence | Requirement | Deadline |');
    });

    test('JSON: exact figures per part, domain and task; the deadline left empty', () => {
        const result = tasks('--format', 'json', '--lang', 'vi');
        expect(result.status, result.stderr).toBe(0);
        const table = JSON.parse(result.stdout);
        expect(table.parts.map((p: { source: string; maxPoints: number; achieved: number; lost: number }) => [p.source, p.maxPoints, p.achieved, p.lost])).toEqual([['appraisal', 70, 63, 7], ['survey', 30, 24.65, 5.35]]);
        expect(table.parts[0].domains.map((d: { code: string; lost: number }) => [d.code, d.lost])).toEqual([['1', 3], ['3', 0.5], ['5', 1.5], ['7', 2]]);
        expect(table.parts[0].domains[2].tasks[0]).toEqual({
            code: '5.2', title: 'Mức độ thực hiện cơ cấu công chức, viên chức theo vị trí việc làm được phê duyệt', maxPoints: 1, achieved: 0, lost: 1,
            lead: [], coordinating: [], evidence: [], requirement: ['Thực hiện đúng cơ cấu được phê duyệt: 1 điểm'], deadline: null,
        });
    });

    test('-o writes the file', () => {
        const dir = workspace({});
        const out = path.join(dir, 'nhiem-vu.md');
        const result = tasks('-o', out, '--lang', 'vi');
        expect(result.status, result.stderr).toBe(0);
        expect(readFileSync(out, 'utf8')).toContain('mất 7 điểm');
    });

    test('a unit the results do not hold: exit 2, the units to choose from', () => {
        const result = tasks('--unit', 'TriTon', '--lang', 'vi');
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('Kết quả không có đơn vị TriTon; hãy chọn một bằng --unit: TinhBien.');
        expect(result.stdout).toBe('');
    });

    test('several units and no --unit: exit 2; with --unit, that unit\'s table', () => {
        const csv = readFileSync(`${TINH_BIEN}/results-2016.csv`, 'utf8');
        const dir = workspace({ 'results.csv': csv + csv.split('\n').filter(l => l.startsWith('TinhBien,')).map(l => l.replace('TinhBien,', 'TriTon,').replace('Không có sáng kiến', 'Có sáng kiến được UBND tỉnh công nhận')).join('\n') + '\n' });
        const set = path.resolve(TINH_BIEN);
        const none = chiso(['tasks', set, '--results', 'results.csv', '--lang', 'en'], { cwd: dir });
        expect(none.status).toBe(2);
        expect(none.stderr).toContain('The results hold several units; choose one with --unit: TinhBien, TriTon.');
        const triTon = chiso(['tasks', set, '--results', 'results.csv', '--unit', 'TriTon', '--format', 'json'], { cwd: dir });
        expect(triTon.status, triTon.stderr).toBe(0);
        // 1.5.3's 2 points not lost: the appraisal part loses 5.
        expect(JSON.parse(triTon.stdout)).toMatchObject({ unit: 'TriTon', parts: [{ source: 'appraisal', achieved: 65, lost: 5 }, { source: 'survey' }] });
    });

    test('DOCX: the headings and a table per domain, read back from the document', async () => {
        const out = path.join(workspace({}), 'nhiem-vu.docx');
        const result = tasks('--format', 'docx', '-o', out, '--lang', 'vi');
        expect(result.status, result.stderr).toBe(0);
        const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
        // Paragraph texts, each its runs joined.
        const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(p => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(t => t[1]).join(''));
        expect(paragraphs).toContain('1. Công tác chỉ đạo điều hành (tổng điểm 36 điểm): thẩm định 33 điểm, mất 3 điểm');
        expect(paragraphs).toContain('Điểm thẩm định (tối đa 70 điểm): thẩm định 63 điểm, mất 7 điểm');
        expect(paragraphs).toContain('1.7.2 Cán bộ, công chức sử dụng hiệu quả thời giờ làm việc');
        expect(paragraphs).toContain('Thời hạn');
        expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(5);
    });

    test('DOCX without -o: exit 2, nothing on stdout', () => {
        const result = tasks('--format', 'docx', '--lang', 'en');
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
    });

    test('XLSX: a row per task with its exact points lost, read back with exceljs', async () => {
        const out = path.join(workspace({}), 'nhiem-vu.xlsx');
        const result = tasks('--format', 'xlsx', '-o', out, '--lang', 'vi');
        expect(result.status, result.stderr).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(out));
        const sheet = workbook.getWorksheet('Nhiệm vụ')!;
        const rows: ExcelJS.CellValue[][] = [];
        sheet.eachRow(row => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
        expect(rows[1]).toEqual(['STT', 'Tiêu chí, tiêu chí thành phần', 'Điểm mất', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Kết quả (tài liệu kiểm chứng)', 'Yêu cầu', 'Thời hạn']);
        const task = (code: string) => rows.find(r => typeof r[1] === 'string' && r[1].startsWith(`${code} `))!;
        expect(task('3.2.1').slice(0, 3)).toEqual([3, '3.2.1 Công bố và niêm yết công khai TTHC đúng, đủ, kịp thời theo quy định tại Bộ phận tiếp nhận và trả kết quả', 0.5]);
        expect(task('8.5')[2]).toBe(0.55);
        // The losses of a part add up to what its heading says: 2 + 1 + 0.5 + 1 + 0.5 + 2 = 7 appraisal.
        const survey = rows.findIndex(r => String(r[0]).startsWith('Điểm điều tra'));
        const appraisalLost = rows.slice(0, survey).filter(r => typeof r[0] === 'number').map(r => String(r[2]));
        expect(appraisalLost).toEqual(['2', '1', '0.5', '1', '0.5', '2']);
        expect(rows.some(r => r[0] === 'Điểm thẩm định (tối đa 70 điểm): thẩm định 63 điểm, mất 7 điểm')).toBe(true);
    });

    describe('--previous: the change against the year before', () => {
        // The year before: 1.7.2 with 2 complaints (0 of 2, lost 2) and 5.3.3 at 100% (nothing lost).
        const csv = readFileSync(`${TINH_BIEN}/results-2016.csv`, 'utf8');
        const before = csv.replace('TinhBien,1.7.2,,1', 'TinhBien,1.7.2,,2').replace('TinhBien,5.3.3,,90', 'TinhBien,5.3.3,,100');

        test('each line: what was lost the year before, and the change', () => {
            const dir = workspace({ 'before.csv': before });
            const result = tasks('--previous', path.join(dir, 'before.csv'), '--format', 'json', '--lang', 'vi');
            expect(result.status, result.stderr).toBe(0);
            const lines = JSON.parse(result.stdout).parts[0].domains.flatMap((d: { tasks: object[] }) => d.tasks);
            expect(lines.map((l: { code: string; lost: number; previousLost: number; change: number }) => [l.code, l.lost, l.previousLost, l.change])).toEqual([
                ['1.5.3', 2, 2, 0], ['1.7.2', 1, 2, -1], ['3.2.1', 0.5, 0.5, 0], ['5.2', 1, 1, 0], ['5.3.3', 0.5, 0, 0.5], ['7.1.5', 2, 2, 0],
            ]);
            const md = tasks('--previous', path.join(dir, 'before.csv'), '--lang', 'vi').stdout;
            expect(md).toContain('| Điểm mất | So với năm trước | Cơ quan thực hiện |');
            expect(md).toContain('| 1 | Năm trước mất 2 điểm (−1) |');
            expect(md).toContain('| 0,5 | Năm trước mất 0 điểm (+0,5) |');
        });

        test('-o naming the year before\'s results is refused: that file is not written over', () => {
            const dir = workspace({ 'before.csv': before });
            const result = tasks('--previous', path.join(dir, 'before.csv'), '--format', 'xlsx', '-o', path.join(dir, 'before.csv'), '--lang', 'en');
            expect(result.status).toBe(2);
            expect(result.stderr).toMatch(/Not writing \S*before\.csv/);
            expect(readFileSync(path.join(dir, 'before.csv'), 'utf8')).toBe(before);
        });

        test('a unit the year before\'s results do not hold: exit 2', () => {
            const dir = workspace({ 'before.csv': before.replaceAll('TinhBien,', 'TriTon,') });
            const result = tasks('--previous', path.join(dir, 'before.csv'), '--lang', 'en');
            expect(result.status).toBe(2);
            expect(result.stderr).toMatch(/The year before's results \S*before\.csv hold no unit TinhBien; the file's units: TriTon\./);
        });
    });
    describe('--previous-set: the year before scored against its own set (test/two-years.ts)', () => {
        const lastYear = (dir: string, unit: string, ...args: string[]) => chiso(['tasks', '2024.chiso', '--results', 'ket-qua-2024.csv', '--unit', unit, '--previous', 'ket-qua-2023.csv', '--previous-set', '2023.chiso', ...args], { cwd: dir });
        type Domain = { code: string; lost: number; previousLost: number | null; change: number | null; tasks: { code: string; lost: number; previousLost: number | null; change: number | null }[] };

        test('items matched as chiso diff matches them: a re-coded item keeps its loss, a new one says so; each domain its change', () => {
            const result = lastYear(twoYears(), 'SoB', '--format', 'json');
            expect(result.status, result.stderr).toBe(0);
            const table = JSON.parse(result.stdout);
            // SoB lost 1.3's 1 point in 2023 (domain 1); in 2024 1.2's 1 (domain 1), 2.1's 1,5, 2.3's (1.3 re-coded) 1,5 and the new 2.4's 1 (domain 2).
            expect(table.parts[0].domains.map((d: Domain) => [d.code, d.lost, d.previousLost, d.change])).toEqual([['1', 1, 1, 0], ['2', 4, 0, 4]]);
            expect(table.parts[0].domains.flatMap((d: Domain) => d.tasks.map(t => [t.code, t.lost, t.previousLost, t.change]))).toEqual([
                ['1.2', 1, 0, 1], ['2.1', 1.5, 0, 1.5], ['2.3', 1.5, 1, 0.5], ['2.4', 1, null, null],
            ]);
            // The re-coded item says its code the year before.
            expect(table.parts[0].domains[1].tasks[1]).toMatchObject({ code: '2.3', previousCode: '1.3', title: 'Kiểm tra công tác cải cách hành chính năm' });
            expect('previousCode' in table.parts[0].domains[1].tasks[0]).toBe(false);
            expect(table.regained).toEqual([]);
        });

        test('items lost only the year before are listed apart; the domain heading shows its change (Markdown, Vietnamese)', () => {
            const dir = twoYears();
            const md = lastYear(dir, 'SoC', '--lang', 'vi');
            expect(md.status, md.stderr).toBe(0);
            // SoC, 2023: 1 point lost on each of 1.1, 1.2, 1.3, 1.4, 2.1, 2.2; 2024: 1 on 2.1 (2 of 3) and 1 on 2.2 only.
            expect(md.stdout).toContain('### 2. Thủ tục hành chính (tổng điểm 8 điểm): thẩm định 6 điểm, mất 2 điểm; năm trước mất 2 điểm (0)');
            expect(md.stdout).toContain('| 1 | 2.1 Công khai thủ tục hành chính | 1 | Năm trước mất 1 điểm (0) |');
            // 1.4 was dropped from the set: not regained, gone.
            expect(md.stdout).toContain('## Các mục năm trước mất điểm, năm nay đạt tối đa\n\n| STT | Tiêu chí, tiêu chí thành phần | Năm trước mất |\n| --- | --- | ---: |\n'
                + '| 1 | 1.1 Kế hoạch cải cách hành chính | 1 |\n| 2 | 1.2 Báo cáo định kỳ | 1 |\n| 3 | 2.3 (năm trước 1.3) Kiểm tra công tác cải cách hành chính năm | 1 |');
            const en = lastYear(dir, 'SoA', '--lang', 'en', '--format', 'json');
            // SoA, 2023: 1.2 and 2.1 lost 1 each; 2024: 2.2 lost 1.
            expect(JSON.parse(en.stdout).regained).toEqual([{ code: '1.2', title: 'Báo cáo định kỳ', previousLost: 1 }, { code: '2.1', title: 'Công khai thủ tục hành chính', previousLost: 1 }]);
        });

        test('DOCX and XLSX list the regained items too, read back', async () => {
            const dir = twoYears();
            expect(lastYear(dir, 'SoA', '--format', 'xlsx', '-o', 'nhiem-vu.xlsx', '--lang', 'vi').status).toBe(0);
            const workbook = new ExcelJS.Workbook();
            await workbook.xlsx.load(readFileSync(path.join(dir, 'nhiem-vu.xlsx')));
            const rows: ExcelJS.CellValue[][] = [];
            workbook.getWorksheet('Nhiệm vụ')!.eachRow(row => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
            const at = rows.findIndex(r => r[0] === 'Các mục năm trước mất điểm, năm nay đạt tối đa');
            expect(rows.slice(at + 1)).toEqual([['STT', 'Tiêu chí, tiêu chí thành phần', 'Năm trước mất'], [1, '1.2 Báo cáo định kỳ', 1], [2, '2.1 Công khai thủ tục hành chính', 1]]);
            expect(rows.some(r => r[0] === '2. Thủ tục hành chính (tổng điểm 8 điểm): thẩm định 7 điểm, mất 1 điểm; năm trước mất 1 điểm (0)')).toBe(true);
            expect(lastYear(dir, 'SoA', '--format', 'docx', '-o', 'nhiem-vu.docx', '--lang', 'vi').status).toBe(0);
            const xml = await (await JSZip.loadAsync(readFileSync(path.join(dir, 'nhiem-vu.docx')))).file('word/document.xml')!.async('string');
            const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(p => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(t => t[1]).join(''));
            expect(paragraphs.slice(paragraphs.indexOf('Các mục năm trước mất điểm, năm nay đạt tối đa'))).toEqual([
                'Các mục năm trước mất điểm, năm nay đạt tối đa', 'STT', 'Tiêu chí, tiêu chí thành phần', 'Năm trước mất', '1', '1.2 Báo cáo định kỳ', '1', '2', '2.1 Công khai thủ tục hành chính', '1',
            ]);
        });

        test('--previous-set without --previous: exit 2', () => {
            const result = chiso(['tasks', '2024.chiso', '--results', 'ket-qua-2024.csv', '--unit', 'SoA', '--previous-set', '2023.chiso', '--lang', 'en'], { cwd: twoYears() });
            expect(result.status).toBe(2);
            expect(result.stderr).toContain('The option --previous <file> is required.');
        });
    });
});
