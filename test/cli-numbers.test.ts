/**
 * Numbers as officers write them, end to end: decimal commas read exactly and kept by fmt,
 * whole numbers never through binary floats, and compile output that its own schema accepts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chiso, ROOT, workspace } from './cli.js';
import { validateStrict as validate } from './contract-schema.js';


const WITH_COMMAS = readFileSync(path.join(ROOT, 'packages/language/test/fixtures/numbers/decimal-commas-everywhere-check-clean.chiso'), 'utf8');
const withPoints = (text: string) => text.replace(/(\d),(\d)/g, '$1.$2');

function compiled(text: string): { status: number | null; doc: Record<string, any>; stderr: string } {
    const run = chiso(['compile', 's.chiso'], { cwd: workspace({ 's.chiso': text }) });
    return { status: run.status, doc: run.status === 0 ? JSON.parse(run.stdout) : {}, stderr: run.stderr };
}

describe('decimal commas', () => {
    test('a set written with decimal commas compiles to the same JSON as with decimal points', () => {
        expect(WITH_COMMAS).toContain('[80,5%, 100%) -> 0,5');
        const commas = chiso(['compile', 's.chiso'], { cwd: workspace({ 's.chiso': WITH_COMMAS }) });
        const points = chiso(['compile', 's.chiso'], { cwd: workspace({ 's.chiso': withPoints(WITH_COMMAS) }) });
        expect(commas.status, commas.stderr).toBe(0);
        expect(commas.stdout).toBe(points.stdout);
        const doc = JSON.parse(commas.stdout);
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
        expect(doc.set.total).toBe(10.5);
        expect(doc.items[0].children[1].scoring.bands[1]).toEqual({ lower: { value: 80.5, inclusive: true }, upper: { value: 100, inclusive: false }, points: 0.5 });
    });

    test('`max 0,5` is one number: a child off by 0,25 is the one error, named as each language writes it', () => {
        const dir = workspace({ 's.chiso': 'set S "A" {\n    total 1\n    domain 1 "B" max 1 {\n        criterion 1.1 "C" max 0,5\n        criterion 1.2 "D" max 0,25\n    }\n}\n' });
        const en = chiso(['check', 's.chiso', '--lang', 'en'], { cwd: dir });
        expect(en.status).toBe(1);
        expect(en.stdout).toContain('add up to 0.75, not its max of 1 (difference 0.25)');
        expect(en.stderr).toContain('1 error, 0 warnings');
        const vi = chiso(['check', 's.chiso', '--lang', 'vi'], { cwd: dir });
        expect(vi.stdout).toContain('là 0,75, khác điểm tối đa 1 của nó (chênh lệch 0,25)');
    });

    test('fmt keeps the mark each number was written with', () => {
        const dir = workspace({ 's.chiso': 'set S "A" { total 1,5\n domain 1 "B" max 1.5 { scoring bands { [80,5%,100%) -> 1,5  < 80,5% -> 0.5  100% -> 1.5 } } }\n' });
        expect(chiso(['fmt', 's.chiso'], { cwd: dir }).status).toBe(0);
        const formatted = readFileSync(path.join(dir, 's.chiso'), 'utf8');
        expect(formatted).toContain('total 1,5\n');
        expect(formatted).toContain('domain 1 "B" max 1.5 {');
        expect(formatted).toContain('[80,5%, 100%) -> 1,5  < 80,5% -> 0.5  100% -> 1.5');
        expect(chiso(['check', 's.chiso'], { cwd: dir }).status).toBe(0);
    });
});

describe('whole numbers are exact', () => {
    test('a total of 2^53 + 1 over domains of 2^53 is reported, not rounded away', () => {
        const { status, stderr } = compiled('set S "A" {\n    total 9007199254740993\n    domain 1 "B" max 9007199254740992\n}\n');
        expect(status).toBe(1);
        expect(stderr).toContain('The domains add up to 9007199254740992, not the declared total of 9007199254740993 (difference 1)');
    });

    test('points of 2^53 or more compile exactly, as strings the schema accepts', () => {
        const { status, doc, stderr } = compiled('set S "A" {\n    total 12345678901234567891\n    domain 1 "B" max 12345678901234567890\n    domain 2 "C" max 1\n}\n');
        expect(status, stderr).toBe(0);
        expect(doc.set.total).toBe('12345678901234567891');
        expect(doc.items.map((i: { maxPoints: unknown }) => i.maxPoints)).toEqual(['12345678901234567890', 1]);
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    });

    test('a year, questions or counts out of range are reported as written, never as 1e+23 or Infinity', () => {
        const huge = '9'.repeat(400);
        const dir = workspace({ 's.chiso': `survey K "K" { questions ${huge} }\nset S "A" {\n    year 99999999999999999999999\n    total 1\n    domain 1 "B" max 1 { source survey K }\n}\n` });
        const run = chiso(['compile', 's.chiso'], { cwd: dir });
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('99999999999999999999999 is too large for a year: write a number from 1000 to 9999.');
        expect(run.stderr).toContain(`${huge} is too large for a number of questions`);
        expect(run.stderr).not.toMatch(/e\+\d|Infinity/);
    });

    test('a tier threshold of 10^23 is checked and compiled like any other, without a stack trace', () => {
        const text = 'set S "A" {\n    total 2\n    domain 1 "B" max 2 {\n        scoring tiers { >= 100000000000000000000000 -> 2  < 100000000000000000000000 -> 0 }\n    }\n}\n';
        const check = chiso(['check', 's.chiso'], { cwd: workspace({ 's.chiso': text }) });
        expect(check.status, check.stdout + check.stderr).toBe(0);
        expect(check.stderr.trim()).toBe('Checked 1 file: 0 errors, 0 warnings, 0 notes.');
        const { status, doc } = compiled(text);
        expect(status).toBe(0);
        expect(doc.items[0].scoring.bands[0].lower).toEqual({ value: '100000000000000000000000', inclusive: true });
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    });

    test('score reads a contract number printed with an exponent (1e21) as the decimal it prints', () => {
        const dir = workspace({
            's.chiso': 'set S "A" {\n    total 1000000000000000000001\n    domain 1 "B" max 1000000000000000000000\n    domain 2 "C" max 1\n}\n',
            'r.csv': 'unit,item,score\nU,1,1000000000000000000000\nU,2,1\n',
        });
        const compile = chiso(['compile', 's.chiso', '-o', 's.json'], { cwd: dir });
        expect(compile.status, compile.stderr).toBe(0);
        const json = readFileSync(path.join(dir, 's.json'), 'utf8');
        // Another tool's JSON writer may print 10^21 as a number; JavaScript prints it 1e+21.
        writeFileSync(path.join(dir, 's.json'), json.replaceAll('"1000000000000000000000"', '1e21'));
        expect(validate(JSON.parse(readFileSync(path.join(dir, 's.json'), 'utf8')))).toBe(true);
        const run = chiso(['score', 's.json', '--results', 'r.csv'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toContain('Total 1000000000000000000001 / 1000000000000000000001 · Index 100%');
    });

    test('a year compiles as written', () => {
        const { doc } = compiled('set S "A" {\n    year 2023\n    total 1\n    domain 1 "B" max 1\n}\n');
        expect(doc.set.year).toBe(2023);
    });
});

describe('text and codes as written', () => {
    test('a backslash is kept unless it escapes a quote or a backslash', () => {
        const { status, doc } = compiled(String.raw`set S "C:\new\tệp, \"trích dẫn\", \\" { total 1  domain 1 "B" max 1 }` + '\n');
        expect(status).toBe(0);
        expect(doc.set.title).toBe('C:\\new\\tệp, "trích dẫn", \\');
    });

    test('a code with a leading zero is kept as written and warned about', () => {
        const dir = workspace({ 's.chiso': 'set S "A" {\n    total 1\n    domain 01 "B" max 1\n}\n' });
        const check = chiso(['check', 's.chiso', '--strict'], { cwd: dir });
        expect(check.status).toBe(1);
        expect(check.stdout).toContain('warning chiso/code-leading-zero: The code 01 has a leading zero; write 1.');
        const run = chiso(['compile', 's.chiso'], { cwd: dir });
        expect(JSON.parse(run.stdout).items[0].code).toBe('01');
    });
});
