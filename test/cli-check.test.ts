import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import { describe, expect, test } from 'vitest';
import { chiso, ROOT, workspace } from './cli.js';

const sarifSchema = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The official schema's language-tag pattern is not a valid regular expression under the u flag.
const validateSarif = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(sarifSchema);

const CLEAN = `set S "Bộ tiêu chí" {
    total 10
    domain 1 "Chỉ đạo" max 10 {
        criterion 1.1 "Kế hoạch" max 4
        criterion 1.2 "Báo cáo" max 6
    }
}
`;
const BROKEN = CLEAN.replace('criterion 1.2 "Báo cáo" max 6', 'criterion 1.2 "Báo cáo" max 5');

describe('chiso check', () => {
    test('a clean file exits 0 and says so', () => {
        const dir = workspace({ 'clean.chiso': CLEAN });
        const run = chiso(['check', 'clean.chiso'], { cwd: dir });
        expect(run.status).toBe(0);
        expect(run.stderr).toContain('Checked 1 file: 0 errors, 0 warnings, 0 notes.');
    });

    test('the summary says what remains to detail in each set published to a given depth (vi and en)', () => {
        const dir = workspace({
            'outline.chiso': `set D "Dàn ý" {
    total 20
    counts { domains 2  criteria 8  components 6 }
    domain 1 "Chi tiết" max 10 { criterion 1.1 "Kế hoạch" max 10 }
    domain 2 "Chưa chi tiết" max 10 { counts { criteria 7  components 6 } }
}
set H "Chỉ có phần khai báo" {
    total 100
    split { appraisal 66  survey 34 }
    counts { domains 8  criteria 39 }
}
`,
            'clean.chiso': CLEAN,
        });
        const vi = chiso(['check', '.', '--lang', 'vi'], { cwd: dir });
        expect(vi.status, vi.stdout).toBe(0);
        // Each set's line says what remains to detail, and counts what is written plus what outlines declare.
        expect(vi.stdout).toContain('outline.chiso:1: D: Σ 20/20 ✓ · 2 lĩnh vực, 8 tiêu chí, 6 tiêu chí thành phần · dàn ý: còn 7 tiêu chí, 6 tiêu chí thành phần\n');
        // A header alone has no points by source yet: its split is not flagged as unmet (no `≠`).
        expect(vi.stdout).toContain('outline.chiso:7: H: Σ —/100 · chưa có lĩnh vực: còn 8 lĩnh vực, 39 tiêu chí\n');
        const en = chiso(['check', '.', '--lang', 'en'], { cwd: dir });
        expect(en.stdout).toContain('outline.chiso:1: D: Σ 20/20 ✓ · 2 domains, 8 criteria, 6 components · outline: 7 criteria, 6 components to write\n');
        expect(en.stderr).toContain('Checked 2 files: 0 errors, 0 warnings, 1 note');
    });

    test('a sum error exits 1 and prints file:line:column, severity, code, message and the source line', () => {
        const dir = workspace({ 'broken.chiso': BROKEN });
        const run = chiso(['check', 'broken.chiso'], { cwd: dir });
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('broken.chiso:3:28: error chiso/sum-mismatch: The children of domain 1 add up to 9, not its max of 10 (difference 1).');
        expect(run.stdout).toContain('    3 |     domain 1 "Chỉ đạo" max 10 {');
        expect(run.stdout).toMatch(/\n\s+\|\s{28}\^\^\n/);
    });

    test('messages follow LANG, and --lang overrides it', () => {
        const dir = workspace({ 'broken.chiso': BROKEN });
        const vi = chiso(['check', 'broken.chiso'], { cwd: dir, env: { LANG: 'vi_VN.UTF-8' } });
        expect(vi.stdout).toContain('lỗi chiso/sum-mismatch: Tổng điểm tối đa của các mục con của lĩnh vực 1 là 9');
        const en = chiso(['check', '--lang', 'en', 'broken.chiso'], { cwd: dir, env: { LANG: 'vi_VN.UTF-8' } });
        expect(en.stdout).toContain('error chiso/sum-mismatch: The children of domain 1 add up to 9');
    });

describe('the language: Vietnamese unless English is asked for', () => {
    const VI = 'lỗi chiso/sum-mismatch: Tổng điểm tối đa của các mục con của lĩnh vực 1 là 9';
    const EN = 'error chiso/sum-mismatch: The children of domain 1 add up to 9';

    test('LANG=C (CI machines) and no locale at all give Vietnamese', () => {
        const dir = workspace({ 'broken.chiso': BROKEN });
        expect(chiso(['check', 'broken.chiso'], { cwd: dir, env: { LANG: 'C' } }).stdout).toContain(VI);
        expect(chiso(['check', 'broken.chiso'], { cwd: dir, env: { LANG: '' } }).stdout).toContain(VI);
        expect(chiso(['check', 'broken.chiso'], { cwd: dir, env: { LANG: 'C', LANGUAGE: 'en' } }).stderr).toContain('Đã kiểm tra 1 tệp: 1 lỗi, 0 cảnh báo, 0 ghi chú.');
    });

    test('an English locale gives English; LC_ALL and LC_MESSAGES come before LANG', () => {
        const dir = workspace({ 'broken.chiso': BROKEN });
        expect(chiso(['check', 'broken.chiso'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } }).stdout).toContain(EN);
        expect(chiso(['check', 'broken.chiso'], { cwd: dir, env: { LANG: 'C', LC_MESSAGES: 'en_GB.UTF-8' } }).stdout).toContain(EN);
        expect(chiso(['check', 'broken.chiso'], { cwd: dir, env: { LANG: 'en_US.UTF-8', LC_ALL: 'vi_VN.UTF-8' } }).stdout).toContain(VI);
    });

    test('--lang wins over the locale, either way', () => {
        const dir = workspace({ 'broken.chiso': BROKEN });
        expect(chiso(['check', '--lang', 'en', 'broken.chiso'], { cwd: dir, env: { LANG: 'C' } }).stdout).toContain(EN);
        expect(chiso(['check', '--lang=vi', 'broken.chiso'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } }).stdout).toContain(VI);
    });

    test('--help speaks the same language: Vietnamese by default, English under an English locale or --lang en', () => {
        const vi = chiso(['--help'], { env: { LANG: 'C' } });
        expect(vi.status).toBe(0);
        expect(vi.stdout).toMatch(/^Cách dùng: chiso /);
        expect(vi.stdout).toContain('Lệnh:');
        expect(vi.stdout).toMatch(/check \[tùy chọn\] <paths\.\.\.>\s+Báo mọi lỗi và cảnh báo/);
        const checkVi = chiso(['check', '--help'], { env: { LANG: 'C' } });
        expect(checkVi.stdout).toContain('Tùy chọn:');
        expect(checkVi.stdout).toMatch(/--quiet\s+Chỉ in các lỗi/);
        expect(checkVi.stdout.replace(/\s+/g, ' ')).toContain('--format <format> Định dạng đầu ra (một trong: text, json, github, gitlab, sarif; mặc định: text)');
        expect(checkVi.stdout).toMatch(/^Cách dùng: chiso check \[tùy chọn\] <paths\.\.\.>$/m);
        expect(checkVi.stdout).not.toMatch(/Usage|Options:|\[options\]|display help|choices:/);

        const en = chiso(['check', '--help'], { env: { LANG: 'en_US.UTF-8' } });
        expect(en.stdout).toMatch(/^Usage: chiso check /);
        expect(en.stdout).toMatch(/--notes\s+List the notes too: the survey-sourced items/);
        expect(chiso(['check', '--help', '--lang', 'en'], { env: { LANG: 'C' } }).stdout).toBe(en.stdout);
        expect(chiso(['check', '--lang', 'vi', '--help'], { env: { LANG: 'en_US.UTF-8' } }).stdout).toBe(checkVi.stdout);
    });
});

describe('the report: a line per set, then errors and warnings; notes on request', () => {
    const lines = (run: { stdout: string; stderr: string }) => (run.stdout + run.stderr).split('\n').filter(line => line !== '');

    test('Vĩnh Long 2023 checks in at most 40 lines, each set with its total, split, counts and survey-sourced items', () => {
        const run = chiso(['check', 'examples/illustrative/vinhlong-2023'], { env: { LANG: 'C' } });
        expect(run.status).toBe(0);
        expect(lines(run).length).toBeLessThanOrEqual(40);
        expect(run.stdout).toContain('examples/illustrative/vinhlong-2023/department.chiso:10: VinhLong2023So: Σ 100/100 ✓ · thẩm định 66 · ĐTXHH 34 · 8 lĩnh vực, 34 tiêu chí, 99 tiêu chí thành phần · 30 mục chấm qua ĐTXHH (34 điểm)\n');
        expect(run.stdout).toContain('commune.chiso:12: VinhLong2023Xa: Σ 100/100 ✓ · thẩm định 79 · ĐTXHH + chuyên môn 21 · 8 lĩnh vực, 35 tiêu chí, 79 tiêu chí thành phần · 6 mục chấm qua ĐTXHH (10 điểm)\n');
        // The district set declares no total: the summary says the 100 is the default one.
        expect(run.stdout).toContain('district.chiso:10: VinhLong2023Huyen: Σ 100/100 ✓ (tổng điểm mặc định) · ');
        expect(run.stdout).not.toContain('chiso/survey-sourced');
        expect(run.stderr).toBe('Đã kiểm tra 4 tệp: 0 lỗi, 0 cảnh báo, 67 ghi chú (--notes liệt kê các ghi chú).\n');
    });

    test('in English: singular where it is one, and the summary names notes as notes', () => {
        const dir = workspace({ 'one.chiso': `survey S "Khảo sát" {}\nset One "Một" {\n    total 1\n    domain 1 "Một" max 1 { source survey S }\n}\n` });
        const run = chiso(['check', '--lang', 'en', 'one.chiso'], { cwd: dir });
        expect(run.stdout).toBe('one.chiso:2: One: Σ 1/1 ✓ · 1 domain, 0 criteria, 0 components · 1 survey-sourced item (1 point)\n');
        expect(run.stderr).toBe('Checked 1 file: 0 errors, 0 warnings, 1 note (--notes lists them).\n');
        const notes = chiso(['check', '--lang', 'en', '--notes', 'one.chiso'], { cwd: dir });
        expect(notes.stdout).toContain('one.chiso:4:12: note chiso/survey-sourced: Domain 1 (1 point) is scored from the survey S.\n');
        expect(notes.stderr).toBe('Checked 1 file: 0 errors, 0 warnings, 1 note.\n');
    });

    test('a sum that does not add up shows ✗ in its set line, and the error follows with its source line', () => {
        const dir = workspace({ 'broken.chiso': BROKEN });
        const run = chiso(['check', 'broken.chiso'], { cwd: dir });
        expect(run.stdout.split('\n')[0]).toBe('broken.chiso:1: S: Σ 10/10 ✓ · 1 domain, 2 criteria, 0 components');
        const total = chiso(['check', 'total.chiso'], { cwd: workspace({ 'total.chiso': CLEAN.replace('total 10', 'total 12') }) });
        expect(total.stdout.split('\n')[0]).toBe('total.chiso:1: S: Σ 10/12 ✗ · 1 domain, 2 criteria, 0 components');
        expect(total.stdout).toContain('total.chiso:2:11: error chiso/total-mismatch: The domains add up to 10, not the declared total of 12 (difference 2).');
    });

    test('"declared total" only when a total was declared', () => {
        const dir = workspace({ 'default.chiso': CLEAN.replace('    total 10\n', '') });
        const run = chiso(['check', 'default.chiso'], { cwd: dir });
        expect(run.stdout.split('\n')[0]).toBe('default.chiso:1: S: Σ 10/100 ✗ (default total) · 1 domain, 2 criteria, 0 components');
        expect(run.stdout).toContain('error chiso/total-mismatch: The domains add up to 10, not the default total of 100 (difference 90); the set declares no `total`.');
        expect(run.stdout).not.toContain('declared total');
        const vi = chiso(['check', '--lang', 'vi', 'default.chiso'], { cwd: dir });
        expect(vi.stdout).toContain('khác tổng điểm mặc định 100 (chênh lệch 90); bộ tiêu chí chưa khai báo `total`.');
        expect(vi.stdout).not.toContain('khai báo 100');
    });

    test('--quiet prints errors only: no set lines, warnings, notes or counts', () => {
        const dir = workspace({ 's.chiso': `survey X "Khảo sát" {}\n` + CLEAN.replace('criterion 1.2 "Báo cáo" max 6', 'criterion 1.3 "Báo cáo" max 5 { source survey X }') });
        const full = chiso(['check', 's.chiso'], { cwd: dir });
        expect(full.stdout).toContain('warning chiso/code-gap');
        const quiet = chiso(['check', '--quiet', 's.chiso'], { cwd: dir });
        expect(quiet.status).toBe(1);
        expect(quiet.stderr).toBe('');
        expect(quiet.stdout).toMatch(/^s\.chiso:4:28: error chiso\/sum-mismatch: /);
        expect(quiet.stdout).not.toMatch(/warning|note|Σ/);
        expect(chiso(['check', '-q', '--lang', 'en', 's.chiso'], { cwd: dir }).stdout).toBe(quiet.stdout);
        // Errors only, and notes on request, cannot both be had.
        expect(chiso(['check', '--quiet', '--notes', 's.chiso'], { cwd: dir }).status).toBe(2);
    });

    test('github and sarif leave notes out unless --notes asks; json keeps them; --quiet keeps errors only', () => {
        const dir = workspace({ 's.chiso': `survey X "Khảo sát" {}\n` + CLEAN.replace('criterion 1.2 "Báo cáo" max 6', 'criterion 1.3 "Báo cáo" max 6 { source survey X }') });
        const github = chiso(['check', '--format', 'github', 's.chiso'], { cwd: dir });
        expect(github.stdout).toMatch(/^::warning .*chiso\/code-gap/m);
        expect(github.stdout).not.toContain('::notice');
        expect(chiso(['check', '--format', 'github', '--notes', 's.chiso'], { cwd: dir }).stdout).toMatch(/^::notice file=s\.chiso,line=6,.*title=chiso\/survey-sourced::Criterion 1\.3 \(6 points\)/m);
        expect(chiso(['check', '--format', 'github', '--quiet', 's.chiso'], { cwd: dir }).stdout).toBe('');

        const levels = (args: string[]) => JSON.parse(chiso(['check', '--format', 'sarif', ...args, 's.chiso'], { cwd: dir }).stdout).runs[0].results.map((r: { level: string }) => r.level);
        expect(levels([])).toEqual(['warning']);
        expect(levels(['--notes'])).toEqual(['warning', 'note']);
        const sarif = JSON.parse(chiso(['check', '--format', 'sarif', '--notes', 's.chiso'], { cwd: dir }).stdout);
        expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);

        const json = JSON.parse(chiso(['check', '--format', 'json', 's.chiso'], { cwd: dir }).stdout);
        expect(json.findings.map((f: { severity: string }) => f.severity)).toEqual(['warning', 'info']);
    });
});

    test('--format json lists findings with 1-based positions', () => {
        const dir = workspace({ 'broken.chiso': BROKEN });
        const run = chiso(['check', '--format', 'json', 'broken.chiso'], { cwd: dir });
        expect(run.status).toBe(1);
        const report = JSON.parse(run.stdout);
        expect(report.findings).toContainEqual(expect.objectContaining({ file: 'broken.chiso', line: 3, column: 28, severity: 'error', code: 'chiso/sum-mismatch' }));
    });

    test('--format json points at the likely mistyped figure of a sum that does not add up', () => {
        const text = 'set S "T" {\n    total 100\n    domain 1 "A" max 89.5\n    domain 2 "B" max 1.05\n}\n';
        const run = chiso(['check', '--format', 'json', 'typo.chiso'], { cwd: workspace({ 'typo.chiso': text }) });
        expect(run.status).toBe(1);
        const finding = JSON.parse(run.stdout).findings.find((f: { code: string }) => f.code === 'chiso/total-mismatch');
        expect(finding.message).toContain("Domain 2's 1.05 is probably 10.5.");
        expect(finding.related).toEqual([{ line: 4, column: 22, endLine: 4, endColumn: 26, message: "Domain 2's 1.05 is probably 10.5" }]);
    });

    test('a formula proven to exceed its max fails the check (exit 1) with the inputs that reach past it; one that cannot be proven only warns', () => {
        const formula = (result: string, name: string) => `set ${name} "SIPAS" {
    total 30
    domain 1 "Hài lòng" max 30 {
        scoring formula {
            input hailong "Số câu trả lời hài lòng"
            input mau "Tổng số mẫu" min 1
            where hailong <= mau * 8
            result ${result}
        }
    }
}
`;
        const dir = workspace({ 'wrong.chiso': formula('hailong / mau * 8 * 30', 'W'), 'unproven.chiso': formula('min(hailong, mau) / mau * 30', 'U') });
        const wrong = chiso(['check', 'wrong.chiso', '--lang', 'en'], { cwd: dir });
        expect(wrong.status).toBe(1);
        expect(wrong.stdout).toContain('wrong.chiso:8:20: error chiso/formula-range: The formula gives 1920 points, above the max of 30 of domain 1, when hailong = 8, mau = 1.');
        const vi = chiso(['check', 'wrong.chiso', '--lang', 'vi'], { cwd: dir });
        expect(vi.stdout).toContain('Công thức cho 1920 điểm, vượt điểm tối đa 30 của lĩnh vực 1, khi hailong = 8, mau = 1.');
        const unproven = chiso(['check', 'unproven.chiso', '--lang', 'en'], { cwd: dir });
        expect(unproven.status).toBe(0);
        expect(unproven.stdout).toContain('warning chiso/formula-unbounded: Cannot prove the formula stays within the max of 30 of domain 1');
        expect(chiso(['check', '--strict', 'unproven.chiso'], { cwd: dir }).status).toBe(1);
    });

    test('--format github prints workflow annotations', () => {
        const dir = workspace({ 'broken.chiso': BROKEN });
        const run = chiso(['check', '--format', 'github', 'broken.chiso'], { cwd: dir });
        expect(run.stdout).toMatch(/^::error file=broken\.chiso,line=3,col=28,endLine=3,endColumn=30,title=chiso\/sum-mismatch::The children of domain 1/m);
    });

    test('--format sarif is valid SARIF 2.1.0 with rule ids, levels and regions', () => {
        const dir = workspace({ 'broken.chiso': BROKEN.replace('criterion 1.2', 'criterion 1.3') });
        const run = chiso(['check', '--format', 'sarif', 'broken.chiso'], { cwd: dir });
        expect(run.status).toBe(1);
        const log = JSON.parse(run.stdout);
        expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
        const results = log.runs[0].results;
        expect(results).toContainEqual(expect.objectContaining({
            ruleId: 'chiso/sum-mismatch', level: 'error',
            locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.chiso' }, region: { startLine: 3, startColumn: 28, endLine: 3, endColumn: 30 } } }],
        }));
        expect(results.map((r: { level: string }) => r.level)).toContain('warning');
        expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['chiso/code-gap', 'chiso/sum-mismatch']);
    });

    test('--format sarif writes artifact URIs percent-encoded: a path with spaces and Vietnamese letters is a valid URI reference', () => {
        const dir = workspace({});
        mkdirSync(path.join(dir, 'Sở Nội vụ'));
        writeFileSync(path.join(dir, 'Sở Nội vụ/bộ 2024.chiso'), BROKEN);
        const log = JSON.parse(chiso(['check', '--format', 'sarif', 'Sở Nội vụ/bộ 2024.chiso'], { cwd: dir }).stdout);
        const uris = new Set(log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri));
        expect([...uris]).toEqual(['S%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5/b%E1%BB%99%202024.chiso']);
        expect(decodeURIComponent([...uris][0] as string)).toBe('Sở Nội vụ/bộ 2024.chiso');
    });

    test('--version matches the package version', () => {
        const run = chiso(['--version']);
        expect(run.status).toBe(0);
        expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'packages/cli/package.json'), 'utf8')).version);
    });

    test('--strict fails on warnings', () => {
        const dir = workspace({ 'gap.chiso': CLEAN.replace('criterion 1.2', 'criterion 1.3') });
        expect(chiso(['check', 'gap.chiso'], { cwd: dir }).status).toBe(0);
        expect(chiso(['check', '--strict', 'gap.chiso'], { cwd: dir }).status).toBe(1);
    });

    test('a folder is checked with all its .chiso files, resolving references between them', () => {
        const dir = workspace({
            'shared.chiso': 'agency SNV "Sở Nội vụ"\n',
            'set.chiso': CLEAN.replace('max 4', 'max 4 { lead SNV }'),
        });
        const run = chiso(['check', '.'], { cwd: dir });
        expect(run.stderr).toContain('Checked 2 files: 0 errors');
        expect(run.status).toBe(0);
        // A single file is linked against its folder's other files too.
        expect(chiso(['check', 'set.chiso'], { cwd: dir }).status).toBe(0);
    });
});

describe('bad input gets a clear message and exit 2, never a stack trace', () => {
    const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);

    test('missing file', () => {
        const run = chiso(['check', 'nowhere.chiso'], { cwd: workspace({}) });
        expect(run.status).toBe(2);
        expect(run.stdout).toContain('nowhere.chiso:1:1: error chiso/input-missing: No such file or folder.');
        noStack(run.stdout + run.stderr);
    });

    test('invalid UTF-8 names the line and column of the bad byte', () => {
        const bytes = Buffer.concat([Buffer.from('set S "Đạt"\n  domain 1 "'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]);
        const run = chiso(['check', 'latin1.chiso'], { cwd: workspace({ 'latin1.chiso': bytes }) });
        expect(run.status).toBe(2);
        expect(run.stdout).toContain('latin1.chiso:2:13: error chiso/input-not-utf8');
        noStack(run.stdout + run.stderr);
    });

    test('binary file', () => {
        const run = chiso(['check', 'image.chiso'], { cwd: workspace({ 'image.chiso': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) }) });
        expect(run.status).toBe(2);
        expect(run.stdout).toContain('error chiso/input-binary');
    });

    test('a folder without .chiso files', () => {
        const run = chiso(['check', '.'], { cwd: workspace({ 'notes.txt': 'x' }) });
        expect(run.status).toBe(2);
        expect(run.stdout).toContain('error chiso/input-no-chiso-files');
    });

    test('a BOM and CRLF line ends are read as text, positions unchanged', () => {
        const text = '\ufeff' + BROKEN.replace(/\n/g, '\r\n');
        const run = chiso(['check', 'windows.chiso'], { cwd: workspace({ 'windows.chiso': text }) });
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('windows.chiso:3:28: error chiso/sum-mismatch');
    });

    test('a 5 MB set is checked in one go', () => {
        const criteria = Array.from({ length: 550 }, (_, d) => `    domain ${d + 1} "Lĩnh vực ${d + 1}" max 100 {\n${Array.from({ length: 10 }, (_, c) =>
            `        criterion ${d + 1}.${c + 1} "Tiêu chí" max 10 {\n${Array.from({ length: 10 }, (_, k) =>
                `            component ${d + 1}.${c + 1}.${k + 1} "Tiêu chí thành phần ${d + 1}.${c + 1}.${k + 1} — kế hoạch, báo cáo" max 1`).join('\n')}\n        }`).join('\n')}\n    }`);
        const text = `set Big "Lớn" {\n    total 54999\n${criteria.join('\n')}\n}\n`;
        expect(text.length).toBeGreaterThan(5_000_000);
        const run = chiso(['check', 'big.chiso'], { cwd: workspace({ 'big.chiso': text }) });
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('big.chiso:2:11: error chiso/total-mismatch: The domains add up to 55000, not the declared total of 54999 (difference 1).');
    });

    test('5 MB of garbage gives a finding, not a crash', () => {
        // Its braces, as random as the rest, nest past Chiso's limit of 32: the file is refused at that brace.
        let seed = 7;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        const text = Array.from({ length: 5_000_000 }, () => 'ab {}"\n01.'[Math.floor(random() * 11)]).join('');
        const run = chiso(['check', '--format', 'json', 'garbage.chiso'], { cwd: workspace({ 'garbage.chiso': text }) });
        expect(run.status).toBe(1);
        noStack(run.stderr);
        const report = JSON.parse(run.stdout);
        expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['chiso/too-deep']);
    });

    test('syntax errors are findings (exit 1) with a position', () => {
        const run = chiso(['check', 'syntax.chiso'], { cwd: workspace({ 'syntax.chiso': 'set S "A" {\n  domain 1 "B" 5\n}\n' }) });
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('syntax.chiso:2:16: error chiso/syntax: Missing `max` before the max points: write `max 5`.');
    });

    test('a syntax error is printed first and alone for its file; the folder’s other files are checked in full', () => {
        // A decomposed title (Word paste) is still reported, after the syntax error; the sums and
        // counts that `max12.52` would upset wait until it is fixed.
        const broken = `set S "Ke\u0302\u0301 hoa\u0323ch" {\n    total 12\n    counts { domains 2 }\n    domain 1 "Chỉ đạo" max12.52 {\n        criterion 1.1 "Kế hoạch" max 12\n    }\n}\n`;
        const dir = workspace({ 'broken.chiso': broken, 'sound.chiso': BROKEN.replace('set S', 'set T') });
        const run = chiso(['check', '--lang', 'en', '.'], { cwd: dir });
        expect(run.status).toBe(1);
        const heads = run.stdout.split('\n').filter(line => /^\S+\.chiso:\d+:\d+: /.test(line));
        expect(heads).toEqual([
            'broken.chiso:4:24: error chiso/syntax: Write a space after `max`: `max 12.52`.',
            expect.stringMatching(/^broken\.chiso:1:7: warning chiso\/not-nfc: /),
            'sound.chiso:3:28: error chiso/sum-mismatch: The children of domain 1 add up to 9, not its max of 10 (difference 1). No single mistyped figure explains the difference.',
        ]);
        expect(run.stderr).toContain('broken.chiso: the other checks (sums, totals, counts, splits, names…) resume once its syntax errors are fixed.');
        expect(run.stderr).not.toContain('sound.chiso: the other checks');
    });

    test('an unclosed quote is the first and only finding, on the line where it opens', () => {
        const text = CLEAN.replace('"Kế hoạch" max 4', '"Kế hoạch max 4').replace('max 6', 'max 7');
        const run = chiso(['check', '--lang', 'vi', '--format', 'json', 'quote.chiso'], { cwd: workspace({ 'quote.chiso': text }) });
        expect(run.status).toBe(1);
        expect(JSON.parse(run.stdout).findings).toEqual([expect.objectContaining({
            file: 'quote.chiso', line: 4, column: 23, severity: 'error', code: 'chiso/syntax',
            message: 'Chuỗi chưa đóng: thêm dấu `"` ở cuối chuỗi, trên cùng dòng này.',
        })]);
    });

    test('unknown options are usage errors, told in the message language', () => {
        const run = chiso(['check', '--colour', 'x.chiso'], { cwd: workspace({}) });
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('Unknown option --colour. See `chiso check --help`.\n');
        noStack(run.stdout + run.stderr);
        const vi = chiso(['check', '--colour', 'x.chiso'], { cwd: workspace({}), env: { LANG: 'C' } });
        expect(vi.stderr).toBe('Không có tùy chọn --colour. Xem `chiso check --help`.\n');
        expect(chiso(['chek', 'x.chiso'], { env: { LANG: 'C' } }).stderr).toBe('Không có lệnh chek. Có phải là check? Xem `chiso --help`.\n');
        const format = chiso(['check', '--format', 'xml', 'x.chiso'], { env: { LANG: 'C' } });
        expect(format.status).toBe(2);
        expect(format.stderr).toBe('Giá trị “xml” của --format <format> không hợp lệ; chọn một trong: text, json, github, gitlab, sarif. Xem `chiso check --help`.\n');
        expect(chiso(['check', '--quiet', '--notes', 'x.chiso']).stderr).toBe('The options -q, --quiet and --notes cannot be used together. See `chiso check --help`.\n');
    });
});
