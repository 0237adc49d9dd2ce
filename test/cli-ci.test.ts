/**
 * `chiso check` in CI: GitHub workflow annotations whose properties survive any path, GitLab Code
 * Quality JSON as GitLab reads it, standard input, globs expanded by the CLI itself, and terminal
 * niceties (colour, progress) that never reach a pipe or a CI log.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chiso, workspace } from './cli.js';

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
