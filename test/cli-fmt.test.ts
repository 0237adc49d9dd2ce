import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chiso, workspace } from './cli.js';

const MESSY = `set S "Bộ tiêu chí" {
  total 10    // điểm
  domain 1 "Chỉ đạo" max 10 {
        criterion 1.1 "Kế hoạch" max 4
    criterion 1.2 "Báo cáo" max 6 { scoring choice {"Có"->6 "Không" -> 0} }
  }
}
`;
const FORMATTED = `set S "Bộ tiêu chí" {
    total 10    // điểm
    domain 1 "Chỉ đạo" max 10 {
        criterion 1.1 "Kế hoạch" max 4
        criterion 1.2 "Báo cáo" max 6 {
            scoring choice { "Có" -> 6  "Không" -> 0 }
        }
    }
}
`;
const SYNTAX_ERROR = 'set S "A" {\n  domain 1 "B" 5\n}\n';

const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

describe('chiso fmt', () => {
    test('rewrites the files that change, lists them, and exits 0', () => {
        const dir = workspace({ 'messy.chiso': MESSY, 'clean.chiso': FORMATTED });
        const modified = statSync(path.join(dir, 'clean.chiso')).mtimeMs;
        const run = chiso(['fmt', '.'], { cwd: dir });
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('messy.chiso\n');
        expect(read(dir, 'messy.chiso')).toBe(FORMATTED);
        expect(statSync(path.join(dir, 'clean.chiso')).mtimeMs).toBe(modified);
    });

    test('--check writes nothing, lists the files that would change and exits 1', () => {
        const dir = workspace({ 'messy.chiso': MESSY, 'clean.chiso': FORMATTED });
        const run = chiso(['fmt', '--check', '.'], { cwd: dir });
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('messy.chiso\n');
        expect(read(dir, 'messy.chiso')).toBe(MESSY);
    });

    test('--check on formatted files exits 0 and prints nothing', () => {
        const run = chiso(['fmt', '--check', 'clean.chiso'], { cwd: workspace({ 'clean.chiso': FORMATTED }) });
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('');
    });

    test('CRLF line ends and a leading BOM are kept', () => {
        const dir = workspace({ 'windows.chiso': '\ufeff' + MESSY.replace(/\n/g, '\r\n') });
        expect(chiso(['fmt', 'windows.chiso'], { cwd: dir }).status).toBe(0);
        expect(read(dir, 'windows.chiso')).toBe('\ufeff' + FORMATTED.replace(/\n/g, '\r\n'));
    });

    test('a file with syntax errors is left untouched and reported; the others are still formatted', () => {
        const dir = workspace({ 'broken.chiso': SYNTAX_ERROR, 'messy.chiso': MESSY });
        const run = chiso(['fmt', '.'], { cwd: dir });
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('broken.chiso:2:16: error chiso/syntax: Missing `max` before the max points: write `max 5`.');
        expect(read(dir, 'broken.chiso')).toBe(SYNTAX_ERROR);
        expect(read(dir, 'messy.chiso')).toBe(FORMATTED);
    });

    test('a missing file is an input problem: exit 2', () => {
        const run = chiso(['fmt', 'nowhere.chiso'], { cwd: workspace({}) });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('nowhere.chiso:1:1: error chiso/input-missing: No such file or folder.');
    });
});
