import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { chiso, ROOT, workspace } from './cli.js';

const EXAMPLES = path.join(ROOT, 'examples');
const setFiles = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    // A real example showing a published inconsistency ($TEST$ error, pinned by test/examples.test.ts) is not exported.
    .filter(f => f.endsWith('.chiso') && /^\s*set\s/m.test(readFileSync(path.join(EXAMPLES, f), 'utf8')) && !/\$TEST\$ error/.test(readFileSync(path.join(EXAMPLES, f), 'utf8')))
    .sort();

describe('chiso import', () => {
    test.each(setFiles)('%s: export → import → compile reproduces the compiled JSON byte for byte', file => {
        const dir = workspace({});
        const source = path.join('examples', file);
        expect(chiso(['compile', source, '-o', path.join(dir, 'direct.json')]).status).toBe(0);
        expect(chiso(['export', source, '--format', 'xlsx', '-o', path.join(dir, 'annex.xlsx')]).status).toBe(0);
        const imported = chiso(['import', path.join(dir, 'annex.xlsx'), '-o', path.join(dir, 'imported.chiso')]);
        expect(imported.status, imported.stderr).toBe(0);
        expect(imported.stderr).not.toContain('warning');
        const again = chiso(['compile', path.join(dir, 'imported.chiso'), '-o', path.join(dir, 'again.json')]);
        expect(again.status, again.stderr).toBe(0);
        expect(readFileSync(path.join(dir, 'again.json'))).toEqual(readFileSync(path.join(dir, 'direct.json')));
    });

    const FIXTURES = path.join(ROOT, 'packages/language/test/fixtures/codes');
    test.each(['roman-domains-running-criteria.chiso', 'prefixed-domains.chiso'])('%s: a set numbered I, II or D1, D2 comes back byte for byte too', file => {
        const dir = workspace({ 'set.chiso': readFileSync(path.join(FIXTURES, file)) });
        expect(chiso(['compile', 'set.chiso', '-o', 'direct.json'], { cwd: dir }).status).toBe(0);
        expect(chiso(['export', 'set.chiso', '--format', 'xlsx', '-o', 'annex.xlsx'], { cwd: dir }).status).toBe(0);
        // Imported into a folder of its own: a set is linked with the other .chiso files of its folder.
        const back = workspace({});
        const imported = chiso(['import', path.join(dir, 'annex.xlsx'), '-o', path.join(back, 'set.chiso')]);
        expect(imported.status, imported.stderr).toBe(0);
        const again = chiso(['compile', path.join(back, 'set.chiso'), '-o', path.join(dir, 'again.json')]);
        expect(again.status, again.stderr).toBe(0);
        expect(readFileSync(path.join(dir, 'again.json'))).toEqual(readFileSync(path.join(dir, 'direct.json')));
    });

    test('titles and points edited in the workbook win over the hidden data', async () => {
        const dir = workspace({});
        expect(chiso(['export', 'examples/illustrative/myduc-2020', '--format', 'xlsx', '-o', path.join(dir, 'a.xlsx')]).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path.join(dir, 'a.xlsx'));
        const sheet = workbook.worksheets[0];
        sheet.eachRow(row => {
            if (row.getCell(1).value === '1.1.1') row.getCell(2).value = 'Ban hành kế hoạch CCHC năm trong tháng 12 năm trước';
        });
        await workbook.xlsx.writeFile(path.join(dir, 'edited.xlsx'));
        expect(chiso(['import', path.join(dir, 'edited.xlsx'), '-o', path.join(dir, 'edited.chiso')]).status).toBe(0);
        const text = readFileSync(path.join(dir, 'edited.chiso'), 'utf8');
        expect(text).toContain('component 1.1.1 "Ban hành kế hoạch CCHC năm trong tháng 12 năm trước" max 1');
        expect(text).toContain('scoring choice');
    });

    test('a province’s own CSV: trailing dots, decimal commas, totals and survey notes; unreadable rows reported', () => {
        const csv = [
            'PHỤ LỤC I,,,,,',
            'STT,Lĩnh vực / tiêu chí / tiêu chí thành phần,Điểm tối đa,Điểm tự đánh giá,Điểm đạt được,Ghi chú',
            '1.,Công tác chỉ đạo,"2,5",,,',
            '1.1.,Kế hoạch CCHC,"1,5",,,',
            '1.2.,Báo cáo,1,,,',
            '2.,Tác động,"7,5",,,',
            '2.1.,Sự hài lòng,"7,5",,,ĐTXHH',
            ',,,,,',
            'x,Dòng lạc,?,,,',
            ',Tổng cộng,10,,,',
        ].join('\n');
        const dir = workspace({ 'Phụ lục 2024.csv': csv });
        const run = chiso(['import', 'Phụ lục 2024.csv', '-o', 'set.chiso', '--lang', 'en'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toContain('Phụ lục 2024.csv:9:1: warning chiso/import-row-skipped: Row skipped: “?” is not a point value.');
        const text = readFileSync(path.join(dir, 'set.chiso'), 'utf8');
        expect(text).toContain('set Phu_luc_2024 "PHỤ LỤC I" {');
        expect(text).toContain('criterion 1.1 "Kế hoạch CCHC" max 1.5');
        expect(text).toMatch(/criterion 2\.1 "Sự hài lòng" max 7\.5 \{\s+source survey DTXHH/);
        const check = chiso(['check', 'set.chiso'], { cwd: dir });
        expect(check.status, check.stdout).toBe(0);
    });

    test('a province’s own workbook: merged cells, lettered sub-items, no hidden data', async () => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Phụ lục');
        sheet.addRow(['BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC']);
        sheet.mergeCells('A1:F1');
        sheet.addRow(['STT', 'Nội dung', 'Điểm tối đa', 'Tự chấm', 'Thẩm định', 'Ghi chú']);
        sheet.addRow(['1', 'Cải cách thể chế', 4, '', '', 'Sở Tư pháp chủ trì']);
        sheet.addRow(['1.1', 'Ban hành văn bản', 2]);
        sheet.addRow(['1.2', 'Rà soát văn bản', 2]);
        sheet.addRow(['a)', 'Rà soát định kỳ', 1]);
        sheet.addRow(['b)', 'Rà soát chuyên đề', 1]);
        sheet.addRow(['2', 'Hiện đại hóa', 6]);
        sheet.addRow(['2.1', 'Dịch vụ công trực tuyến', 6]);
        sheet.mergeCells('F3:F4');
        const dir = workspace({});
        await workbook.xlsx.writeFile(path.join(dir, 'tinh.xlsx'));
        const run = chiso(['import', 'tinh.xlsx', '-o', 'tinh.chiso'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        const text = readFileSync(path.join(dir, 'tinh.chiso'), 'utf8');
        expect(text).toContain('total 10');
        expect(text).toMatch(/criterion 1\.2 "Rà soát văn bản" max 2 \{\s+component a "Rà soát định kỳ" max 1\s+component b "Rà soát chuyên đề" max 1/);
        expect(chiso(['check', 'tinh.chiso'], { cwd: dir }).status).toBe(0);
    });
});

test('a province’s own table numbered I, II with criteria running through the set', () => {
    const csv = [
        'STT,Nội dung,Điểm tối đa,Ghi chú',
        'I.,Công tác chỉ đạo,3,',
        '1.,Kế hoạch CCHC,1,',
        '2.,Báo cáo,2,',
        'a),Đúng hạn,1,',
        'b),Đủ nội dung,1,',
        'II.,Cải cách thể chế,4,',
        '3.,Xây dựng văn bản,4,',
        '3.1.,Đúng quy trình,2,',
        '3.2.,Đúng thời hạn,2,',
    ].join('\n');
    const dir = workspace({ 'lamá.csv': csv });
    const run = chiso(['import', 'lamá.csv', '-o', 'set.chiso', '--lang', 'en'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'set.chiso'), 'utf8');
    expect(text).toMatch(/domain I "Công tác chỉ đạo" max 3 \{\s+criterion 1 "Kế hoạch CCHC" max 1\s+criterion 2 "Báo cáo" max 2 \{\s+component a "Đúng hạn"/);
    expect(text).toMatch(/domain II "Cải cách thể chế" max 4 \{\s+criterion 3 "Xây dựng văn bản" max 4 \{\s+component 3\.1 "Đúng quy trình"/);
    const check = chiso(['check', 'set.chiso'], { cwd: dir });
    expect(check.status, check.stdout).toBe(0);
});

test('a province’s own table with prefixed domains, criteria spelling the domain’s number', () => {
    const csv = ['STT,Nội dung,Điểm tối đa', 'LV1,Chỉ đạo,2', '1.1,Kế hoạch,1', '1.2,Báo cáo,1', 'LV2,Thể chế,1', '2.1,Văn bản,1'].join('\n');
    const dir = workspace({ 'lv.csv': csv });
    expect(chiso(['import', 'lv.csv', '-o', 'set.chiso'], { cwd: dir }).status).toBe(0);
    const text = readFileSync(path.join(dir, 'set.chiso'), 'utf8');
    expect(text).toMatch(/domain LV1 "Chỉ đạo" max 2 \{\s+criterion 1\.1 "Kế hoạch" max 1\s+criterion 1\.2 "Báo cáo" max 1\s+\}\s+domain LV2 "Thể chế" max 1 \{\s+criterion 2\.1/);
    const check = chiso(['check', 'set.chiso'], { cwd: dir });
    expect(check.status, check.stdout).toBe(0);
});

describe('chiso import refuses bad input before reading it fully', () => {
    test('not a spreadsheet', () => {
        const dir = workspace({ 'annex.xlsx': 'STT,Tên\n1,A\n' });
        const run = chiso(['import', 'annex.xlsx', '-o', 'x.chiso'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('annex.xlsx:1:1: error chiso/import-not-spreadsheet');
    });

    test('an empty sheet', async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('Trống');
        const dir = workspace({});
        await workbook.xlsx.writeFile(path.join(dir, 'empty.xlsx'));
        const run = chiso(['import', 'empty.xlsx', '-o', 'x.chiso'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('error chiso/import-no-table');
    });

    test('a file over 50 MB', () => {
        const dir = workspace({});
        writeFileSync(path.join(dir, 'huge.xlsx'), Buffer.alloc(51 * 1024 * 1024));
        const run = chiso(['import', 'huge.xlsx', '-o', 'x.chiso'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('error chiso/import-too-large: The file is too large to import (51.0 MB)');
    });

    test('a zip bomb', async () => {
        const zip = new JSZip();
        zip.file('[Content_Types].xml', '<Types/>');
        zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(20 * 1024 * 1024));
        const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
        expect(bytes.length).toBeLessThan(1024 * 1024);
        const dir = workspace({ 'bomb.xlsx': bytes });
        const run = chiso(['import', 'bomb.xlsx', '-o', 'x.chiso'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('error chiso/import-too-large');
        expect(readdirSync(dir)).toEqual(['bomb.xlsx']);
    });

    test('an entry that declares its inflated size equal to its packed size, and inflates far past it', async () => {
        const zip = new JSZip();
        zip.file('[Content_Types].xml', '<Types/>');
        zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(20 * 1024 * 1024));
        const bytes = lieAboutSizes(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
        expect(bytes.length).toBeLessThan(1024 * 1024);
        const dir = workspace({ 'liar.xlsx': bytes });
        const run = chiso(['import', 'liar.xlsx', '-o', 'x.chiso'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('error chiso/import-too-large');
        expect(readdirSync(dir)).toEqual(['liar.xlsx']);
    });
});

/** The archive with each entry that inflates declaring (in its local header and the central directory) its compressed size as its inflated size. */
function lieAboutSizes(zip: Buffer): Buffer {
    const bytes = Buffer.from(zip);
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let entry = bytes.readUInt32LE(end + 16);
    for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
        const compressed = bytes.readUInt32LE(entry + 20);
        if (bytes.readUInt32LE(entry + 24) > compressed) {
            bytes.writeUInt32LE(compressed, entry + 24);
            bytes.writeUInt32LE(compressed, bytes.readUInt32LE(entry + 42) + 22);
        }
        entry += 46 + bytes.readUInt16LE(entry + 28) + bytes.readUInt16LE(entry + 30) + bytes.readUInt16LE(entry + 32);
    }
    return bytes;
}

describe('chiso import never writes what it cannot vouch for', () => {
    test('a negative max is reported as its row, and the file written parses', () => {
        const csv = 'STT,Nội dung,Điểm tối đa,Ghi chú\n1,Chỉ đạo,3,\n1.1,Kế hoạch,3,\n1.2,Báo cáo,-5,\n';
        const dir = workspace({ 'annex.csv': csv });
        const run = chiso(['import', 'annex.csv', '-o', 'set.chiso'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toContain('annex.csv:4:1: warning chiso/import-row-skipped: Row skipped: “-5” is not a point value.');
        expect(readFileSync(path.join(dir, 'set.chiso'), 'utf8')).not.toContain('-5');
        expect(chiso(['check', 'set.chiso'], { cwd: dir }).status).toBe(0);
    });

    test('a semicolon-separated annex, as Excel saves it under Vietnamese regional settings', () => {
        const csv = 'STT;Lĩnh vực, tiêu chí;Điểm tối đa;Ghi chú\r\n1;Chỉ đạo, điều hành;2,5;\r\n1.1;Kế hoạch;2,5;\r\n';
        const dir = workspace({ 'annex.csv': csv });
        const run = chiso(['import', 'annex.csv', '-o', 'set.chiso'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(readFileSync(path.join(dir, 'set.chiso'), 'utf8')).toContain('domain 1 "Chỉ đạo, điều hành" max 2.5');
    });

    /** Myđức's export with one record of the hidden `chiso` sheet changed. */
    async function editedMetadata(edit: (kind: string, value: any) => any): Promise<string> {
        const dir = workspace({});
        expect(chiso(['export', 'examples/illustrative/myduc-2020', '--format', 'xlsx', '-o', path.join(dir, 'a.xlsx')]).status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path.join(dir, 'a.xlsx'));
        workbook.getWorksheet('chiso')!.eachRow(row => {
            const value = edit(String(row.getCell(1).value), JSON.parse(String(row.getCell(3).value ?? 'null')));
            if (value !== undefined) row.getCell(3).value = JSON.stringify(value);
        });
        await workbook.xlsx.writeFile(path.join(dir, 'b.xlsx'));
        return dir;
    }

    test('an agency id holding a quote and a line break is refused, not written as a second set', async () => {
        let done = false;
        const dir = await editedMetadata((kind, value) => {
            if (kind !== 'agency' || done) return undefined;
            done = true;
            return { ...value, id: 'X "x"\nset Evil "e" {' };
        });
        const run = chiso(['import', 'b.xlsx', '-o', 'b.chiso'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('error chiso/import-bad-metadata: The workbook\'s hidden `chiso` sheet is damaged ("X \\"x\\"\\nset Evil \\"e\\" {")');
        expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.xlsx']);
    });

    test('a damaged metadata sheet is reported as such, not as a write failure', async () => {
        const dir = await editedMetadata((kind, value) => (kind === 'set' ? { ...value, title: undefined } : undefined));
        const run = chiso(['import', 'b.xlsx', '-o', 'b.chiso'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('error chiso/import-bad-metadata: The workbook\'s hidden `chiso` sheet is damaged (/set must have required property \'title\')');
        expect(run.stderr).not.toContain('Cannot write');
    });

    test('points taken from a formula’s saved value, even from another file, are warned about', async () => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Phụ lục');
        sheet.addRow(['STT', 'Nội dung', 'Điểm tối đa', 'Ghi chú']);
        sheet.addRow(['1', 'Cải cách thể chế', { formula: '[1]Tổng!C3', result: 2 }]);
        sheet.addRow(['1.1', 'Ban hành văn bản', { formula: 'C2', result: 2 }]);
        const dir = workspace({});
        await workbook.xlsx.writeFile(path.join(dir, 'tinh.xlsx'));
        const run = chiso(['import', 'tinh.xlsx', '-o', 'tinh.chiso'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toContain('tinh.xlsx:2:1: warning chiso/import-cached-values: This cell is a formula (=[1]Tổng!C3); its value as Excel last saved it is used, which may be stale, and comes from another file.');
        expect(run.stderr).toMatch(/tinh\.xlsx:3:1: warning chiso\/import-cached-values: This cell is a formula \(=C2\); its value as Excel last saved it is used, which may be stale\.\n/);
    });

    test('a 10 MB title is reported as its row, not as a failure to write', () => {
        const csv = `STT,Nội dung,Điểm tối đa\n1,${'A'.repeat(10_000_000)},2\n2,Cải cách thể chế,3\n`;
        const dir = workspace({ 'annex.csv': csv });
        const run = chiso(['import', 'annex.csv', '-o', 'set.chiso'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toContain('annex.csv:2:1: warning chiso/import-row-skipped: Row skipped: a text is longer than 10000 characters.');
        expect(readFileSync(path.join(dir, 'set.chiso'), 'utf8')).toContain('domain 2 "Cải cách thể chế" max 3');
    });
});

