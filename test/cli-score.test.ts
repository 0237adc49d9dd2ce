import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chiso, ROOT, workspace } from './cli.js';

const TINH_BIEN = 'examples/illustrative/tinhbien-2017';

/** One leaf per rule kind, with hand-computable outcomes. */
const RULES = `survey SIPAS "Khảo sát sự hài lòng"
agency BanDanToc "Ban Dân tộc tỉnh"
set R "Quy tắc" {
    total 20
    split { appraisal 14  survey 6 }
    unranked BanDanToc
    domain 1 "Thẩm định" max 14 {
        criterion 1.1 "Khung" max 1 { scoring bands { 100% -> 1  [80%, 100%) -> 0.5  < 80% -> 0 } }
        criterion 1.2 "Bậc" max 2 { scoring tiers { >= 2 -> 2  1 -> 1  0 -> 0 } }
        criterion 1.3 "Phương án" max 2 { scoring choice { onTime "Đúng hạn" -> 2  late "Chậm" -> 1  "Không" -> 0 } }
        criterion 1.4 "Trừ" max 2 { scoring deduct 0.5 per "vi phạm" floor 0 }
        criterion 1.5 "Tỷ lệ" max 4 { scoring proportional }
        criterion 1.6 "Trực tiếp" max 3
    }
    domain 2 "Hài lòng" max 6 {
        source survey SIPAS
        scoring formula {
            input satisfied "hài lòng"
            input verySatisfied "rất hài lòng"
            input respondents "số mẫu" min 1
            where satisfied + verySatisfied <= respondents * 8
            result (satisfied + verySatisfied) / (respondents * 8) * 6
        }
    }
}
`;

const header = 'unit,item,score,value,satisfied,verySatisfied,respondents';
/** Unit A: 0.5 + 2 + 1 + 0.5 + 2.5 + 3 = 9.5 appraisal; (100 + 60) / (25 × 8) × 6 = 4.8 survey; 14.3 / 20 = 71.5 %. */
const UNIT_A = [
    'A,1.1,,85', 'A,1.2,,3', 'A,1.3,,late', 'A,1.4,,3', 'A,1.5,,62.5', 'A,1.6,3,', 'A,2,,,100,60,25',
];

function run(rows: string[], extra: Record<string, string> = {}, args: string[] = ['--format', 'json']) {
    const dir = workspace({ 'set.chiso': RULES, 'results.csv': [header, ...rows].join('\n') + '\n', ...extra });
    return chiso(['score', 'set.chiso', '--results', 'results.csv', ...args], { cwd: dir });
}

describe('chiso score', () => {
    test('Tỉnh Biên 2017: appraisal 63/70, survey 24.65/30, total 87.65, points lost as the plan lists them', () => {
        const result = chiso(['score', TINH_BIEN, '--results', `${TINH_BIEN}/results-2016.csv`, '--format', 'json']);
        expect(result.status, result.stderr).toBe(0);
        const [unit] = JSON.parse(result.stdout).units;
        expect(unit).toMatchObject({ unit: 'TinhBien', total: 87.65, maxPoints: 100, index: 87.65, rank: 1, bySource: { appraisal: 63, survey: 24.65, specialist: 0 } });
        expect(unit.lost.map((l: { code: string; lost: number }) => [l.code, l.lost])).toEqual([
            ['1.5.3', 2], ['7.1.5', 2], ['1.7.2', 1], ['5.2', 1], ['3.2.1', 0.5], ['5.3.3', 0.5],
            ['8.2', 1.6], ['8.3', 1.4], ['8.1', 0.9], ['8.4', 0.9], ['8.5', 0.55],
        ].sort((a, b) => (b[1] as number) - (a[1] as number)));
        const survey = unit.subIndices.find((s: { code: string }) => s.code === '8');
        expect(survey).toMatchObject({ achieved: 24.65, max: 30 });
    });

    test('works from the compiled JSON alone', () => {
        const dir = workspace({});
        expect(chiso(['compile', TINH_BIEN, '-o', path.join(dir, 'set.json')]).status).toBe(0);
        writeFileSync(path.join(dir, 'results.csv'), readFileSync(`${TINH_BIEN}/results-2016.csv`));
        const result = chiso(['score', 'set.json', '--results', 'results.csv', '--format', 'json'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        expect(JSON.parse(result.stdout).units[0]).toMatchObject({ total: 87.65, bySource: { appraisal: 63, survey: 24.65 } });
    });

    test('each rule kind, computed exactly', () => {
        const result = run(UNIT_A);
        expect(result.status, result.stderr).toBe(0);
        const [unit] = JSON.parse(result.stdout).units;
        const leaf = (code: string) => unit.subIndices.find((s: { code: string }) => s.code === code)?.achieved;
        expect([leaf('1.1'), leaf('1.2'), leaf('1.3'), leaf('1.4'), leaf('1.5'), leaf('1.6'), leaf('2')]).toEqual([0.5, 2, 1, 0.5, 2.5, 3, 4.8]);
        expect(unit).toMatchObject({ total: 14.3, index: 71.5, bySource: { appraisal: 9.5, survey: 4.8 } });
    });

    test('choices match by name or by title in NFC, case-insensitively; deductions stop at the floor', () => {
        const rows = UNIT_A.map(r => r.replace('A,1.3,,late', `A,1.3,,${'đúng hạn'.normalize('NFD')}`).replace('A,1.4,,3', 'A,1.4,,10'));
        const [unit] = JSON.parse(run(rows).stdout).units;
        const leaf = (code: string) => unit.subIndices.find((s: { code: string }) => s.code === code)?.achieved;
        expect([leaf('1.3'), leaf('1.4')]).toEqual([2, 0]);
    });

    test('ranks high to low, ties share a rank, unranked units keep their scores without a rank', () => {
        const b = UNIT_A.map(r => r.replace(/^A,/, 'B,').replace('B,1.6,3,', 'B,1.6,2,'));
        const c = UNIT_A.map(r => r.replace(/^A,/, 'C,'));
        const unranked = UNIT_A.map(r => r.replace(/^A,/, 'BanDanToc,').replace('BanDanToc,1.6,3,', 'BanDanToc,1.6,3,').replace('BanDanToc,1.1,,85', 'BanDanToc,1.1,,100'));
        const units = JSON.parse(run([...b, ...UNIT_A, ...unranked, ...c]).stdout).units;
        expect(units.map((u: { unit: string; rank: number | null; total: number }) => [u.unit, u.rank, u.total])).toEqual([
            ['A', 1, 14.3], ['C', 1, 14.3], ['B', 3, 13.3], ['BanDanToc', null, 14.8],
        ]);
        expect(units[3].name).toBe('Ban Dân tộc tỉnh');
    });

    test('an optional survey not run is rescaled away (Hà Nội), deductions lower the total', () => {
        const set = `set H "Cấp phòng" {
    split { appraisal 70  survey 30 optional }
    domain 1 "Thẩm định" max 70 { criterion 1.1 "A" max 70 }
    domain 2 "Điều tra" max 30 { source survey S  criterion 2.1 "B" max 30 }
    deductions "Điểm trừ" { criterion Đ1 "Vi phạm" max 5 }
}
survey S "Điều tra"
`;
        const dir = workspace({ 'set.chiso': set, 'results.csv': 'unit,item,score\nP,1.1,63\nQ,1.1,63\nQ,2.1,20\nQ,Đ1,3\n' });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', 'json'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        const units = JSON.parse(result.stdout).units;
        expect(units.find((u: { unit: string }) => u.unit === 'P')).toMatchObject({ total: 63, maxPoints: 70, index: 90 });
        expect(units.find((u: { unit: string }) => u.unit === 'Q')).toMatchObject({ total: 80, deductions: 3, maxPoints: 100, index: 80 });
    });

    test('text and CSV reports', () => {
        const text = run(UNIT_A, {}, ['--lang', 'vi']);
        expect(text.stdout).toContain('Xếp hạng 1/1 · A');
        expect(text.stdout).toContain('Tổng điểm 14,3 / 20 · Chỉ số 71,5%');
        const csv = run(UNIT_A, {}, ['--format', 'csv']).stdout.split('\n');
        expect(csv[0]).toBe('unit,name,rank,ranked,measure,code,achieved,max,percent,lost');
        expect(csv).toContain('A,,1,yes,total,,14.3,20,71.5,');
        expect(csv).toContain('A,,1,yes,lost,1.5,2.5,4,,1.5');
    });
});

describe('chiso score: a deduction group takes off what its items say, at most its max', () => {
    /** Units' totals and deductions, scoring direct points for 1.1 and violations (or a count) for the deduction criteria. */
    const score = (deductions: string, rows: string[]) => {
        const set = `set D "Điểm trừ" {\n    total 10\n    domain 1 "Một" max 10 { criterion 1.1 "A" max 10 }\n    ${deductions}\n}\n`;
        const dir = workspace({ 'set.chiso': set, 'results.csv': ['unit,item,score,value', ...rows].join('\n') + '\n' });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', 'json'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        return Object.fromEntries(JSON.parse(result.stdout).units.map((u: { unit: string; total: number; deductions: number }) => [u.unit, [u.total, u.deductions]]));
    };
    const units = (scored: number, violations: Record<string, string>) =>
        Object.entries(violations).flatMap(([unit, values]) => [`${unit},1.1,${scored},`, ...values.split(' ').map(v => `${unit},${v.split('=')[0]},,${v.split('=')[1]}`)]);

    test('1 point per reprimand, at most the item\'s max: 0 → 0, 2 → 2, 5 → 3', () => {
        const group = 'deductions "Điểm trừ" max 3 { criterion Đ1 "Bị phê bình" max 3 { scoring deduct 1 per "lần" floor 0 } }';
        // 8 points achieved: 8 − 0, 8 − 2, 8 − 3.
        expect(score(group, units(8, { None: 'Đ1=0', Two: 'Đ1=2', Five: 'Đ1=5' }))).toEqual({ None: [8, 0], Two: [6, 2], Five: [5, 3] });
    });

    test('the README\'s example: 0 → 0, 2 → 2, 7 → 5 taken off', () => {
        const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
        const group = /^\s*(deductions "Điểm trừ" max 5 \{.*\})\s*$/m.exec(readme)![1];
        expect(group).toContain('scoring deduct 1 per "lần" floor 0');
        expect(score(group, units(9, { None: 'Đ1=0', Two: 'Đ1=2', Seven: 'Đ1=7' }))).toEqual({ None: [9, 0], Two: [7, 2], Seven: [4, 5] });
    });

    test('a compiled set whose deduction item is scored proportional is refused', () => {
        const set = 'set D "Điểm trừ" {\n    total 10\n    domain 1 "Một" max 10\n    deductions "Điểm trừ" max 2 { criterion Đ1 "Trễ hẹn" max 2 { scoring deduct 1 per "hồ sơ" } }\n}\n';
        const dir = workspace({ 'set.chiso': set, 'results.csv': 'unit,item,score,value\nA,1,8,\nA,Đ1,,50\n' });
        expect(chiso(['compile', 'set.chiso', '-o', 'set.json'], { cwd: dir }).status).toBe(0);
        const doc = JSON.parse(readFileSync(path.join(dir, 'set.json'), 'utf8'));
        doc.deductions[0].items[0].scoring = { kind: 'proportional', label: null };
        writeFileSync(path.join(dir, 'set.json'), JSON.stringify(doc));
        const result = chiso(['score', 'set.json', '--results', 'results.csv'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('error chiso/set-json-deduction-rule: The criteria-set JSON: Đ1.scoring is `proportional` in a deduction group');
    });

    test('the group\'s max caps its items together; a total never goes below 0', () => {
        const group = `deductions "Điểm trừ" max 4 {
        criterion Đ1 "Bị phê bình" max 3 { scoring deduct 1 per "lần" floor 0 }
        criterion Đ2 "Kỷ luật" max 2 { scoring tiers { >= 2 -> 2  1 -> 1  0 -> 0 } }
    }`;
        // 3 + 2 = 5, capped at 4; 1 + 1 = 2 under the cap; a row missing takes nothing off.
        expect(score(group, units(8, { Capped: 'Đ1=5 Đ2=3', Under: 'Đ1=1 Đ2=1', Missing: 'Đ2=2' }))).toEqual({ Capped: [4, 4], Under: [6, 2], Missing: [6, 2] });
        // 3 achieved, 4 taken off: 0, not −1.
        expect(score(group, units(3, { Low: 'Đ1=5 Đ2=3' }))).toEqual({ Low: [0, 4] });
    });
});

describe('chiso score rejects bad results, naming the unit, the item and the line', () => {
    const errorOf = (rows: string[]) => {
        const result = run(rows);
        expect(result.status).toBe(1);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        return result.stderr;
    };

    test('an outline item is scored directly, as any item without children', () => {
        const dir = workspace({
            'set.chiso': 'set O "Dàn ý" {\n    total 10\n    domain 1 "Chi tiết" max 4 { criterion 1.1 "A" max 4 }\n    domain 2 "Dàn ý" max 6 { counts { criteria 3 } }\n}\n',
            'results.csv': 'unit,item,score\nA,1.1,3\nA,2,4.5\n',
        });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', 'json'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        expect(JSON.parse(result.stdout).units[0]).toMatchObject({ total: 7.5, index: 75 });
    });

    test('a set whose points are not all published cannot be scored, from the source or its compiled JSON', () => {
        const dir = workspace({ 'set.chiso': 'set U \"Chưa công bố điểm\" {\n    total 10\n    counts { domains 2  criteria 4 }\n    domain 1 \"Chi tiết\" max 4 { criterion 1.1 \"A\" max 4 }\n    domain 2 \"Chưa có điểm\" { counts { criteria 3 } }\n}\n', 'results.csv': 'unit,item,score\nA,1.1,3\n' });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv', '--lang', 'en'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('error chiso/score-points-unknown: Cannot score: the max points of 1 outline item are not published (2), so no index can be computed.');
        expect(result.stderr).not.toContain('    at ');
        expect(chiso(['compile', 'set.chiso', '-o', 'set.json'], { cwd: dir }).status).toBe(0);
        const fromJson = chiso(['score', 'set.json', '--results', 'results.csv', '--lang', 'vi'], { cwd: dir });
        expect(fromJson.status).toBe(2);
        expect(fromJson.stderr).toContain('Không chấm được: điểm tối đa của 1 mục dàn ý chưa được công bố (2)');
    });

    test('a direct score above the max', () => {
        expect(errorOf(UNIT_A.map(r => r.replace('A,1.6,3,', 'A,1.6,3.5,'))))
            .toContain('results.csv:7:1: error chiso/score-above-max: Unit A, item 1.6: 3.5 points exceed the max of 3.');
    });

    test('an unknown item, a parent item, a duplicate row and a missing result', () => {
        const stderr = errorOf([...UNIT_A.filter(r => !r.startsWith('A,1.2,')), 'A,9.9,1,', 'A,1,1,', 'A,1.1,,85']);
        expect(stderr).toContain('chiso/score-unknown-item: Unit A: the set has no item 9.9.');
        expect(stderr).toContain('chiso/score-not-leaf: Unit A, item 1: it has children');
        expect(stderr).toContain('chiso/score-duplicate-row: Unit A, item 1.1: already has a result on line 2.');
        expect(stderr).toContain('chiso/score-missing-result: Unit A: no result for item 1.2.');
    });

    test('missing inputs, bad values, unknown options and broken constraints', () => {
        const stderr = errorOf(UNIT_A.map(r => r
            .replace('A,1.1,,85', 'A,1.1,,120%')
            .replace('A,1.3,,late', 'A,1.3,,sometimes')
            .replace('A,1.2,,3', 'A,1.2,,')
            .replace('A,2,,,100,60,25', 'A,2,,,190,60,25')));
        expect(stderr).toContain('Unit A, item 1.1: “120%” is not valid; expected a percentage from 0 to 100.');
        expect(stderr).toContain('Unit A, item 1.2: value is missing (the tiers rule needs it).');
        expect(stderr).toContain('Unit A, item 1.3: no option “sometimes”; the options are: onTime; late; Không.');
        expect(stderr).toContain('chiso/score-constraint: Unit A, item 2: the inputs break the constraint (satisfied + verySatisfied) <= (respondents * 8).');
    });
});

describe('chiso score reads results and writes reports of any size the same way', () => {
    /** Units A, B, … with varied points (scores a sixth of 3; odd formula samples), rows in file order. */
    const units = (count: number) => Array.from({ length: count }, (_, i) => UNIT_A.map(r => r
        .replace(/^A,/, `U${i},`)
        .replace(',1.6,3,', `,1.6,${i % 7 === 0 ? '5/2' : String(i % 4)},`)
        .replace(',1.5,,62.5', `,1.5,,${(i * 37) % 101}%`)
        .replace(',2,,,100,60,25', `,2,,,${i % 90},${i % 50},${25 + (i % 13)}`)));
    const score = (rows: string[], format: string, out?: string) => run(rows, {}, ['--format', format, '--lang', 'vi', ...(out ? ['-o', out] : [])]);

    test('each format writes the same report to a file (-o) as to stdout', () => {
        // Reports past a megabyte, which are written in pieces.
        const rows = units(2500).flat();
        for (const format of ['json', 'csv', 'text']) {
            const dir = workspace({ 'set.chiso': RULES, 'results.csv': [header, ...rows].join('\n') + '\n' });
            const stdout = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', format, '--lang', 'vi'], { cwd: dir });
            const file = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', format, '--lang', 'vi', '-o', 'report'], { cwd: dir });
            expect(stdout.status, stdout.stderr).toBe(0);
            expect(file.status, file.stderr).toBe(0);
            expect(file.stdout).toBe('');
            expect(stdout.stdout).toBe(readFileSync(path.join(dir, 'report'), 'utf8').trimEnd() + '\n');
        }
    });

    test('the JSON report is laid out as JSON.stringify(report, null, 2) lays it out', () => {
        const text = score(units(50).flat(), 'json').stdout;
        expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    });

    test('a unit whose rows are split in two places scores as when its rows come together', () => {
        const [a, b, c] = units(3);
        const together = score([...a, ...b, ...c], 'json');
        const split = score([...a.slice(0, 3), ...b, ...a.slice(3), ...c], 'json');
        expect(together.status, together.stderr).toBe(0);
        expect(split.stdout).toBe(together.stdout);
    });

    test('points too large to add up as small integers stay exact', () => {
        const set = `set Big "Lớn" {
    total 3000000000.5
    domain 1 "A" max 3000000000 { criterion 1.1 "x" max 2999999999  criterion 1.2 "y" max 1 }
    domain 2 "B" max 0.5 { criterion 2.1 "z" max 0.5 { scoring proportional } }
}
`;
        const dir = workspace({ 'set.chiso': set, 'r.csv': 'unit,item,score,value\nA,1.1,2999999998.25,\nA,1.2,1,\nA,2.1,,33.3\nB,1.1,1/3,\nB,1.2,0,\nB,2.1,,100\n' });
        const result = chiso(['score', 'set.chiso', '--results', 'r.csv', '--format', 'json'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        const [a, b] = JSON.parse(result.stdout).units;
        expect(a).toMatchObject({ unit: 'A', total: 2999999999.4165, index: '5999999998833/60000000010', rank: 1 });
        expect(b).toMatchObject({ unit: 'B', total: '5/6', rank: 2 });
    });

    test('errors point at the same lines in LF and CRLF files, with a BOM, comments and blank lines', () => {
        const rows = ['# from the office', header, '', ...UNIT_A.slice(0, 5), '  # checked', 'A,1.6,3.5,', UNIT_A[6]];
        for (const eol of ['\n', '\r\n']) {
            const dir = workspace({ 'set.chiso': RULES, 'results.csv': '\ufeff' + rows.join(eol) + eol });
            const result = chiso(['score', 'set.chiso', '--results', 'results.csv'], { cwd: dir });
            expect(result.status).toBe(1);
            expect(result.stderr).toContain('results.csv:10:1: error chiso/score-above-max: Unit A, item 1.6: 3.5 points exceed the max of 3.');
        }
    });

    test('mixed line ends (an LF comment, then CRLF rows) lose no row and count lines as in the file', () => {
        const lf = ['# typed by hand', '# second note'].join('\n');
        const crlf = [header, ...UNIT_A.slice(0, 5), 'A,1.6,3.5,', UNIT_A[6]].join('\r\n');
        const dir = workspace({ 'set.chiso': RULES, 'results.csv': `${lf}\n${crlf}\r\n` });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv'], { cwd: dir });
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('results.csv:9:1: error chiso/score-above-max: Unit A, item 1.6: 3.5 points exceed the max of 3.');
        // A CRLF header, then an LF comment line: the row after the comment is scored, not read as part of it.
        const swallowed = workspace({ 'set.chiso': RULES, 'results.csv': `${header}\r\n# note\n${UNIT_A.join('\r\n')}\r\n` });
        const scored = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', 'json'], { cwd: swallowed });
        expect(scored.status, scored.stderr).toBe(0);
        expect(JSON.parse(scored.stdout).units[0]).toMatchObject({ unit: 'A', bySource: { appraisal: 9.5, survey: 4.8 } });
    });

    test('after a line break inside quotes (read by csv-parse), lines are still counted as in the file', () => {
        const rows = ['unit,item,score,value,unitName,satisfied,verySatisfied,respondents', 'A,1.1,,85,"Sở\nTư pháp"', 'A,1.2,,abc', ...UNIT_A.slice(2, 6), 'A,2,,,,100,60,25'];
        const dir = workspace({ 'set.chiso': RULES, 'results.csv': rows.join('\n') + '\n' });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv'], { cwd: dir });
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('results.csv:4:1: error chiso/score-bad-value: Unit A, item 1.2: “abc” is not valid');
    });
});

describe('chiso score in a pipeline', () => {
    test('a reader that stops early (| head) ends it quietly, without a stack trace', () => {
        // Enough units that the report overflows the pipe's buffer after head has exited.
        const units = Array.from({ length: 300 }, (_, i) => UNIT_A.map(r => r.replace(/^A,/, `U${i},`))).flat();
        const dir = workspace({ 'set.chiso': RULES, 'results.csv': [header, ...units].join('\n') + '\n' });
        const result = spawnSync('sh', ['-c', `node "${path.join(ROOT, 'packages/cli/bin/chiso.js')}" score set.chiso --results results.csv --format csv | head -1`], { cwd: dir, encoding: 'utf8' });
        expect(result.stdout.trim()).toBe('unit,name,rank,ranked,measure,code,achieved,max,percent,lost');
        expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
    });
});

describe('chiso score input problems exit 2', () => {
    test('a missing results file', () => {
        const dir = workspace({ 'set.chiso': RULES });
        const result = chiso(['score', 'set.chiso', '--results', 'none.csv'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('none.csv:1:1: error chiso/input-missing');
    });

    test('a results folder without results files (a folder is read as the units\' files: test/cli-results-folder.test.ts)', () => {
        const dir = workspace({ 'set.chiso': RULES });
        const result = chiso(['score', 'set.chiso', '--results', '.'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('error chiso/results-empty: The results file holds no results.');
        expect(result.stderr).not.toMatch(/\n\s+at /);
    });

    test('a set JSON that breaks the contract', () => {
        const dir = workspace({ 'set.json': JSON.stringify({ formatVersion: '1.0', set: {} }), 'r.csv': 'unit,item,score\n' });
        const result = chiso(['score', 'set.json', '--results', 'r.csv'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('error chiso/set-json-invalid');
    });

    test('a CSV row with too many cells, and results JSON that is not JSON', () => {
        const bad = run(['A,1.1,,85,1,2,3,4']);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toContain('results.csv:2:1: error chiso/results-format');
        const dir = workspace({ 'set.chiso': RULES, 'r.json': '[{"unit": "A", "item": "1.1", "value": 85},\n {"unit": ' });
        const json = chiso(['score', 'set.chiso', '--results', 'r.json'], { cwd: dir });
        expect(json.status).toBe(2);
        expect(json.stderr).toContain('r.json:2:');
    });

    test('an unquoted decimal comma in a comma-separated file is explained in Vietnamese: count the cells, quote the number or use semicolons', () => {
        const dir = workspace({ 'set.chiso': RULES, 'r.csv': 'unit,item,score\nA,1.1,92,5\n', 'r.json': '{"rows": []}' });
        const vi = chiso(['score', 'set.chiso', '--results', 'r.csv', '--lang', 'vi'], { cwd: dir });
        expect(vi.status).toBe(2);
        expect(vi.stderr).toContain('r.csv:2:1: lỗi chiso/results-format: Tệp kết quả không đúng định dạng: dòng có 4 ô nhưng dòng tiêu đề chỉ có 3 cột. Nếu đó là số có dấu phẩy thập phân (92,5) trong tệp phân cách bằng dấu phẩy, hãy đặt số trong ngoặc kép ("92,5") hoặc lưu tệp phân cách bằng dấu chấm phẩy');
        const json = chiso(['score', 'set.chiso', '--results', 'r.json', '--lang', 'vi'], { cwd: dir });
        expect(json.stderr).toContain('r.json:1:1: lỗi chiso/results-format: Tệp kết quả không đúng định dạng: cần một mảng các dòng, hoặc một đối tượng có "results"');
    });

    test('results as JSON, with exact numbers and declared units', () => {
        const rows = [
            { unit: 'A', item: '1.1', value: 85 }, { unit: 'A', item: '1.2', value: 3 }, { unit: 'A', item: '1.3', value: 'late' },
            { unit: 'A', item: '1.4', value: 3 }, { unit: 'A', item: '1.5', value: 62.5 }, { unit: 'A', item: '1.6', score: 3 },
            { unit: 'A', item: '2', inputs: { satisfied: 100, verySatisfied: 60, respondents: 25 } },
        ];
        const dir = workspace({ 'set.chiso': RULES, 'r.json': JSON.stringify({ units: [{ id: 'A', name: 'Sở A', ranked: false }], results: rows }) });
        const result = chiso(['score', 'set.chiso', '--results', 'r.json', '--format', 'json'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        expect(JSON.parse(result.stdout).units[0]).toMatchObject({ unit: 'A', name: 'Sở A', ranked: false, rank: null, total: 14.3 });
    });

    describe('a compiled set edited by hand is verified, not trusted', () => {
        /** RULES compiled, edited, then scored with unit A's results. */
        function scoreEdited(edit: (doc: any) => void) {
            const dir = workspace({ 'set.chiso': RULES, 'results.csv': [header, ...UNIT_A].join('\n') + '\n' });
            expect(chiso(['compile', 'set.chiso', '-o', 'set.json'], { cwd: dir }).status).toBe(0);
            const doc = JSON.parse(readFileSync(path.join(dir, 'set.json'), 'utf8'));
            edit(doc);
            writeFileSync(path.join(dir, 'set.json'), JSON.stringify(doc, null, 2));
            return chiso(['score', 'set.json', '--results', 'results.csv'], { cwd: dir });
        }

        test('a total edited to 50 while the domains still add up to 20', () => {
            const result = scoreEdited(doc => { doc.set.total = 50; });
            expect(result.status).toBe(2);
            expect(result.stderr).toContain('set.json:1:1: error chiso/set-json-sum: The criteria-set JSON does not add up: set.total is 50, but the domains add up to 20.');
            expect(result.stdout).toBe('');
        });

        test('a leaf max changed so that its domain no longer adds up', () => {
            const result = scoreEdited(doc => { doc.items[0].children[0].maxPoints = 2; });
            expect(result.status).toBe(2);
            expect(result.stderr).toContain('1.maxPoints is 14, but its children add up to 15.');
        });

        test('totals, the split and the counts must agree with the tree', () => {
            const split = scoreEdited(doc => { doc.set.split[0].points = 15; doc.set.split[1].points = 5; });
            expect(split.stderr).toContain('set.split[0].points is 15, but the leaves of those sources add up to 14.');
            const counts = scoreEdited(doc => { doc.totals.counts.criteria = 7; });
            expect(counts.stderr).toContain('totals.counts.criteria is 7, but the tree has 6.');
            const itemCounts = scoreEdited(doc => { doc.items[0].declaredCounts = { domains: null, criteria: 5, components: null, includingDeductions: false }; });
            expect(itemCounts.stderr).toContain('1.declaredCounts.criteria is 5, but the tree has 6.');
            expect([split.status, counts.status, itemCounts.status]).toEqual([2, 2, 2]);
        });

        test('a point value of "1/0" is reported where it is, not as a division by zero', () => {
            const result = scoreEdited(doc => { doc.items[0].children[2].maxPoints = '1/0'; });
            expect(result.status).toBe(2);
            expect(result.stderr).toContain('error chiso/set-json-points: The criteria-set JSON: items[0].children[2].maxPoints = "1/0" is not a valid point value.');
            expect(result.stderr).not.toContain('Division');
        });
    });

    test('an empty results file, and a row with both a score and a value', () => {
        const empty = run([]);
        expect(empty.status).toBe(2);
        expect(empty.stderr).toContain('results.csv:1:1: error chiso/results-empty: The results file holds no results.');
        const both = run(UNIT_A.map(r => r.replace('A,1.6,3,', 'A,1.6,3,85')));
        expect(both.status).toBe(1);
        expect(both.stderr).toContain('results.csv:7:1: error chiso/results-score-and-value: Unit A, item 1.6: the row has both `score` and `value`');
    });

    test('semicolon-separated results, as Excel saves them under Vietnamese regional settings', () => {
        const rows = UNIT_A.map(r => r.replace(',62.5', ',"62,5"').replace(/,/g, ';').replace('"62;5"', '62,5'));
        const dir = workspace({ 'set.chiso': RULES, 'results.csv': ['# ghi chú', header.replace(/,/g, ';'), ...rows].join('\r\n') + '\r\n' });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv', '--format', 'json'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        expect(JSON.parse(result.stdout).units[0]).toMatchObject({ total: 14.3, index: 71.5 });
    });
});

