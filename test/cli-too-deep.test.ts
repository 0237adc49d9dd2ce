/** Documents nested past Chiso's limits: the CLI reports where, never a stack overflow (issue #16). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { atEveryLimit, longString, nestedComponents, nestedParentheses, operatorChain, positionOf } from '../packages/language/test/deep-documents.js';
import { chiso, ROOT, workspace } from './cli.js';

describe('documents nested too deeply', () => {
    test.each([
        ['200 parentheses', nestedParentheses(200), '(', 33],
        ['300 unclosed parentheses', nestedParentheses(300, true), '(', 33],
        ['240 nested components', nestedComponents(240), '{', 33],
        ['5,000 additions', operatorChain(5000), '+', 257],
    ])('check on %s: chiso/too-deep at file:line:column, exit 1', (_name, text, token, occurrence) => {
        const dir = workspace({ 'deep.chiso': text });
        const run = chiso(['check', 'deep.chiso'], { cwd: dir });
        const { line, column } = positionOf(text, token, occurrence);
        expect(run.stdout).toContain(`deep.chiso:${line}:${column}: error chiso/too-deep: Nesting deeper than`);
        expect(run.stderr).toContain('Checked 1 file: 1 error, 0 warnings, 0 notes.');
        expect(run.stdout + run.stderr).not.toMatch(/call stack|RangeError|    at /);
        expect(run.status).toBe(1);
    });

    test('a valid file beside a deep one is checked as usual', () => {
        const dir = workspace({ 'deep.chiso': nestedParentheses(300, true), 'ok.chiso': operatorChain(2) });
        const run = chiso(['check', 'ok.chiso'], { cwd: dir });
        expect(run.stderr).toContain('Checked 1 file: 0 errors');
        expect(run.status).toBe(0);
    });

    test('fmt leaves a deep file alone and reports it', () => {
        const text = nestedComponents(240);
        const dir = workspace({ 'deep.chiso': text });
        const run = chiso(['fmt', 'deep.chiso'], { cwd: dir });
        expect(run.stderr).toContain('error chiso/too-deep');
        expect(run.status).toBe(1);
        expect(readFileSync(path.join(dir, 'deep.chiso'), 'utf8')).toBe(text);
    });

    test('a string of 4 MB checks clean', () => {
        const dir = workspace({ 'long.chiso': longString(4 * 1024 * 1024) });
        const run = chiso(['check', 'long.chiso'], { cwd: dir });
        expect(run.stderr).toContain('Checked 1 file: 0 errors, 0 warnings, 0 notes.');
        expect(run.status).toBe(0);
    });

    test('a document at every limit compiles with half of Node’s default stack', () => {
        // The limits leave room: with the stack halved (984 KB by default) the deepest accepted document still compiles.
        const dir = workspace({ 'limits.chiso': atEveryLimit() });
        const run = spawnSync(process.execPath, ['--stack-size=492', path.join(ROOT, 'packages/cli/bin/chiso.js'), 'compile', 'limits.chiso'], { cwd: dir, encoding: 'utf8' });
        expect(run.stderr).toBe('');
        expect(JSON.parse(run.stdout).set.id).toBe('S');
        expect(run.status).toBe(0);
    });
});
