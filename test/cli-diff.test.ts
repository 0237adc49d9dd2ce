import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chiso, ROOT, workspace } from './cli.js';

/** A copy of Vĩnh Long's folder with the given edits applied to department.chiso. */
function editedCopy(edits: [string, string][]): string {
    const dir = workspace({});
    cpSync(path.join(ROOT, 'examples/illustrative/vinhlong-2023'), dir, { recursive: true });
    const file = path.join(dir, 'department.chiso');
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of edits) {
        expect(text.includes(from), from).toBe(true);
        text = text.replace(from, to);
    }
    writeFileSync(file, text);
    return file;
}

const ORIGINAL = 'examples/illustrative/vinhlong-2023/department.chiso';

describe('chiso diff', () => {
    test('one component max raised and one renamed: exactly those two changes', () => {
        const changed = editedCopy([
            ['component 1.1.1 "Ban hành kế hoạch CCHC năm đúng thời hạn" max 0.5', 'component 1.1.1 "Ban hành kế hoạch CCHC năm đúng thời hạn" max 1'],
            ['component 1.1.2 "Kế hoạch xác định đầy đủ nhiệm vụ, kết quả, thời hạn và trách nhiệm triển khai"', 'component 1.1.2 "Kế hoạch xác định rõ nhiệm vụ, sản phẩm, thời hạn và trách nhiệm triển khai"'],
        ]);
        const renamedFrom = 'Kế hoạch xác định đầy đủ nhiệm vụ, kết quả, thời hạn và trách nhiệm triển khai';
        const renamedTo = 'Kế hoạch xác định rõ nhiệm vụ, sản phẩm, thời hạn và trách nhiệm triển khai';
        const run = chiso(['diff', ORIGINAL, changed, '--format', 'json', '--lang', 'vi']);
        expect(run.status, run.stderr).toBe(0);
        const { changes } = JSON.parse(run.stdout);
        expect(changes).toEqual([
            expect.objectContaining({ type: 'max', from: 0.5, to: 1, item: expect.objectContaining({ code: '1.1.1' }) }),
            expect.objectContaining({ type: 'renamed', from: renamedFrom, to: renamedTo, item: expect.objectContaining({ code: '1.1.2' }) }),
        ]);
        const words = chiso(['diff', ORIGINAL, changed, '--lang', 'vi']).stdout;
        expect(words).toContain('Tiêu chí thành phần 1.1.1: tăng từ 0,5 lên 1 điểm.');
        expect(words).toContain(`Tiêu chí thành phần 1.1.2: đổi tên từ “${renamedFrom}” thành “${renamedTo}”.`);
    });

    test('band boundary changes and the declared split', () => {
        const changed = editedCopy([
            ['split { appraisal 66  survey 34 }', 'split { appraisal 70  survey 30 }'],
        ]);
        const text = readFileSync(changed, 'utf8')
            .replace(/\[80%, 100%\) -> 0\.5/, '[70%, 100%) -> 0.5').replace(/< 80% -> 0/, '< 70% -> 0');
        writeFileSync(changed, text);
        const run = chiso(['diff', ORIGINAL, changed, '--format', 'json', '--lang', 'en']);
        expect(run.status, run.stderr).toBe(0);
        const { changes } = JSON.parse(run.stdout);
        expect(changes[0]).toMatchObject({ type: 'set', field: 'split' });
        expect(changes.some((c: { type: string }) => c.type === 'scoring')).toBe(true);
        const words = chiso(['diff', ORIGINAL, changed, '--lang', 'en']).stdout;
        expect(words).toContain('Split by source: appraisal 66, survey 34 → appraisal 70, survey 30.');
        expect(words).toMatch(/scoring changed: «from 80% to below 100%: 0.5 points»; «below 80%: 0 points» → «from 70% to below 100%: 0.5 points»; «below 70%: 0 points»/);
    });

    test('a removed item, added items, moved items and a source change; a retitled item with nothing else changed is a rename', () => {
        const dir = workspace({
            'old.chiso': 'survey S "Điều tra"\nset A "Cũ" {\n  domain 1 "Một" max 10 {\n    criterion 1.1 "Kế hoạch cải cách hành chính" max 4\n    criterion 1.2 "Báo cáo" max 3\n    criterion 1.3 "Tuyên truyền" max 3\n  }\n  domain 2 "Hai" max 90 { criterion 2.1 "Kiểm tra" max 90 }\n}\n',
            'new.chiso': 'survey S "Điều tra"\nset A "Mới" {\n  domain 1 "Một" max 10 {\n    criterion 1.1 "Báo cáo" max 3 { source survey S }\n    criterion 1.2 "Kế hoạch cải cách hành chính" max 4\n    criterion 1.3 "Sáng kiến" max 2\n    criterion 1.4 "Kỷ luật" max 1\n  }\n  domain 2 "Hai" max 90 { criterion 2.1 "Thanh tra" max 90 }\n}\n',
        });
        const run = chiso(['diff', 'old.chiso', 'new.chiso', '--lang', 'en'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toContain('Criterion 1.1 “Báo cáo”: moved from code 1.2 to 1.1.');
        expect(run.stdout).toContain('Criterion 1.2 “Kế hoạch cải cách hành chính”: moved from code 1.1 to 1.2.');
        expect(run.stdout).toContain('Criterion 1.1: source changed from appraisal to survey (S).');
        expect(run.stdout).toContain('Removed criterion 1.3 “Tuyên truyền” (3 points).');
        expect(run.stdout).toContain('Added criterion 1.3 “Sáng kiến” (2 points).');
        expect(run.stdout).toContain('Added criterion 1.4 “Kỷ luật” (1 point).');
        expect(run.stdout).toContain('Criterion 2.1: renamed from “Kiểm tra” to “Thanh tra”.');
    });

    test('the set\'s decision, the decision it replaces, year, title, level and split, in Vietnamese words only', () => {
        const set = (header: string, split: string) => `survey S "Điều tra"\nset A ${header}\n  split { ${split} }\n  domain 1 "Một" max 70 { criterion 1.1 "A" max 70 }\n  domain 2 "Hai" max 30 { source survey S  criterion 2.1 "B" max 30 }\n}\n`;
        const dir = workspace({
            'old.chiso': set('"Chỉ số CCHC cấp sở 2022" {\n  decision "100/QĐ-UBND" dated 2022-03-01\n  level department\n  year 2022', 'appraisal 70  survey 30'),
            'new.chiso': set('"Chỉ số CCHC cấp huyện 2023" {\n  decision "205/QĐ-UBND" dated 2023-04-15\n  replaces "100/QĐ-UBND" dated 2022-03-01\n  level district\n  year 2023', 'appraisal 70  survey 30 optional'),
        });
        const vi = chiso(['diff', 'old.chiso', 'new.chiso', '--lang', 'vi'], { cwd: dir });
        expect(vi.status, vi.stderr).toBe(0);
        expect(vi.stdout.trimEnd().split('\n').slice(2)).toEqual([
            '  Tên bộ tiêu chí: “Chỉ số CCHC cấp sở 2022” → “Chỉ số CCHC cấp huyện 2023”.',
            '  Quyết định ban hành: số 100/QĐ-UBND ngày 01/03/2022 → số 205/QĐ-UBND ngày 15/04/2023.',
            '  Thay thế quyết định: (không có) → số 100/QĐ-UBND ngày 01/03/2022.',
            '  Năm đánh giá: 2022 → 2023.',
            '  Cấp áp dụng: cấp sở → cấp huyện.',
            '  Cơ cấu điểm theo nguồn: thẩm định 70, ĐTXHH 30 → thẩm định 70, ĐTXHH 30 (không bắt buộc).',
        ]);
        expect(vi.stdout).not.toMatch(/\b(appraisal|survey|specialist|optional|department|district|including)\b/);
        const en = chiso(['diff', 'old.chiso', 'new.chiso', '--lang', 'en'], { cwd: dir }).stdout;
        expect(en).toContain('Decision: 100/QĐ-UBND of 2022-03-01 → 205/QĐ-UBND of 2023-04-15.');
        expect(en).toContain('Level: department → district.');
        expect(en).toContain('Split by source: appraisal 70, survey 30 → appraisal 70, survey 30 (optional).');
    });

    test('the classes and the rounding of the published index, in the decision\'s words', () => {
        const set = (header: string) => `set A "Chỉ số" {\n  total 100\n  ${header}\n  domain 1 "Một" max 100\n}\n`;
        const dir = workspace({
            'old.chiso': set('classes { >= 90% -> "A"  [80%, 90%) -> "B" }'),
            'new.chiso': set('rounding 0\n  classes { >= 85% -> "A"  [70%, 85%) -> "B" }'),
        });
        const vi = chiso(['diff', 'old.chiso', 'new.chiso', '--lang', 'vi'], { cwd: dir });
        expect(vi.status, vi.stderr).toBe(0);
        expect(vi.stdout.trimEnd().split('\n').slice(2)).toEqual([
            '  Xếp loại: A: từ 90% trở lên; B: từ 80% đến dưới 90% → A: từ 85% trở lên; B: từ 70% đến dưới 85%.',
            '  Số chữ số thập phân của chỉ số công bố: (không có) → 0.',
        ]);
        const json = JSON.parse(chiso(['diff', 'old.chiso', 'new.chiso', '--format', 'json', '--lang', 'en'], { cwd: dir }).stdout);
        expect(json.changes.map((c: { field: string; to: string }) => [c.field, c.to])).toEqual([['classes', 'A: 85% or more; B: from 70% to below 85%'], ['rounding', '0']]);
    });

    test('units exempted from an item, and units assigned it again, are said by name', () => {
        const set = (exempt: string) => `agency SoA "Sở A"\nagency SoB "Sở B"\nagency SoC "Sở C"\nset A "Chỉ số" {\n  total 100\n  domain 1 "Một" max 80\n  domain 2 "Dịch vụ công" max 20 ${exempt}\n}\n`;
        const dir = workspace({ 'old.chiso': set('{ exempt SoA }'), 'new.chiso': set('{ exempt SoB, SoC }') });
        const vi = chiso(['diff', 'old.chiso', 'new.chiso', '--lang', 'vi'], { cwd: dir });
        expect(vi.status, vi.stderr).toBe(0);
        expect(vi.stdout.trimEnd().split('\n').slice(2)).toEqual(['  Lĩnh vực 2: không giao cho SoB, SoC. Lĩnh vực 2: giao lại cho SoA.']);
        const json = JSON.parse(chiso(['diff', 'old.chiso', 'new.chiso', '--format', 'json', '--lang', 'en'], { cwd: dir }).stdout);
        expect(json.changes).toEqual([expect.objectContaining({ type: 'exempt', added: ['SoB', 'SoC'], removed: ['SoA'] })]);
        expect(chiso(['diff', 'new.chiso', 'old.chiso', '--lang', 'en'], { cwd: dir }).stdout).toContain('Domain 2: no longer assigned to SoA (exempt). Domain 2: assigned again to SoB, SoC.');
    });

    test('a later version that does not add up is said to be a draft, where it does not', () => {
        const dir = workspace({
            'old.chiso': 'set A "Bộ" {\n  total 10\n  domain 1 "Một" max 10 { criterion 1.1 "A" max 6  criterion 1.2 "B" max 4 }\n}\n',
            'new.chiso': 'set A "Bộ" {\n  total 10\n  domain 1 "Một" max 10 { criterion 1.1 "A" max 6.5  criterion 1.2 "B" max 4 }\n}\n',
        });
        const vi = chiso(['diff', 'old.chiso', 'new.chiso', '--lang', 'vi'], { cwd: dir });
        expect(vi.status, vi.stderr).toBe(0);
        expect(vi.stdout).toContain('Cảnh báo: new.chiso chưa khớp điểm, các thay đổi dưới đây so với một bản nháp: lĩnh vực 1: các mục con cộng lại 10,5, không phải 10.');
        const json = JSON.parse(chiso(['diff', 'old.chiso', 'new.chiso', '--format', 'json'], { cwd: dir }).stdout);
        expect(json.notAddingUp).toEqual([{ kind: 'item', item: { code: '1', kind: 'domain', title: 'Một', maxPoints: 10 }, sum: '10.5', max: '10' }]);
        // The earlier version is the draft: nothing to warn about in the later one.
        const back = chiso(['diff', 'new.chiso', 'old.chiso', '--lang', 'en'], { cwd: dir }).stdout;
        expect(back).not.toContain('Warning');
        expect(back).toContain('Criterion 1.1: lowered from 6.5 to 6 points.');
    });

    test('a deduction criterion\'s rule is worded as points taken off, as in the annex', () => {
        const set = (amount: string) => `set D "Điểm trừ" {
    total 3
    domain 1 "Kỷ luật" max 3
    deductions "Điểm trừ" max 3 { criterion Đ1 "Bị phê bình" max 3 { scoring deduct ${amount} per "lần" floor 0 } }
}
`;
        const [before, after] = [workspace({ 'd.chiso': set('1') }), workspace({ 'd.chiso': set('0.5') })];
        const run = chiso(['diff', path.join(before, 'd.chiso'), path.join(after, 'd.chiso'), '--lang', 'vi']);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toContain('«trừ 1 điểm mỗi lần, trừ tối đa 3 điểm» → «trừ 0,5 điểm mỗi lần, trừ tối đa 3 điểm»');
    });

    test('identical sets: no changes', () => {
        const run = chiso(['diff', ORIGINAL, ORIGINAL, '--format', 'md', '--lang', 'vi']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Không có thay đổi.');
    });
});
