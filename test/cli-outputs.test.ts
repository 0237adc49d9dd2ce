/** Where commands write: never over an input, never one file twice, never a raw system error. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chiso, workspace } from './cli.js';

const AGENCIES = 'agency SoNoiVu "Sở Nội vụ"\n';
const SET = (id: string, title = 'Bộ tiêu chí') => `set ${id} "${title}" {
    total 2
    domain 1 "Chỉ đạo" max 2 {
        criterion 1.1 "Kế hoạch" max 2 { lead SoNoiVu }
    }
}
`;

function unchanged(dir: string, files: Record<string, string>): void {
    for (const [name, text] of Object.entries(files)) expect(readFileSync(path.join(dir, name), 'utf8'), name).toBe(text);
}

describe('outputs never destroy inputs', () => {
    test('export and score refuse an -o that is their set, a sibling read as context, or the results (also through a link)', () => {
        const files = { 'set.chiso': SET('S'), 'agencies.chiso': AGENCIES, 'results.csv': 'unit,item,score\nA,1.1,2\n' };
        const dir = workspace(files);
        symlinkSync(path.join(dir, 'results.csv'), path.join(dir, 'link.csv'));
        const runs = [
            ['export', 'set.chiso', '--format', 'md', '-o', 'set.chiso'],
            ['export', 'set.chiso', '--format', 'html', '-o', 'agencies.chiso'],
            ['export', 'set.chiso', '--format', 'md', '-o', './sub/../set.chiso'],
            ['score', 'set.chiso', '--results', 'results.csv', '-o', 'set.chiso'],
            ['score', 'set.chiso', '--results', 'results.csv', '--format', 'csv', '-o', 'results.csv'],
            ['score', 'set.chiso', '--results', 'results.csv', '-o', 'link.csv'],
        ];
        mkdirSync(path.join(dir, 'sub'));
        for (const args of runs) {
            const run = chiso(args, { cwd: dir });
            expect(run.status, args.join(' ')).toBe(2);
            expect(run.stderr).toMatch(/Not writing .*: it is an input of this command \((set|agencies)\.chiso|results\.csv\)/);
        }
        unchanged(dir, files);
    });

    test('a compiled set and an annex are inputs too', () => {
        const dir = workspace({ 'set.chiso': AGENCIES + SET('S'), 'annex.csv': 'STT,Nội dung,Điểm tối đa\n1,Chỉ đạo,2\n' });
        expect(chiso(['compile', 'set.chiso', '-o', 'set.json'], { cwd: dir }).status).toBe(0);
        const json = readFileSync(path.join(dir, 'set.json'), 'utf8');
        const exported = chiso(['export', 'set.json', '--format', 'md', '-o', 'set.json'], { cwd: dir });
        expect(exported.status).toBe(2);
        expect(exported.stderr).toContain('Not writing set.json: it is an input of this command (set.json)');
        const imported = chiso(['import', 'annex.csv', '-o', 'annex.csv', '--lang', 'vi'], { cwd: dir });
        expect(imported.status).toBe(2);
        expect(imported.stderr).toContain('Không ghi annex.csv: đó là tệp đầu vào của lệnh này (annex.csv)');
        unchanged(dir, { 'set.json': json, 'annex.csv': 'STT,Nội dung,Điểm tối đa\n1,Chỉ đạo,2\n' });
    });
});

describe('compile writes each file once', () => {
    test('two provinces’ sets with the same id: the collision is reported and nothing is written', () => {
        const dir = workspace({});
        for (const province of ['hanoi', 'vinhlong']) {
            mkdirSync(path.join(dir, province));
            writeFileSync(path.join(dir, province, 'set.chiso'), AGENCIES + SET('S', province));
        }
        const run = chiso(['compile', '.', '-o', 'out'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(`The set S in ${path.join('hanoi', 'set.chiso')} and the one in ${path.join('vinhlong', 'set.chiso')} would both be written to ${path.join('out', 'S.json')}`);
        expect(run.stderr).not.toContain('Wrote');
        expect(readdirSync(dir).sort()).toEqual(['hanoi', 'vinhlong']);
    });

    test('ids differing only in letter case collide too (a case-insensitive disk keeps one file)', () => {
        const dir = workspace({ 'a.chiso': AGENCIES + SET('Set'), 'b.chiso': SET('SET') });
        const run = chiso(['compile', '.', '-o', 'out'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(`would both be written to ${path.join('out', 'SET.json')}`);
        expect(readdirSync(dir)).not.toContain('out');
    });

    test('an existing file given as the output folder', () => {
        const dir = workspace({ 'set.chiso': AGENCIES + SET('S'), 'out': 'x' });
        const run = chiso(['compile', 'set.chiso', '-o', 'out'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('out is an existing file, not a folder');
        expect(run.stderr).not.toContain('EEXIST');
    });
});

describe('inputs and outputs in odd places', () => {
    test('import into a folder that does not exist', () => {
        const dir = workspace({ 'annex.csv': 'STT,Nội dung,Điểm tối đa\n1,Chỉ đạo,2\n' });
        const run = chiso(['import', 'annex.csv', '-o', 'missing/set.chiso'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('Cannot write missing/set.chiso: the folder missing does not exist.');
        expect(run.stderr).not.toContain('ENOENT');
    });

    test('a symbolic link to a .chiso file in a folder is read like the file', () => {
        const target = workspace({ 'real.chiso': 'set S "x" { total 3 domain 1 "a" max 2 }\n' });
        const dir = workspace({});
        symlinkSync(path.join(target, 'real.chiso'), path.join(dir, 'linked.chiso'));
        const run = chiso(['check', '.', '--format', 'json'], { cwd: dir });
        expect(run.status).toBe(1);
        expect(JSON.parse(run.stdout).files).toBe(1);
        expect(run.stdout).toContain('chiso/total-mismatch');
    });

    test('a FIFO named x.chiso and a device are refused, not read forever', () => {
        const dir = workspace({ 'set.chiso': AGENCIES + SET('S') });
        expect(spawnSync('mkfifo', [path.join(dir, 'x.chiso')]).status).toBe(0);
        const fifo = chiso(['check', 'x.chiso'], { cwd: dir, timeout: 30_000 });
        expect(fifo.status).toBe(2);
        expect(fifo.stdout).toContain('x.chiso:1:1: error chiso/input-not-file: This is not a regular file (a device, pipe or socket)');
        const device = chiso(['score', 'set.chiso', '--results', '/dev/zero'], { cwd: dir, timeout: 30_000 });
        expect(device.status).toBe(2);
        expect(device.stderr).toContain('chiso/input-not-file');
    });
});
