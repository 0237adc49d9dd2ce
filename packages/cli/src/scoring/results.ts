/**
 * Results of units: one row per unit × item, with a direct `score`, a `value` (percentage,
 * count, option or violations, as the item's rule needs it), or named formula inputs. The readers
 * (results-csv.ts, results-json.ts) keep them compactly: a row is four integers (its unit, its item
 * result, its line and column), and each distinct item result is kept once — results repeat the same
 * item and value ("100%", an option's title) across thousands of units.
 */

/** The rounds of the year for an item, as the unit's form holds them (and the CSV/JSON columns of the same names). */
export interface Rounds {
    readonly self?: string;
    readonly appraisal1?: string;
    readonly explanation?: string;
    readonly final?: string;
    readonly evidence?: string;
}

export const ROUND_NAMES = ['self', 'appraisal1', 'explanation', 'final', 'evidence'] as const;

/** What a row says about its item, apart from the unit: shared by every row that says the same. */
export interface ItemResult {
    readonly item: string;
    /** The item's score; with rounds, the last round present (lastRound). */
    readonly score?: string;
    readonly value?: string;
    readonly inputs: ReadonlyMap<string, string>;
    /** The unit is not assigned this item (N/A): it and everything under it are left out of the unit's max. */
    readonly notAssigned?: boolean;
    readonly rounds?: Rounds;
}

/**
 * A score cell saying the item is not assigned to the unit: `N/A` as spreadsheets write it, or as
 * officers type it in Vietnamese, `KPC` (không phải chấm) or `Không áp dụng`; any case.
 */
export function saysNotAssigned(score: string): boolean {
    return /^(n\/?a|kpc|không phải chấm|không áp dụng)$/i.test(score.normalize('NFC').trim());
}

/** The score the rounds decide: the last round present — final, else appraisal round 1, else self-assessment. */
export function lastRound(rounds: Rounds): string | undefined {
    return rounds.final ?? rounds.appraisal1 ?? rounds.self;
}

/** Rounds from cells by name, blank cells left out; undefined when every cell is blank. */
export function roundsOf(cell: (name: (typeof ROUND_NAMES)[number]) => string | undefined): Rounds | undefined {
    const entries = ROUND_NAMES.map(name => [name, cell(name)?.trim()] as const).filter(([, v]) => v !== undefined && v !== '');
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** A yes/no cell (`ranked`, `notAssigned`): blank is undefined; no, false, 0, không are no; anything else (x, N/A, có) is yes. */
export function yesNo(text: string | undefined): boolean | undefined {
    if (text === undefined || text.trim() === '') return undefined;
    return !/^(no|false|0|không)$/i.test(text.trim());
}

export interface UnitInfo {
    readonly id: string;
    readonly name?: string;
    readonly ranked?: boolean;
}

export interface Results {
    /** Units with rows, in order of first appearance; rows refer to them by number. */
    readonly unitIds: readonly string[];
    readonly itemResults: readonly ItemResult[];
    readonly rowCount: number;
    readonly rowUnit: Int32Array;
    readonly rowResult: Int32Array;
    readonly rowLine: Int32Array;
    readonly rowColumn: Int32Array;
    /** Units described by the file (names, ranked), in order of first description. */
    readonly units: readonly UnitInfo[];
}

export type { ResultsProblem } from './results-problems.js';

/** Shared by every item result without formula inputs (most of them): never written to. */
export const NO_INPUTS: ReadonlyMap<string, string> = new Map();

/** Collects rows in file order. */
export class ResultsBuilder {
    private readonly unitIds: string[] = [];
    private readonly unitNumbers = new Map<string, number>();
    private readonly itemResults: ItemResult[] = [];
    private rowCount = 0;
    private rowUnit = new Int32Array(1024);
    private rowResult = new Int32Array(1024);
    private rowLine = new Int32Array(1024);
    private rowColumn = new Int32Array(1024);
    // Rows of a unit usually come together: the last unit is found without hashing its id.
    private lastUnitId: string | undefined;
    private lastUnit = -1;

    /** A new distinct item result, by number. */
    addItemResult(result: ItemResult): number {
        return this.itemResults.push(result) - 1;
    }

    row(unitId: string, itemResult: number, line: number, column: number): void {
        if (unitId !== this.lastUnitId) {
            let unit = this.unitNumbers.get(unitId);
            if (unit === undefined) {
                unit = this.unitIds.push(unitId) - 1;
                this.unitNumbers.set(unitId, unit);
            }
            this.lastUnitId = unitId;
            this.lastUnit = unit;
        }
        if (this.rowCount === this.rowUnit.length) this.grow();
        const i = this.rowCount++;
        this.rowUnit[i] = this.lastUnit;
        this.rowResult[i] = itemResult;
        this.rowLine[i] = line;
        this.rowColumn[i] = column;
    }

    build(units: readonly UnitInfo[]): Results {
        const n = this.rowCount;
        return {
            unitIds: this.unitIds, itemResults: this.itemResults, rowCount: n, units,
            rowUnit: this.rowUnit.subarray(0, n), rowResult: this.rowResult.subarray(0, n),
            rowLine: this.rowLine.subarray(0, n), rowColumn: this.rowColumn.subarray(0, n),
        };
    }

    private grow(): void {
        const larger = (a: Int32Array) => {
            const b = new Int32Array(a.length * 2);
            b.set(a);
            return b;
        };
        this.rowUnit = larger(this.rowUnit);
        this.rowResult = larger(this.rowResult);
        this.rowLine = larger(this.rowLine);
        this.rowColumn = larger(this.rowColumn);
    }
}
