/**
 * The task table from Tỉnh Biên's 2016 results, against Kế hoạch 119/KH-UBND (seed 004): per domain
 * "tổng điểm X: Sở Nội vụ thẩm định Y, mất X − Y", 63 of 70 appraisal points ("mất 7"), survey apart.
 * Figures are worked out by hand from the plan and results-2016.csv's comment.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileSet, formatPoints } from '@chiso/language';
import { loadFiles } from '@chiso/language/load-files';
import { parseCsvResults } from '../src/scoring/results-csv.js';
import type { Exact } from '../src/scoring/exact.js';
import type { Results } from '../src/scoring/results.js';
import { scoreUnits } from '../src/scoring/score.js';
import { taskTable, type TaskTable } from '../src/tasks/task-table.js';

const TINH_BIEN = path.resolve(import.meta.dirname, '../../../examples/illustrative/tinhbien-2017');

async function tinhBien(lang: 'vi' | 'en'): Promise<TaskTable> {
    const { files } = await loadFiles([TINH_BIEN], { lang });
    const set = compileSet(files.flatMap(f => f.sets)[0]);
    const results = parseCsvResults(readFileSync(path.join(TINH_BIEN, 'results-2016.csv'), 'utf8')) as Results;
    const report = scoreUnits(set, results);
    return taskTable(set, report, report.units[0], lang);
}

/** Points as the plan writes them, with a decimal comma. */
const vi = (value: Exact) => formatPoints(value, true);

describe('task table', () => {
    test('appraisal: each domain that lost points as the plan lists it, 63 of 70, mất 7', async () => {
        const table = await tinhBien('vi');
        const appraisal = table.parts.find(p => p.source === 'appraisal')!;
        expect([vi(appraisal.max), vi(appraisal.achieved), vi(appraisal.lost)]).toEqual(['70', '63', '7']);
        expect(appraisal.groups.map(g => [g.domain.code, vi(g.max), vi(g.achieved), vi(g.lost), g.lines.map(l => `${l.item.code} −${vi(l.lost)}`)])).toEqual([
            ['1', '36', '33', '3', ['1.5.3 −2', '1.7.2 −1']],
            ['3', '4', '3,5', '0,5', ['3.2.1 −0,5']],
            ['5', '5', '3,5', '1,5', ['5.2 −1', '5.3.3 −0,5']],
            ['7', '7', '5', '2', ['7.1.5 −2']],
        ]);
    });

    test('survey losses stand apart: 24,65 of 30, largest loss first', async () => {
        const table = await tinhBien('vi');
        expect(table.parts.map(p => p.source)).toEqual(['appraisal', 'survey']);
        const survey = table.parts[1];
        expect([vi(survey.max), vi(survey.achieved), vi(survey.lost)]).toEqual(['30', '24,65', '5,35']);
        // 6 − 85% × 6, 8 − 80% × 8, 8 − 82.5% × 8, 4 − 77.5% × 4, 4 − 86.25% × 4.
        expect(survey.groups[0].lines.map(l => [l.item.code, vi(l.lost)])).toEqual([['8.2', '1,6'], ['8.3', '1,4'], ['8.1', '0,9'], ['8.4', '0,9'], ['8.5', '0,55']]);
    });

    test('a line carries its agencies, evidence and the best outcome in words', async () => {
        const line = (await tinhBien('vi')).parts[0].groups[0].lines[0];
        expect(line.lead).toEqual(['Phòng Nội vụ huyện Tỉnh Biên', 'Phòng Văn hóa và Thông tin huyện Tỉnh Biên']);
        expect(line.coordinating).toEqual(['Các đơn vị sự nghiệp trực thuộc UBND huyện Tỉnh Biên', 'Các phòng chuyên môn thuộc UBND huyện Tỉnh Biên', 'UBND 14 xã, thị trấn huyện Tỉnh Biên']);
        expect(line.evidence).toEqual(['Được UBND tỉnh công nhận (do tổ thẩm định tỉnh thẩm định)']);
        expect(line.requirement).toEqual(['Có sáng kiến được UBND tỉnh công nhận: 2 điểm']);
        const en = (await tinhBien('en')).parts[0].groups[0].lines[0];
        expect(en.requirement).toEqual(['Có sáng kiến được UBND tỉnh công nhận: 2 points']);
    });
});
