/**
 * `chiso score` as the results decision publishes: the index rounded half up on the exact value to
 * the set's `rounding`, ranks on that published value (k/N), classes holding it, units not ranked apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chiso, workspace } from './cli.js';

/** One criterion of max 100: a unit's score is its exact index. */
function set(header: string): string {
    return `agency X "Ban X"
set S "Xếp loại" {
    total 100
    ${header}
    domain 1 "Một" max 100 { criterion 1.1 "A" max 100 }
}
`;
}
const CLASSES = 'classes { >= 90% -> "A"  [80%, 90%) -> "B"  [70%, 80%) -> "C" }';

function score(header: string, scores: Record<string, string>, args: string[] = ['--format', 'json']) {
    const rows = Object.entries(scores).map(([unit, points]) => `${unit},1.1,${points}`);
    const dir = workspace({ 'set.chiso': set(header), 'results.csv': ['unit,item,score', ...rows].join('\n') + '\n' });
    const result = chiso(['score', 'set.chiso', '--results', 'results.csv', ...args], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
}

type Unit = { unit: string; rank: number | null; index: number; published: number; classification: string | null };
const units = (stdout: string): Unit[] => JSON.parse(stdout).units;

describe('the published index', () => {
    test('rounded half up on the exact value: 87,645 → 87,65 (rounding 2), 86,5 → 87 (rounding 0), 1,005 → 1,01 where a float gives 1,00', () => {
        expect(units(score('rounding 2', { P: '87.645', Q: '1.005' })).map(u => [u.unit, u.index, u.published])).toEqual([['P', 87.645, 87.65], ['Q', 1.005, 1.01]]);
        expect(units(score('rounding 0', { P: '86.5' }))[0]).toMatchObject({ index: 86.5, published: 87 });
    });

    test('printed with the declared places, as decisions print it; without a declaration as before (2 places, no trailing zeros)', () => {
        expect(score('rounding 2', { P: '86.996' }, ['--lang', 'vi'])).toContain('Tổng điểm 86,996 / 100 · Chỉ số 87,00%');
        expect(score('rounding 0', { P: '86.5' }, ['--lang', 'en'])).toContain('Total 86.5 / 100 · Index 87%');
        expect(score('', { P: '86.996' }, ['--lang', 'vi'])).toContain('Chỉ số 87%');
        expect(JSON.parse(score('', { P: '86.996' })).set.rounding).toBe(2);
    });
});

describe('ranks on the published value', () => {
    test('86,996 and 87,004 both publish 87,00: one rank; 86,994 publishes 86,99 and is third: 1/3, 1/3, 3/3', () => {
        const stdout = score('rounding 2', { P: '86.996', Q: '87.004', T: '86.994' });
        expect(JSON.parse(stdout).rankedCount).toBe(3);
        // Sharing a rank, the higher exact index is listed first.
        expect(units(stdout).map(u => [u.unit, u.rank, u.published])).toEqual([['Q', 1, 87], ['P', 1, 87], ['T', 3, 86.99]]);
        const text = score('rounding 2', { P: '86.996', Q: '87.004', T: '86.994' }, ['--lang', 'vi']);
        expect(text.match(/^Xếp hạng \S+ · \S+$/gm)).toEqual(['Xếp hạng 1/3 · Q', 'Xếp hạng 1/3 · P', 'Xếp hạng 3/3 · T']);
    });

    test('with 3 places the same units publish 87,004 > 86,996 > 86,994: ranks 1, 2, 3', () => {
        expect(units(score('rounding 3', { P: '86.996', Q: '87.004', T: '86.994' })).map(u => [u.unit, u.rank])).toEqual([['Q', 1], ['P', 2], ['T', 3]]);
    });

    test('units not ranked keep their index and class, are left out of N, and come after the ranked ones under their own heading', () => {
        const header = `unranked X\n    ${CLASSES}`;
        const stdout = score(header, { X: '95', P: '80', Q: '85' });
        expect(JSON.parse(stdout).rankedCount).toBe(2);
        expect(units(stdout).map(u => [u.unit, u.rank, u.published, u.classification])).toEqual([['Q', 1, 85, 'B'], ['P', 2, 80, 'B'], ['X', null, 95, 'A']]);
        const text = score(header, { X: '95', P: '80', Q: '85' }, ['--lang', 'vi']);
        expect(text).toMatch(/Xếp hạng 2\/2 · P\n[^]*\nĐơn vị không xếp hạng \(1\):\n\nkhông xếp hạng · X — Ban X\n {2}Tổng điểm 95 \/ 100 · Chỉ số 95% · Xếp loại A\n/);
        expect(score(header, { X: '95', P: '80' }, ['--lang', 'en'])).toContain('Units not ranked (1):');
    });
});

describe('classes', () => {
    test('the class holds the published value: 89,996 publishes 90,00 and is A with 2 places, B with 3', () => {
        expect(units(score(`rounding 2\n    ${CLASSES}`, { R: '89.996' }))[0]).toMatchObject({ published: 90, classification: 'A' });
        expect(units(score(`rounding 3\n    ${CLASSES}`, { R: '89.996' }))[0]).toMatchObject({ published: 89.996, classification: 'B' });
    });

    test('below the lowest class a unit is unclassified (BNV 876 classifies from 70); without classes nothing is said', () => {
        const stdout = score(CLASSES, { P: '69.996', S: '69.994' });
        expect(units(stdout).map(u => [u.unit, u.published, u.classification])).toEqual([['P', 70, 'C'], ['S', 69.99, null]]);
        expect(score(CLASSES, { S: '60' }, ['--lang', 'vi'])).toContain('Chỉ số 60% · Không xếp loại');
        expect(score(CLASSES, { S: '60' }, ['--lang', 'en'])).toContain('Index 60% · Unclassified');
        expect(score('', { S: '60' }, ['--lang', 'vi'])).toMatch(/Chỉ số 60%\n/);
        expect(units(score('', { S: '60' }))[0].classification).toBeNull();
    });

    test('CSV: a published row per unit, the class in the code column', () => {
        const csv = score(`rounding 2\n    ${CLASSES}`, { R: '89.996', S: '60' }, ['--format', 'csv']).split('\n');
        expect(csv).toContain('R,,1,yes,published,A,,,90.00,');
        expect(csv).toContain('S,,2,yes,published,,,,60.00,');
    });
});

describe('classes in a compiled set edited by hand', () => {
    /** The set compiled with two classes, their bounds replaced, then scored. */
    function scoreEdited(classes: unknown) {
        const dir = workspace({ 'set.chiso': set(CLASSES), 'results.csv': 'unit,item,score\nP,1.1,90\n' });
        expect(chiso(['compile', 'set.chiso', '-o', 'set.json'], { cwd: dir }).status).toBe(0);
        const compiled = JSON.parse(readFileSync(path.join(dir, 'set.json'), 'utf8'));
        compiled.set.classes = classes;
        writeFileSync(path.join(dir, 'set.json'), JSON.stringify(compiled));
        return chiso(['score', 'set.json', '--results', 'results.csv', '--format', 'json', '--lang', 'en'], { cwd: dir });
    }
    const bound = (value: number, inclusive: boolean) => ({ value, inclusive });

    test('two classes holding 90 are refused, naming both', () => {
        const result = scoreEdited([{ lower: bound(90, true), upper: null, title: 'A' }, { lower: bound(80, true), upper: bound(90, true), title: 'B' }]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('chiso/set-json-classes: The criteria-set JSON: set.classes[1] and set.classes[0] hold some of the same indices');
    });

    test('classes meeting at a bound one of them leaves out are read, and the unit is in the class holding 90', () => {
        const result = scoreEdited([{ lower: bound(80, false), upper: bound(90, false), title: 'B' }, { lower: bound(90, true), upper: null, title: 'A' }]);
        expect(result.status, result.stderr).toBe(0);
        expect(JSON.parse(result.stdout).units[0]).toMatchObject({ published: 90, classification: 'A' });
    });
});
