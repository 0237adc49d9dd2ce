import { readFileSync } from 'node:fs';
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
    counts { domains 8  criteria 39 }
}
`,
            'clean.chiso': CLEAN,
        });
        const vi = chiso(['check', '.', '--lang', 'vi'], { cwd: dir });
        expect(vi.status, vi.stdout).toBe(0);
        expect(vi.stderr).toContain('outline.chiso: D: Dàn ý: 1 mục chưa chi tiết, còn 7 tiêu chí, 6 tiêu chí thành phần chưa viết\n');
        expect(vi.stderr).toContain('outline.chiso: H: Dàn ý: mới có phần khai báo chung, chưa có lĩnh vực nào; còn 8 lĩnh vực, 39 tiêu chí chưa viết\n');
        expect(vi.stderr).not.toContain('clean.chiso');
        const en = chiso(['check', '.', '--lang', 'en'], { cwd: dir });
        expect(en.stderr).toContain('outline.chiso: D: Outline: 1 item not yet detailed, 7 criteria, 6 components not yet written\n');
        expect(en.stderr).toContain('Checked 2 files: 0 errors, 0 warnings, 1 info.');
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

    test('--format json lists findings with 1-based positions', () => {
        const dir = workspace({ 'broken.chiso': BROKEN });
        const run = chiso(['check', '--format', 'json', 'broken.chiso'], { cwd: dir });
        expect(run.status).toBe(1);
        const report = JSON.parse(run.stdout);
        expect(report.findings).toContainEqual(expect.objectContaining({ file: 'broken.chiso', line: 3, column: 28, severity: 'error', code: 'chiso/sum-mismatch' }));
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

    test('5 MB of garbage gives syntax findings, not a crash', () => {
        let seed = 7;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        const text = Array.from({ length: 5_000_000 }, () => 'ab {}"\n01.'[Math.floor(random() * 11)]).join('');
        const run = chiso(['check', '--format', 'json', 'garbage.chiso'], { cwd: workspace({ 'garbage.chiso': text }) });
        expect(run.status).toBe(1);
        noStack(run.stderr);
        const report = JSON.parse(run.stdout);
        expect(report.findings.length).toBeGreaterThan(1000);
        expect(report.findings.every((f: { code: string }) => f.code.startsWith('chiso/'))).toBe(true);
    });

    test('syntax errors are findings (exit 1) with a position', () => {
        const run = chiso(['check', 'syntax.chiso'], { cwd: workspace({ 'syntax.chiso': 'set S "A" {\n  domain 1 "B" 5\n}\n' }) });
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('syntax.chiso:2:16: error chiso/syntax: Expected `max` but found `5`.');
    });

    test('unknown options are usage errors', () => {
        const run = chiso(['check', '--colour', 'x.chiso'], { cwd: workspace({}) });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("unknown option '--colour'");
        noStack(run.stdout + run.stderr);
    });
});
