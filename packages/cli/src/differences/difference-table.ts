/**
 * "Bảng chênh lệch tự chấm / thẩm định": per unit, the items whose appraisal (the final appraisal,
 * else round 1) differs from the unit's self-assessment — what the unit must explain. Read from the
 * rounds the results keep (a form's columns, or the CSV/JSON columns of the same names).
 */
import type { CompiledItem, CompiledSet } from '@chiso/language';
import { fromJson, parseValue, type Exact } from '../scoring/exact.js';
import type { Results } from '../scoring/results.js';
import type { ScoreReport } from '../scoring/score.js';
import { knownMax, SetItems } from '../scoring/set-items.js';

export interface DifferenceLine {
    readonly item: CompiledItem;
    readonly max: Exact;
    readonly self: Exact;
    readonly appraisal1?: Exact;
    readonly explanation?: string;
    readonly final?: Exact;
    /** The appraisal less the self-assessment: negative when the council took points off. */
    readonly difference: Exact;
}

export interface UnitDifferences {
    readonly unit: string;
    readonly name: string | null;
    /** In the set's order. */
    readonly lines: readonly DifferenceLine[];
}

/** The units (all, or the one chosen) in their results' order, each with its differing items. */
export function differenceTable(set: CompiledSet, report: ScoreReport, results: Results, unit?: string): UnitDifferences[] {
    const items = new SetItems(set);
    const linesOf = new Map<string, DifferenceLine[]>();
    for (let r = 0; r < results.rowCount; r++) {
        const result = results.itemResults[results.rowResult[r]];
        const rounds = result.rounds;
        const k = items.byCode.get(result.item);
        // An item not assigned has nothing to explain.
        if (!rounds || k === undefined || result.notAssigned) continue;
        // Scoring has checked every round of points (evaluate.ts; the results have no errors): the values are numbers.
        const self = rounds.self === undefined ? undefined : parseValue(rounds.self);
        const appraisal1 = rounds.appraisal1 === undefined ? undefined : parseValue(rounds.appraisal1);
        const final = rounds.final === undefined ? undefined : parseValue(rounds.final);
        const appraisal = final ?? appraisal1;
        if (!self || !appraisal || appraisal.equals(self)) continue;
        const id = results.unitIds[results.rowUnit[r]];
        const lines = linesOf.get(id) ?? [];
        lines.push({ item: items.items[k], max: fromJson(knownMax(items.items[k])), self, appraisal1, explanation: rounds.explanation, final, difference: appraisal.sub(self) });
        linesOf.set(id, lines);
    }
    const order = new Map(items.items.map((item, k) => [item, k]));
    return [...report.units]
        .sort((a, b) => a.number - b.number)
        .filter(u => unit === undefined || u.unit === unit)
        .map(u => ({ unit: u.unit, name: u.name, lines: (linesOf.get(u.unit) ?? []).sort((a, b) => order.get(a.item)! - order.get(b.item)!) }));
}
