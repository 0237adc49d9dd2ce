/** Items not assigned to a unit (issue #15 item 3): declared `exempt` in the set or N/A in the results, left out of its max. */
import { describe, expect, test } from 'vitest';
import { chiso, workspace } from './cli.js';

/** 100 points; domain 2 (20) is public services, which unit B is not assigned (Hà Nam 2023). */
const SET = `agency A "Sở A"
agency B "Sở B"
agency C "Sở C"
agency D "Sở D"
set N "Không giao" {
    total 100
    domain 1 "Chỉ đạo" max 80 {
        criterion 1.1 "Kế hoạch" max 50
        criterion 1.2 "Báo cáo" max 30
    }
    domain 2 "Dịch vụ công" max 20 {
        EXEMPT
        criterion 2.1 "Một cửa" max 12
        criterion 2.2 "Trực tuyến" max 8
    }
}
`;

/**
 * A: 40 + 25 + 12 + 8 = 85 of 100 → 85 %. B, C: 45 + 27 = 72 of the 80 they are assigned → 90 %.
 * D: 50 + 30 + 6 + 4 = 90 of 100 → 90 %: a tie with B and C across different maxes, decided exactly.
 */
const ROWS = ['A,1.1,40', 'A,1.2,25', 'A,2.1,12', 'A,2.2,8', 'B,1.1,45', 'B,1.2,27', 'D,1.1,50', 'D,1.2,30', 'D,2.1,6', 'D,2.2,4'];
const C_ROWS = ['C,1.1,45', 'C,1.2,27'];

interface Unit { unit: string; rank: number; total: number; maxPoints: number; index: number; notAssigned: string[]; subIndices: { code: string; max: number; percent: number }[]; lost: { code: string }[] }

function score(set: string, rows: readonly string[], ...args: string[]) {
    const dir = workspace({ 'set.chiso': set, 'results.csv': ['unit,item,score', ...rows].join('\n') + '\n' });
    return chiso(['score', 'set.chiso', '--results', 'results.csv', ...args], { cwd: dir });
}

function units(set: string, rows: readonly string[]): Record<string, Unit> {
    const result = score(set, rows, '--format', 'json');
    expect(result.status, result.stderr).toBe(0);
    return Object.fromEntries(JSON.parse(result.stdout).units.map((u: Unit) => [u.unit, u]));
}

describe('chiso score: items not assigned are left out of the unit\'s max and its index is rescaled', () => {
    test('declared `exempt` in the set or N/A in the results: 72 of 80 is 90 %, ranked with 90 of 100', () => {
        // B by the set, C by one N/A row on the domain (covering its criteria).
        const found = units(SET.replace('EXEMPT', 'exempt B'), [...ROWS, ...C_ROWS, 'C,2,N/A']);
        for (const unit of ['B', 'C']) {
            expect(found[unit]).toMatchObject({ total: 72, maxPoints: 80, index: 90, rank: 1, notAssigned: ['2'] });
            // No sub-index for the domain not assigned (never 0 %), and its items are not points lost.
            expect(found[unit].subIndices.map(s => s.code)).toEqual(['1', '1.1', '1.2']);
            expect(found[unit].lost.map(l => l.code)).toEqual(['1.1', '1.2']);
        }
        expect(found.D).toMatchObject({ total: 90, maxPoints: 100, index: 90, rank: 1, notAssigned: [] });
        expect(found.A).toMatchObject({ total: 85, maxPoints: 100, index: 85, rank: 4 });
    });

    test('N/A as officers write it: KPC, Không áp dụng, and `"notAssigned": true` in JSON', () => {
        expect(units(SET.replace('EXEMPT', ''), [...ROWS, 'B,2.1,KPC', 'B,2.2,không áp dụng']).B).toMatchObject({ maxPoints: 80, index: 90, notAssigned: ['2.1', '2.2'] });
        const rows = [...ROWS.filter(row => !row.startsWith('A') && !row.startsWith('D,1')), 'B,2,', 'D,1.1,N/A', 'D,1.2,N/A'].map(row => row.split(',')).map(([unit, item, score]) => (score ? { unit, item, score: Number.isNaN(Number(score)) ? score : Number(score) } : { unit, item, notAssigned: true }));
        const dir = workspace({ 'set.chiso': SET.replace('EXEMPT', ''), 'results.json': JSON.stringify(rows) });
        const result = chiso(['score', 'set.chiso', '--results', 'results.json', '--format', 'json'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        const b = JSON.parse(result.stdout).units.find((u: Unit) => u.unit === 'B');
        expect(b).toMatchObject({ total: 72, maxPoints: 80, index: 90, notAssigned: ['2'] });
        // The score field's N/A reads as in CSV: D is assessed on domain 2 only, 10 of 20.
        expect(JSON.parse(result.stdout).units.find((u: Unit) => u.unit === 'D')).toMatchObject({ total: 10, maxPoints: 20, index: 50, notAssigned: ['1.1', '1.2'] });
    });

    test('a component N/A inside a criterion: the criterion\'s sub-index is over its remaining max', () => {
        const set = `set K "Thành phần" {
    total 10
    domain 1 "Một" max 10 {
        criterion 1.1 "A" max 6 {
            component 1.1.1 "a" max 4
            component 1.1.2 "b" max 2
        }
        criterion 1.2 "B" max 4
    }
}
`;
        // 3 of 4 in 1.1 (75 %); 3 + 2 = 5 of 8 in the domain and the index (62.5 %).
        const k = units(set, ['U,1.1.1,3', 'U,1.1.2,N/A', 'U,1.2,2']).U;
        expect(k).toMatchObject({ total: 5, maxPoints: 8, index: 62.5, notAssigned: ['1.1.2'] });
        expect(k.subIndices.map(s => [s.code, s.max, s.percent])).toEqual([['1', 8, 62.5], ['1.1', 4, 75], ['1.2', 4, 50]]);
    });

    test('exempt items and an optional survey not run, together: 30 of the 40 left is 75 %', () => {
        const set = `agency P "Phòng P"
survey S "Điều tra"
set H "Cấp phòng" {
    split { appraisal 70  survey 30 optional }
    domain 1 "Thẩm định" max 70 {
        criterion 1.1 "A" max 40
        criterion 1.2 "B" max 30 { exempt P }
    }
    domain 2 "Điều tra" max 30 { source survey S  criterion 2.1 "C" max 30 }
}
`;
        const found = units(set, ['P,1.1,30', 'Q,1.1,30', 'Q,1.2,30', 'Q,2.1,15']);
        // Equal indices over different maxes share a rank.
        expect(found.P).toMatchObject({ total: 30, maxPoints: 40, index: 75, rank: 1, notAssigned: ['1.2'] });
        expect(found.Q).toMatchObject({ total: 75, maxPoints: 100, index: 75, rank: 1, notAssigned: [] });
    });

    test('a score for an item not assigned is refused where its row is', () => {
        const exempt = score(SET.replace('EXEMPT', 'exempt B'), [...ROWS, 'B,2.1,5']);
        expect(exempt.status).toBe(1);
        expect(exempt.stderr).toContain('results.csv:12:1: error chiso/score-exempt-item: Unit B, item 2.1: the set exempts the unit from 2 (`exempt`), so the item is not scored');
        const vi = score(SET.replace('EXEMPT', 'exempt B'), [...ROWS, 'B,2.1,5'], '--lang', 'vi');
        expect(vi.stderr).toContain('Đơn vị B, mục 2.1: bộ tiêu chí miễn đơn vị khỏi mục 2 (`exempt`), nên mục này không được chấm');
        // The N/A row may come after the row it contradicts.
        const marked = score(SET.replace('EXEMPT', ''), [...ROWS, 'B,2.2,3', 'B,2,N/A']);
        expect(marked.status).toBe(1);
        expect(marked.stderr).toContain('results.csv:12:1: error chiso/score-not-assigned-item: Unit B, item 2.2: line 13 marks 2 N/A (not assigned to the unit), yet this row scores it');
    });

    test('a unit left with nothing to score is refused, not ranked last at 0 %', () => {
        const result = score(SET.replace('EXEMPT', 'exempt B'), [...ROWS, 'C,1,N/A', 'C,2,N/A']);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('results.csv:12:1: error chiso/score-nothing-assessed: Unit C: every item is not assigned');
    });

    test('N/A beside a value is refused: which one was meant would be a guess', () => {
        const dir = workspace({ 'set.chiso': SET.replace('EXEMPT', ''), 'results.csv': ['unit,item,score,value', ...ROWS.map(row => `${row},`), 'B,2,N/A,50'].join('\n') + '\n' });
        const result = chiso(['score', 'set.chiso', '--results', 'results.csv'], { cwd: dir });
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('results.csv:12:1: error chiso/results-score-and-value: Unit B, item 2: the row has both `score` and `value`');
    });

    test('what is not assigned is not missing; the rest still is', () => {
        const missing = score(SET.replace('EXEMPT', 'exempt B'), ROWS.filter(r => r !== 'B,1.2,27'));
        expect(missing.status).toBe(1);
        expect(missing.stderr).toContain('chiso/score-missing-result: Unit B: no result for item 1.2.');
        expect(missing.stderr).not.toContain('item 2.1');
    });

    test('text and CSV reports say what was not assigned and the max the unit was scored over', () => {
        const text = score(SET.replace('EXEMPT', 'exempt B'), ROWS, '--lang', 'vi');
        expect(text.stdout).toContain('Xếp hạng 1/3 · B — Sở B\n  Tổng điểm 72 / 80 · Chỉ số 90%\n  Không giao (không tính vào điểm tối đa): 2 Dịch vụ công\n');
        const csv = score(SET.replace('EXEMPT', 'exempt B'), ROWS, '--format', 'csv').stdout.split('\n');
        expect(csv).toContain('B,Sở B,1,yes,total,,72,80,90,');
        expect(csv).toContain('B,Sở B,1,yes,notAssigned,2,,,,');
    });

    test('chiso tasks never lists an item not assigned', () => {
        const dir = workspace({ 'set.chiso': SET.replace('EXEMPT', 'exempt B'), 'results.csv': ['unit,item,score', ...ROWS].join('\n') + '\n' });
        const result = chiso(['tasks', 'set.chiso', '--results', 'results.csv', '--unit', 'B', '--format', 'json'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        const table = JSON.parse(result.stdout);
        // 80 assigned, 72 achieved: 5 lost in 1.1, 3 in 1.2, nothing in domain 2.
        expect(table.parts.map((p: { maxPoints: number; achieved: number; lost: number }) => [p.maxPoints, p.achieved, p.lost])).toEqual([[80, 72, 8]]);
        expect(table.parts[0].domains.map((d: { code: string }) => d.code)).toEqual(['1']);
    });

    test('the annex notes on the item which units it does not apply to', () => {
        const dir = workspace({ 'set.chiso': SET.replace('EXEMPT', 'exempt B, C') });
        const vi = chiso(['export', 'set.chiso', '--format', 'md', '--lang', 'vi'], { cwd: dir });
        expect(vi.status, vi.stderr).toBe(0);
        expect(vi.stdout).toContain('| **2** | **Dịch vụ công** | **20** |  |  | Không áp dụng đối với: Sở B, Sở C |');
        expect(chiso(['export', 'set.chiso', '--format', 'md', '--lang', 'en'], { cwd: dir }).stdout).toContain('Not assigned to: Sở B, Sở C');
    });

    test('the compiled set carries the exemptions', () => {
        const dir = workspace({ 'set.chiso': SET.replace('EXEMPT', 'exempt B, C') });
        const result = chiso(['compile', 'set.chiso'], { cwd: dir });
        expect(result.status, result.stderr).toBe(0);
        const compiled = JSON.parse(result.stdout);
        expect(compiled.formatVersion).toBe('1.5');
        expect(compiled.items[1].exempt).toEqual(['B', 'C']);
        expect(compiled.items[0]).not.toHaveProperty('exempt');
    });
});
