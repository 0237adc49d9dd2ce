/** Where commands write: never over an input, never one file twice, never a raw system error. */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, chiso, workspace } from './cli.js';

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

describe('nothing injected', () => {
    test('score CSV: unit ids and names Excel would run as formulas are written as text', () => {
        const results = ['unit,item,score,unitName', '"=HYPERLINK(""http://x"",""y"")",1.1,2,"+cmd|\' /C calc\'!A0"', '@SUM(1),1.1,1,"\t=1+1"', '-2+3,1.1,0,Sở'].join('\n') + '\n';
        const dir = workspace({ 'set.chiso': AGENCIES + SET('S'), 'results.csv': results });
        const run = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', 'csv'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        const cells = run.stdout.split('\n').slice(1).filter(Boolean).map(line => line.match(/^("(?:[^"]|"")*"|[^,]*),("(?:[^"]|"")*"|[^,]*)/)!.slice(1, 3));
        const starts = new Set(cells.flat().map(cell => cell.replace(/^"/, '')[0]));
        expect([...starts].filter(c => '=+-@\t'.includes(c))).toEqual([]);
        expect(run.stdout).toContain('"\'=HYPERLINK(""http://x"",""y"")"');
        expect(run.stdout).toContain("'@SUM(1),");
        expect(run.stdout).toContain("'-2+3,Sở,");
    });

    /** A compiled set whose titles hold HTML, a javascript: link and a terminal escape sequence. */
    function hostileSet(): string {
        const dir = workspace({ 'set.chiso': AGENCIES + SET('S') });
        expect(chiso(['compile', 'set.chiso', '-o', 'set.json'], { cwd: dir }).status).toBe(0);
        const doc = JSON.parse(readFileSync(path.join(dir, 'set.json'), 'utf8'));
        doc.set.title = '<script>alert(1)</script>\u001b[2J\u001b]0;pwned\u0007';
        doc.items[0].title = '[x](javascript:alert(1)) <img src=x onerror=alert(1)>';
        doc.items[0].children[0].title = 'Kế hoạch\u001b[31m đỏ\u009b2J';
        writeFileSync(path.join(dir, 'hostile.json'), JSON.stringify(doc));
        return dir;
    }

    test('the Markdown annex shows HTML and links as text', () => {
        const dir = hostileSet();
        const run = chiso(['export', 'hostile.json', '--format', 'md'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).not.toMatch(/<script|<img|(?<!\\)\]\(javascript:/);
        expect(run.stdout).toContain('# &lt;script&gt;alert(1)&lt;/script&gt;␛\\[2J␛\\]0;pwned␇');
        expect(run.stdout).toContain('\\[x\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;');
    });

    test('compare in Markdown shows a title’s HTML and links as text', () => {
        const dir = hostileSet();
        writeFileSync(path.join(dir, 'r.csv'), 'unit,item,score,unitName\nA,1.1,2,<img src=x onerror=alert(1)>\n');
        const run = chiso(['compare', 'hostile.json', 'hostile.json', '--before', 'r.csv', '--after', 'r.csv', '--format', 'md'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).not.toMatch(/<script|<img/);
        expect(run.stdout).toContain('| A — &lt;img src=x onerror=alert(1)&gt; |');
    });

    test('diff in Markdown shows a title’s HTML and links as text', () => {
        const dir = hostileSet();
        const run = chiso(['diff', 'set.json', 'hostile.json', '--format', 'md'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).not.toMatch(/<img|(?<!\\)\]\(javascript:/);
        expect(run.stdout).toContain('to “\\[x\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;”');
    });

    test('terminal escape sequences never reach the terminal or a file raw', () => {
        const dir = hostileSet();
        const runs = [
            chiso(['export', 'hostile.json', '--format', 'md', '-o', 'annex.md'], { cwd: dir }),
            chiso(['diff', 'set.json', 'hostile.json'], { cwd: dir }),
            chiso(['score', 'hostile.json', '--results', 'r.csv'], { cwd: (writeFileSync(path.join(dir, 'r.csv'), 'unit,item,score\nA,1.1,2\n'), dir) }),
            chiso(['score', 'hostile.json', '--results', 'r.csv', '-o', 'report.txt'], { cwd: dir }),
            // 1.1 moves from 2 to 1: its title is in the comparison.
            chiso(['compare', 'hostile.json', 'hostile.json', '--before', 'r.csv', '--after', 'r1.csv'], { cwd: (writeFileSync(path.join(dir, 'r1.csv'), 'unit,item,score\nA,1.1,1\n'), dir) }),
        ];
        for (const run of runs) expect(run.status, run.stderr).toBe(0);
        const written = [...runs.flatMap(run => [run.stdout, run.stderr]), readFileSync(path.join(dir, 'annex.md'), 'utf8'), readFileSync(path.join(dir, 'report.txt'), 'utf8')];
        for (const text of written) expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
        expect(runs[1].stdout).toContain('“Kế hoạch␛[31m đỏ\ufffd2J”');
        expect(runs[2].stdout).toContain('␛[2J␛]0;pwned␇');
        expect(runs[4].stdout).toContain('1.1 Kế hoạch␛[31m đỏ\ufffd2J: 2 / 2 points → 1 / 2 points: −1 point');
    });
});

test('a full disk on stdout: one line and exit 2, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    const run = spawnSync(process.execPath, [BIN, 'compile', 'set.chiso', '--lang', 'vi'], { cwd: workspace({ 'set.chiso': AGENCIES + SET('S') }), stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('Không ghi được đầu ra chuẩn (stdout): ENOSPC\n');
});

