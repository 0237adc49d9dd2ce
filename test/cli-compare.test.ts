/**
 * `chiso compare`: two years' results, each scored against its year's set (test/two-years.ts,
 * illustrative). Every figure asserted is worked out by hand in the comments.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chiso } from './cli.js';
import { RESULTS_2023, twoYears } from './two-years.js';

const compare = (dir: string, ...args: string[]) => chiso(['compare', '2023.chiso', '2024.chiso', '--before', 'ket-qua-2023.csv', '--after', 'ket-qua-2024.csv', ...args], { cwd: dir });

describe('chiso compare', () => {
    test('JSON: each unit\'s index and rank both years, exact, with the change', () => {
        const result = compare(twoYears(), '--format', 'json');
        expect(result.status, result.stderr).toBe(0);
        const report = JSON.parse(result.stdout);
        expect(report.formatVersion).toBe('1.0');
        expect([report.before.id, report.after.id]).toEqual(['ChiSo2023', 'ChiSo2024']);
        // This year's ranking order, the unranked unit after the ranked ones, then last year's only unit.
        expect(report.units.map((u: { unit: string }) => u.unit)).toEqual(['SoA', 'SoD', 'SoB', 'SoC', 'SoE']);
        const [soA, soD, soB, soC, soE] = report.units;
        // SoA: 9/11 → 11/12, i.e. 900/11 → 275/3 %: +325/33; rank 2 of 4 → 1 of 3.
        expect(soA).toMatchObject({
            before: { total: 9, maxPoints: 11, index: '900/11', published: 81.82, rank: 2, rankedCount: 4 },
            after: { total: 11, maxPoints: 12, index: '275/3', published: 91.67, rank: 1, rankedCount: 3 },
            indexChange: '325/33', publishedChange: 9.85, rankChange: 1,
        });
        // SoB: 1000/11 → 175/3: −1075/33; rank 1 → 3.
        expect(soB).toMatchObject({ indexChange: '-1075/33', rankChange: -2 });
        // SoC, not ranked this year: 500/11 → 250/3, +1250/33, no rank change.
        expect(soC).toMatchObject({ before: { rank: 4 }, after: { index: '250/3', rank: null }, indexChange: '1250/33', rankChange: null });
        expect(soD).toMatchObject({ before: null, after: { index: 75, rank: 2 }, indexChange: null, rankChange: null });
        expect(soE).toMatchObject({ before: { index: '900/11', rank: 2 }, after: null, indexChange: null });
    });

    test('JSON: the items that moved most, per unit and as a mean over the units scored both years', () => {
        const report = JSON.parse(compare(twoYears(), '--format', 'json').stdout);
        const soA = report.perUnit.find((u: { unit: string }) => u.unit === 'SoA');
        // 2.1 re-pointed 2 → 3: 1 of 2 then 3 of 3 is a half of its max gained, 1,5 at this year's max; 1.2 +1; 2.2 −1.
        expect(soA.up).toEqual([
            { code: '2.1', previousCode: '2.1', title: 'Công khai thủ tục hành chính', before: { achieved: 1, maxPoints: 2 }, after: { achieved: 3, maxPoints: 3 }, change: 1.5 },
            { code: '1.2', previousCode: '1.2', title: 'Báo cáo định kỳ', before: { achieved: 1, maxPoints: 2 }, after: { achieved: 2, maxPoints: 2 }, change: 1 },
        ]);
        expect(soA.down.map((m: { code: string; change: number }) => [m.code, m.change])).toEqual([['2.2', -1]]);
        expect(soA.added).toEqual([{ code: '2.4', title: 'Số hóa kết quả giải quyết thủ tục hành chính', achieved: 1, maxPoints: 1 }]);
        expect(soA.removed).toEqual([{ code: '1.4', title: 'Ứng dụng công nghệ thông tin', achieved: 1, maxPoints: 1 }]);
        const soB = report.perUnit.find((u: { unit: string }) => u.unit === 'SoB');
        // 2.1: 2 of 2 → 1,5 of 3 is −1,5; 1.2 −1; 1.3, re-coded 2.3: 1 → 0,5.
        expect(soB.up).toEqual([]);
        expect(soB.down.map((m: { code: string; previousCode: string; change: number }) => [m.code, m.previousCode, m.change])).toEqual([['2.1', '2.1', -1.5], ['1.2', '1.2', -1], ['2.3', '1.3', -0.5]]);
        // Units of one year only have no items to compare.
        expect(report.perUnit.map((u: { unit: string }) => u.unit)).toEqual(['SoA', 'SoB', 'SoC']);
        // Means over SoA, SoB, SoC: 1.1 (0, 0, +1) and 1.2 (+1, −1, +1) +1/3; 2.1 (+1,5, −1,5, +0,5) and 2.3 (0, −0,5, +1) +1/6; 2.2 (−1, 0, 0) −1/3.
        expect(report.overall.up.map((m: { code: string; change: number | string; units: number }) => [m.code, m.change, m.units])).toEqual([['1.1', '1/3', 3], ['1.2', '1/3', 3], ['2.1', '1/6', 3], ['2.3', '1/6', 3]]);
        expect(report.overall.down.map((m: { code: string; change: number | string }) => [m.code, m.change])).toEqual([['2.2', '-1/3']]);
        expect(report.overall.added.map((i: { code: string }) => i.code)).toEqual(['2.4']);
        expect(report.overall.removed.map((i: { code: string }) => i.code)).toEqual(['1.4']);
    });

    test('the same set and results both years: nothing moved, every rank kept', () => {
        const result = chiso(['compare', '2024.chiso', '2024.chiso', '--before', 'ket-qua-2024.csv', '--after', 'ket-qua-2024.csv', '--format', 'json'], { cwd: twoYears() });
        expect(result.status, result.stderr).toBe(0);
        const report = JSON.parse(result.stdout);
        expect(report.units.map((u: { unit: string; indexChange: number; rankChange: number | null }) => [u.unit, u.indexChange, u.rankChange])).toEqual([['SoA', 0, 0], ['SoD', 0, 0], ['SoB', 0, 0], ['SoC', 0, null]]);
        expect(report.overall).toEqual({ up: [], down: [], added: [], removed: [] });
        expect(report.perUnit.every((u: { up: []; down: []; added: []; removed: [] }) => [u.up, u.down, u.added, u.removed].every(list => list.length === 0))).toBe(true);
    });

    test('text in Vietnamese: the units table and the items\' lines, numbers in Vietnamese format', () => {
        const result = compare(twoYears(), '--lang', 'vi');
        expect(result.status, result.stderr).toBe(0);
        const text = result.stdout;
        expect(text).toContain('So sánh kết quả năm trước (ChiSo2023, 2023) và năm nay (ChiSo2024, 2024)');
        const line = (unit: string) => text.split('\n').find(l => l.trim().startsWith(unit))!.trim().split(/\s{2,}/);
        expect(line('SoA')).toEqual(['SoA', '81,82%', '2/4', '91,67%', '1/3', '+9,85', 'lên 1 bậc']);
        expect(line('SoB')).toEqual(['SoB', '90,91%', '1/4', '58,33%', '3/3', '−32,58', 'xuống 2 bậc']);
        expect(line('SoC')).toEqual(['SoC', '45,45%', '4/4', '83,33%', 'không xếp hạng', '+37,88', '—']);
        expect(line('SoD')).toEqual(['SoD', '—', '—', '75%', '2/3', 'chỉ có năm nay', 'chỉ có năm nay']);
        expect(line('SoE')).toEqual(['SoE', '81,82%', '2/4', '—', '—', 'chỉ có năm trước', 'chỉ có năm trước']);
        expect(text).toContain('    2.1 Công khai thủ tục hành chính: 1 / 2 điểm → 3 / 3 điểm: +1,5 điểm (theo tỷ lệ trên điểm tối đa, tính bằng điểm tối đa năm nay)');
        expect(text).toContain('    2.3 (năm trước 1.3) Kiểm tra công tác cải cách hành chính năm: 1 / 2 điểm → 0,5 / 2 điểm: −0,5 điểm');
        expect(text).toContain('    2.2 Tiếp nhận phản ánh, kiến nghị: −1/3 điểm (bình quân 3 đơn vị)');
        expect(text).toContain('    2.4 Số hóa kết quả giải quyết thủ tục hành chính (tối đa 1 điểm)');
        // SoA's section: its gains, losses, new and gone items, in that order.
        const soA = text.slice(text.indexOf('SoA: các mục thay đổi nhiều nhất'), text.indexOf('SoB: các mục thay đổi nhiều nhất'));
        expect(soA.split('\n').map(l => l.trim()).filter(Boolean)).toEqual([
            'SoA: các mục thay đổi nhiều nhất',
            'Tăng nhiều nhất:',
            '2.1 Công khai thủ tục hành chính: 1 / 2 điểm → 3 / 3 điểm: +1,5 điểm (theo tỷ lệ trên điểm tối đa, tính bằng điểm tối đa năm nay)',
            '1.2 Báo cáo định kỳ: 1 / 2 điểm → 2 / 2 điểm: +1 điểm',
            'Giảm nhiều nhất:',
            '2.2 Tiếp nhận phản ánh, kiến nghị: 2 / 2 điểm → 1 / 2 điểm: −1 điểm',
            'Mục mới năm nay:',
            '2.4 Số hóa kết quả giải quyết thủ tục hành chính: 1 / 1 điểm',
            'Mục năm trước, năm nay không còn:',
            '1.4 Ứng dụng công nghệ thông tin: 1 / 1 điểm',
        ]);
    });

    test('English with --lang en; --unit and --top narrow the report to one unit\'s largest moves', () => {
        const result = compare(twoYears(), '--lang', 'en', '--unit', 'SoC', '--top', '2');
        expect(result.status, result.stderr).toBe(0);
        const lines = result.stdout.split('\n').map(l => l.trim()).filter(Boolean);
        expect(lines).toEqual([
            'Last year (ChiSo2023, 2023) against this year (ChiSo2024, 2024)',
            'Index and rank',
            expect.stringMatching(/^Unit\s+Index last year\s+Rank last year\s+Index this year\s+Rank this year\s+Index change\s+Rank change$/),
            expect.stringMatching(/^SoC\s+45.45%\s+4\/4\s+83.33%\s+not ranked\s+\+37.88\s+—$/),
            'SoC: the items that moved most',
            'Largest gains:',
            // Four items gained 1 point; the two first in this year's set are listed.
            '1.1 Kế hoạch cải cách hành chính: 1 / 2 points → 2 / 2 points: +1 point',
            '1.2 Báo cáo định kỳ: 1 / 2 points → 2 / 2 points: +1 point',
            'Largest losses:',
            '(none)',
            'Items new this year:',
            '2.4 Số hóa kết quả giải quyết thủ tục hành chính: 1 / 1 point',
            'Last year\'s items gone this year:',
            '1.4 Ứng dụng công nghệ thông tin: 0 / 1 point',
        ]);
    });

    test('Markdown: the units table as a table, each list under its heading', () => {
        const result = compare(twoYears(), '--format', 'md', '--lang', 'vi');
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toContain('| Đơn vị | Chỉ số năm trước | Xếp hạng năm trước | Chỉ số năm nay | Xếp hạng năm nay | Chỉ số tăng, giảm | Xếp hạng tăng, giảm |');
        expect(result.stdout).toContain('| SoA | 81,82% | 2/4 | 91,67% | 1/3 | +9,85 | lên 1 bậc |');
        expect(result.stdout).toContain('## SoB: các mục thay đổi nhiều nhất\n\n### Tăng nhiều nhất\n\n(không có)\n\n### Giảm nhiều nhất\n\n- 2.1 Công khai thủ tục hành chính: 2 / 2 điểm → 1,5 / 3 điểm: −1,5 điểm');
    });

    test('XLSX: the units with their indices as exact numbers, and a row per item listed, read back with exceljs', async () => {
        const dir = twoYears();
        const result = compare(dir, '--format', 'xlsx', '-o', 'so-sanh.xlsx', '--lang', 'vi');
        expect(result.status, result.stderr).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(path.join(dir, 'so-sanh.xlsx')));
        // Each row as many cells as the sheet has columns, an empty cell null.
        const rowsOf = (name: string, columns: number) => {
            const found: ExcelJS.CellValue[][] = [];
            workbook.getWorksheet(name)!.eachRow(row => found.push(Array.from({ length: columns }, (_, i) => (row.values as ExcelJS.CellValue[])[i + 1] ?? null)));
            return found;
        };
        // Indices as each year published them (2 places): 900/11 = 81,8181… → 81,82; 275/3 → 91,67; the change 9,85.
        const units = rowsOf('Chỉ số', 7);
        expect(units[1]).toEqual(['Đơn vị', 'Chỉ số năm trước', 'Xếp hạng năm trước', 'Chỉ số năm nay', 'Xếp hạng năm nay', 'Chỉ số tăng, giảm', 'Xếp hạng tăng, giảm']);
        expect(units[2]).toEqual(['SoA', 81.82, '2/4', 91.67, '1/3', 9.85, 'lên 1 bậc']);
        expect(units[3]).toEqual(['SoD', '—', '—', 75, '2/3', 'chỉ có năm nay', 'chỉ có năm nay']);
        const items = rowsOf('Các mục', 8);
        expect(items[1]).toEqual(['Đơn vị', 'Nhóm', 'Mục', 'Điểm năm trước', 'Tối đa năm trước', 'Điểm năm nay', 'Tối đa năm nay', 'Tăng, giảm (điểm)']);
        expect(items).toContainEqual(['SoB', 'Giảm nhiều nhất', '2.1 Công khai thủ tục hành chính', 2, 2, 1.5, 3, -1.5]);
        expect(items).toContainEqual(['SoB', 'Giảm nhiều nhất', '2.3 (năm trước 1.3) Kiểm tra công tác cải cách hành chính năm', 1, 2, 0.5, 2, -0.5]);
        expect(items).toContainEqual(['Bình quân mỗi đơn vị', 'Giảm nhiều nhất', '2.2 Tiếp nhận phản ánh, kiến nghị', null, null, null, null, { formula: '-1/3', result: -1 / 3 }]);
        expect(items).toContainEqual(['SoA', 'Mục năm trước, năm nay không còn', '1.4 Ứng dụng công nghệ thông tin', 1, 1, null, null, null]);
        // Without -o an XLSX has nowhere to go.
        expect(compare(dir, '--format', 'xlsx', '--lang', 'en').status).toBe(2);
    });

    test('a unit neither year holds: exit 2, the units to choose from; a --top that is no count: exit 2', () => {
        const dir = twoYears();
        const unknown = compare(dir, '--unit', 'SoX', '--lang', 'vi');
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toContain('Kết quả năm trước và năm nay đều không có đơn vị SoX; hãy chọn một bằng --unit: SoA, SoD, SoB, SoC, SoE.');
        expect(unknown.stdout).toBe('');
        const top = compare(dir, '--top', '0', '--lang', 'en');
        expect(top.status).toBe(2);
        expect(top.stderr).toContain('The value “0” of --top is not valid');
    });

    test('errors in either year\'s results are reported as chiso score reports them (exit 1); -o never writes over an input', () => {
        const dir = twoYears();
        const broken = chiso(['compare', '2023.chiso', '2024.chiso', '--before', 'ket-qua-2024.csv', '--after', 'ket-qua-2024.csv', '--lang', 'en'], { cwd: dir });
        expect(broken.status).toBe(1);
        expect(broken.stderr).toContain('ket-qua-2024.csv:6:1: error chiso/score-unknown-item: Unit SoA: the set has no item 2.3.');
        const over = compare(dir, '-o', 'ket-qua-2023.csv', '--lang', 'en');
        expect(over.status).toBe(2);
        expect(readFileSync(path.join(dir, 'ket-qua-2023.csv'), 'utf8')).toBe(RESULTS_2023);
    });
});
