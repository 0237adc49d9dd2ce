/**
 * `chiso check` in CI: GitHub workflow annotations whose properties survive any path, GitLab Code
 * Quality JSON as GitLab reads it, standard input, globs expanded by the CLI itself, and terminal
 * niceties (colour, progress) that never reach a pipe or a CI log.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { BIN, chiso, ROOT, workspace } from './cli.js';

/** A total that does not add up (an error), a gap in the codes (a warning), a survey-sourced item (a note). */
const SET = `survey X "Khảo sát" {}
set S "Bộ tiêu chí" {
    total 100
    domain 1 "A" max 89.5
    domain 3 "B" max 1.05 { source survey X }
}
`;

/**
 * GitLab's Code Quality report format (docs.gitlab.com/ci/testing/code_quality, "Code Quality report
 * format"): an array of issues with these fields; GitLab ignores others.
 */
const codeQualitySchema = {
    type: 'array',
    items: {
        type: 'object',
        required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
        properties: {
            description: { type: 'string', minLength: 1 },
            check_name: { type: 'string', minLength: 1 },
            fingerprint: { type: 'string', minLength: 1 },
            severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
            location: {
                type: 'object',
                required: ['path', 'lines'],
                properties: {
                    path: { type: 'string', pattern: '^(?!/)(?!\\./)' },
                    lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } } },
                },
            },
        },
    },
};
const validateCodeQuality = new Ajv2020({ allErrors: true, strict: true }).compile(codeQualitySchema);

interface Issue { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }

describe('--format github', () => {
    test('escapes , and : in the file property and %, CR, LF in the message, as GitHub reads workflow commands', () => {
        const dir = workspace({});
        const folder = path.join(dir, 'Sở Nội vụ, 2024: dự thảo 100%');
        mkdirSync(folder);
        writeFileSync(path.join(folder, 's.chiso'), SET);
        const run = chiso(['check', '--format', 'github', 'Sở Nội vụ, 2024: dự thảo 100%/s.chiso'], { cwd: dir });
        expect(run.status).toBe(1);
        const annotation = run.stdout.split('\n').find(line => line.includes('total-mismatch'))!;
        expect(annotation).toBe("::error file=Sở Nội vụ%2C 2024%3A dự thảo 100%25/s.chiso,line=3,col=11,endLine=3,endColumn=14,title=chiso/total-mismatch::The domains add up to 90.55, not the declared total of 100 (difference 9.45). Domain 3's 1.05 is probably 10.5.");
        // Every annotation is one line: GitHub ends a command at a line break.
        expect(run.stdout.trimEnd().split('\n').every(line => line.startsWith('::'))).toBe(true);
    });
});

describe('--format gitlab', () => {
    test('is GitLab Code Quality JSON: rule, message, severity by what a finding blocks, relative path, line', () => {
        const dir = workspace({ 's.chiso': SET, 'broken.chiso': 'set B "Hỏng" {\n    total 10\n    domain 1 "A max 10\n' });
        const run = chiso(['check', '--format', 'gitlab', '--notes', 's.chiso', 'broken.chiso', 'missing.chiso'], { cwd: dir });
        expect(run.status).toBe(2);
        const issues: Issue[] = JSON.parse(run.stdout);
        expect(validateCodeQuality(issues), JSON.stringify(validateCodeQuality.errors)).toBe(true);
        expect(issues.find(i => i.check_name === 'chiso/total-mismatch')).toMatchObject({
            description: expect.stringContaining('The domains add up to 90.55'), severity: 'major', location: { path: 's.chiso', lines: { begin: 3 } },
        });
        expect(issues.find(i => i.check_name === 'chiso/code-gap')).toMatchObject({ severity: 'minor', location: { path: 's.chiso', lines: { begin: 5 } } });
        expect(issues.find(i => i.check_name === 'chiso/survey-sourced')).toMatchObject({ severity: 'info' });
        // A syntax error or an unreadable file stops every other check of it.
        expect(issues.find(i => i.check_name === 'chiso/syntax')).toMatchObject({ severity: 'blocker', location: { path: 'broken.chiso' } });
        expect(issues.find(i => i.location.path === 'missing.chiso')).toMatchObject({ severity: 'blocker', location: { lines: { begin: 1 } } });
        // GitLab keeps one issue per fingerprint.
        expect(new Set(issues.map(i => i.fingerprint)).size).toBe(issues.length);
    });

    test('fingerprints are the same across runs and when lines move, so GitLab sees an unfixed error as unchanged', () => {
        const dir = workspace({ 's.chiso': SET });
        const fingerprints = () => Object.fromEntries((JSON.parse(chiso(['check', '--format', 'gitlab', 's.chiso'], { cwd: dir }).stdout) as Issue[])
            .map(i => [i.check_name, i.fingerprint]));
        const first = fingerprints();
        expect(Object.keys(first).sort()).toEqual(['chiso/code-gap', 'chiso/total-mismatch']);
        expect(fingerprints()).toEqual(first);
        writeFileSync(path.join(dir, 's.chiso'), `// Dự thảo lần 2\n\n${SET}`);
        expect(fingerprints()).toEqual(first);
        // Fixing the gap removes its issue and leaves the other as it was.
        writeFileSync(path.join(dir, 's.chiso'), SET.replace('domain 3', 'domain 2'));
        expect(fingerprints()).toEqual({ 'chiso/total-mismatch': first['chiso/total-mismatch'] });
    });

    test('two equal findings on equal lines get different fingerprints', () => {
        const text = 'set S "T" {\n    total 2\n    domain 1 "A" max 1 {\n        criterion 1.1 "x" max 2\n    }\n    domain 2 "A" max 1 {\n        criterion 2.1 "x" max 2\n    }\n}\n';
        const issues: Issue[] = JSON.parse(chiso(['check', '--format', 'gitlab', 's.chiso'], { cwd: workspace({ 's.chiso': text }) }).stdout);
        const sums = issues.filter(i => i.check_name === 'chiso/sum-mismatch');
        expect(sums).toHaveLength(2);
        expect(sums[0].fingerprint).not.toBe(sums[1].fingerprint);
    });
});

describe('chiso check - reads standard input', () => {
    test('findings name <stdin>; its exit code is the same as for a file', () => {
        const run = chiso(['check', '-'], { cwd: workspace({}), input: SET });
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^<stdin>:2: S: Σ 90\.55\/100 ✗/m);
        expect(run.stdout).toMatch(/^<stdin>:3:11: error chiso\/total-mismatch: /m);
        expect(run.stdout).toContain('    3 |     total 100');
        expect(chiso(['check', '-'], { input: SET.replace('89.5', '98.95') }).status).toBe(0);
    });

    test('--stdin-filename names it and reads the .chiso files beside that path, not the file itself', () => {
        const dir = workspace({ 'surveys.chiso': 'survey X "Khảo sát" {}\n', 's.chiso': 'set Old "T" {\n    total 1\n}\n' });
        const run = chiso(['check', '-', '--stdin-filename', 's.chiso', '--format', 'json'], { cwd: dir, input: SET.replace('survey X "Khảo sát" {}\n', '') });
        const report = JSON.parse(run.stdout);
        expect(report.files).toBe(1);
        // X resolves from the sibling file; the file on disk (another set) is not read.
        expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['chiso/total-mismatch', 'chiso/code-gap', 'chiso/survey-sourced']);
        expect(report.findings.every((f: { file: string }) => f.file === 's.chiso')).toBe(true);
        // Without it, no sibling is read.
        const alone = JSON.parse(chiso(['check', '-', '--format', 'json'], { cwd: dir, input: SET.replace('survey X "Khảo sát" {}\n', '') }).stdout);
        expect(alone.findings.map((f: { code: string }) => f.code)).toContain('chiso/unknown-survey');
    });

    test('standard input that is not UTF-8 is an input problem, as for a file', () => {
        const run = chiso(['check', '-'], { input: new Uint8Array([0x73, 0x65, 0x74, 0xff]) });
        expect(run.status).toBe(2);
        expect(run.stdout).toContain('<stdin>:1:4: error chiso/input-not-utf8');
    });
});

describe('globs are expanded by chiso itself, whatever the shell', () => {
    // No shell runs these: each pattern reaches chiso as written, as when it is quoted.
    function tree(): string {
        const dir = workspace({ 'top.chiso': SET });
        for (const folder of ['a', 'a/b', 'c', 'node_modules/p', '.git']) mkdirSync(path.join(dir, folder), { recursive: true });
        for (const file of ['a/x.chiso', 'a/b/y.chiso', 'c/z.chiso', 'node_modules/p/n.chiso', '.git/g.chiso']) writeFileSync(path.join(dir, file), SET);
        writeFileSync(path.join(dir, 'a/notes.txt'), 'x');
        return dir;
    }
    const files = (dir: string, ...patterns: string[]) => [...new Set((JSON.parse(chiso(['check', '--format', 'json', ...patterns], { cwd: dir }).stdout).findings as { file: string }[]).map(f => f.file))].sort();

    test('** reaches every folder but hidden ones and node_modules; *, ? and {a,b} match within a name', () => {
        const dir = tree();
        expect(files(dir, '**/*.chiso')).toEqual(['a/b/y.chiso', 'a/x.chiso', 'c/z.chiso', 'top.chiso']);
        expect(files(dir, 'a/**/*.chiso')).toEqual(['a/b/y.chiso', 'a/x.chiso']);
        expect(files(dir, '{a,c}/?.chiso')).toEqual(['a/x.chiso', 'c/z.chiso']);
        expect(files(dir, '[ac]/*')).toEqual(['a/b/y.chiso', 'a/x.chiso', 'c/z.chiso']);
        expect(chiso(['fmt', '--check', '**/*.chiso'], { cwd: dir }).stdout.trim().split('\n').sort()).toEqual(['a/b/y.chiso', 'a/x.chiso', 'c/z.chiso', 'top.chiso']);
    });

    test('a pattern may be absolute or written with backslashes; naming node_modules or a hidden folder goes there', () => {
        const dir = tree();
        expect(files(dir, `${dir}/a/**/*.chiso`).map(f => path.basename(f))).toEqual(['y.chiso', 'x.chiso']);
        expect(files(dir, 'a\\b\\*.chiso')).toEqual(['a/b/y.chiso']);
        expect(files(dir, 'node_modules/**/*.chiso')).toEqual(['node_modules/p/n.chiso']);
        expect(files(dir, '.git/*.chiso')).toEqual(['.git/g.chiso']);
    });

    test('a pattern matching nothing is reported as written; a file whose name looks like a glob is read as it is', () => {
        const dir = tree();
        const run = chiso(['check', 'd/**/*.chiso'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stdout).toContain('d/**/*.chiso:1:1: error chiso/input-missing');
        writeFileSync(path.join(dir, '[draft].chiso'), SET);
        expect(files(dir, '[draft].chiso')).toEqual(['[draft].chiso']);
    });
});

describe('colour and progress only on a terminal', () => {
    const ESC = '\u001b[';
    const hasScript = spawnSync('script', ['--version']).status === 0;
    /** Runs chiso with stdin, stdout and stderr on a pseudo-terminal (util-linux `script`), as a person would. */
    function onTerminal(args: string[], env: Record<string, string> = {}): string {
        const command = [process.execPath, BIN, ...args].map(a => `'${a}'`).join(' ');
        const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', TERM: 'xterm', ...env } });
        return run.stdout;
    }
    const dir = workspace({ 's.chiso': SET });
    const file = path.join(dir, 's.chiso');

    test('piped output has no escape sequences, unless FORCE_COLOR asks; NO_COLOR and FORCE_COLOR=0 turn colour off', () => {
        expect(chiso(['check', file]).stdout).not.toContain(ESC);
        const forced = chiso(['check', file], { env: { FORCE_COLOR: '1' } }).stdout;
        expect(forced).toContain(`${ESC}1;31merror${ESC}0m ${ESC}2mchiso/total-mismatch:${ESC}0m`);
        expect(chiso(['check', file], { env: { FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
        // Machine formats never.
        expect(chiso(['check', '--format', 'json', file], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    });

    test.skipIf(!hasScript)('a terminal gets colour, unless NO_COLOR or TERM=dumb', () => {
        expect(onTerminal(['check', file])).toContain(`${ESC}1;33mwarning${ESC}0m`);
        expect(onTerminal(['check', file], { NO_COLOR: '1' })).not.toContain(ESC);
        expect(onTerminal(['check', file], { TERM: 'dumb' })).not.toContain(ESC);
    });

    test.skipIf(!hasScript)('score draws its progress on a terminal\'s stderr and erases it; never into a pipe or under CI', () => {
        const set = path.join(ROOT, 'examples/illustrative/tinhbien-2017');
        const args = ['score', set, '--results', path.join(set, 'results-2016.csv'), '-o', path.join(dir, 'report.json')];
        expect(onTerminal(args)).toBe(`\r${ESC}KScoring: 1/1 unit\r${ESC}K`);
        expect(onTerminal(args, { LANG: 'C' })).toBe(`\r${ESC}KĐang chấm điểm: 1/1 đơn vị\r${ESC}K`);
        expect(onTerminal(args, { CI: 'true' })).toBe('');
        const piped = chiso(args);
        expect(piped.status).toBe(0);
        expect(piped.stderr).toBe('');
    });
});

describe('the GitHub Action', () => {
    const action = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');

    test('every input is in the README\'s table, with its default', () => {
        const block = action.slice(action.indexOf('\ninputs:\n'), action.indexOf('\noutputs:\n'));
        const inputs = [...block.matchAll(/^ {2}([a-z-]+):\n(?:(?: {4}.*)?\n)*? {4}default: (.*)$/gm)].map(([, name, value]) => [name, value.replace(/^'(.*)'$/, '$1')]);
        expect(inputs.map(([name]) => name)).toEqual(['paths', 'lang', 'strict', 'notes', 'sarif-file', 'upload-sarif', 'compile-out', 'node-version']);
        const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
        for (const [name, value] of inputs) expect(readme).toContain(`| \`${name}\` | ${value === '' ? 'empty' : `\`${value}\``} |`);
    });

    test('scripts read inputs from the environment, never pasted into their text (no script injection)', () => {
        const scripts = [...action.matchAll(/^( +)run: \|\n((?:\1 {2}.*\n|\n)*)/gm)].map(([, , body]) => body);
        expect(scripts.length).toBeGreaterThanOrEqual(3);
        for (const script of scripts) expect(script).not.toContain('${{');
    });
});
