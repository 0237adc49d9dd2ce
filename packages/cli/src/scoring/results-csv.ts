/**
 * Results as CSV: a header naming the columns `unit`, `item`, `score`, `value`, optionally
 * `unitName`, `ranked`, the rounds `self`, `appraisal1`, `explanation`, `final`, `evidence` (the
 * score is the last round present when `score` is blank); any other column is a formula input. Read by the fast scanner
 * (csv-records.ts), or by csv-parse when the scanner gives up.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { csvSeparator, type CsvSeparator } from '../csv-separator.js';
import { scanCsv, type CsvRests, type CsvSink } from './csv-records.js';
import type { ResultsProblemReason } from './results-problems.js';
import { lastRound, NO_INPUTS, ResultsBuilder, ROUND_NAMES, roundsOf, saysNotAssigned, yesNo, type Results, type ResultsProblem, type UnitInfo } from './results.js';

const FIXED_COLUMNS = new Set(['unit', 'item', 'score', 'value', 'unitName', 'ranked', ...ROUND_NAMES]);

// Lines starting with # are comments, so a results file can say where its figures come from;
// rows may drop trailing empty cells (hand-written files do), but never have extra ones.
const CSV_OPTIONS = { bom: true, skip_empty_lines: true, trim: true, info: true, comment: '#', comment_no_infix: true, relax_column_count_less: true } as const;

/**
 * The records as csv-parse reads them, given to `sink` as the scanner gives them (each record's
 * rest numbered on its own); csv-parse's error when it rejects the text.
 */
export function csvParseRecords(text: string, sink: CsvSink, delimiter: CsvSeparator = ','): ResultsProblem | undefined {
    // csv-parse takes the line end it meets first as every record's: after an LF comment line, each CRLF
    // counted as two lines, and after a CRLF header an LF comment swallowed the row below it. A file saved
    // by hand and by Excel mixes them; one line end for all keeps every row and every line number.
    text = text.replace(/\r\n?/g, '\n');
    let header: string[] | undefined;
    let records: { record: Record<string, string | undefined>; info: { lines: number } }[];
    try {
        records = parseCsv(text, { ...CSV_OPTIONS, delimiter, columns: (names: string[]) => (header = names) });
    } catch (error) {
        const e = error as Error & { code?: string; lines?: number; record?: unknown[] };
        const reason: ResultsProblemReason = e.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && Array.isArray(e.record) && header
            ? { kind: 'csv-extra-cells', cells: e.record.length, columns: header.length }
            : { kind: 'csv-syntax', message: e.message };
        return { line: e.lines ?? 1, column: 1, reason };
    }
    if (!header) return undefined;
    sink.header(header);
    const names = header;
    // Cells by column, read from the objects csv-parse made (a repeated column reads its last cell there).
    const cells = records.map(({ record }) => names.map(name => record[name]));
    const rests: CsvRests = { cells: i => cells[i].slice(1) };
    records.forEach(({ info }, i) => sink.record(cells[i][0], i, info.lines, rests));
    return undefined;
}

/** Records → rows. When the first column is `unit`, each distinct rest of a line is read once. */
class CsvResultsReader implements CsvSink {
    private readonly builder = new ResultsBuilder();
    private readonly units = new Map<string, UnitInfo>();
    private column: Record<'unit' | 'item' | 'score' | 'value' | 'unitName' | 'ranked' | (typeof ROUND_NAMES)[number], number> = {
        unit: -1, item: -1, score: -1, value: -1, unitName: -1, ranked: -1, self: -1, appraisal1: -1, explanation: -1, final: -1, evidence: -1,
    };
    private inputs: [name: string, column: number][] = [];
    /** By rest number: the item result (-1 without an item), and whether the record names or ranks its unit. */
    private readonly resultOfRest: number[] = [];
    private readonly describedByRest: boolean[] = [];
    private problem: ResultsProblem | undefined;

    header(names: readonly string[]): void {
        for (const key of Object.keys(this.column) as (keyof CsvResultsReader['column'])[]) this.column[key] = names.indexOf(key);
        this.inputs = names.flatMap((name, i) => (FIXED_COLUMNS.has(name) ? [] : [[name, i] as [string, number]]));
    }

    record(first: string | undefined, restNumber: number, line: number, rests: CsvRests): void {
        if (this.problem) return;
        // When the first column is `unit`, the rest alone decides the item result: it is read once.
        if (this.column.unit !== 0 || this.resultOfRest[restNumber] === undefined) {
            const rest = rests.cells(restNumber);
            this.resultOfRest[restNumber] = this.itemResult(first, rest);
            this.describedByRest[restNumber] = this.describes(first, rest);
        }
        const unit = this.column.unit === 0 ? first : this.cell(first, rests.cells(restNumber), this.column.unit);
        const result = this.resultOfRest[restNumber];
        if (!unit || result < 0) {
            this.problem = { line, column: 1, reason: { kind: 'row-needs-unit-item' } };
            return;
        }
        this.builder.row(unit, result, line, 1);
        if (this.describedByRest[restNumber]) {
            const rest = rests.cells(restNumber);
            const unitName = this.cell(first, rest, this.column.unitName), ranked = this.cell(first, rest, this.column.ranked);
            const known = this.units.get(unit);
            this.units.set(unit, { id: unit, name: unitName || known?.name, ranked: yesNo(ranked) ?? known?.ranked });
        }
    }

    /** A new item result from the record's cells; -1 without an item. */
    private itemResult(first: string | undefined, rest: readonly (string | undefined)[]): number {
        const item = this.cell(first, rest, this.column.item);
        if (!item) return -1;
        const filled = this.inputs.filter(([, i]) => this.cell(first, rest, i) !== undefined && this.cell(first, rest, i) !== '');
        const inputs = filled.length === 0 ? NO_INPUTS : new Map(filled.map(([name, i]) => [name, this.cell(first, rest, i)!]));
        const value = this.cell(first, rest, this.column.value) || undefined;
        const rounds = roundsOf(name => this.cell(first, rest, this.column[name]));
        // Rounds decide the score when the row gives none itself.
        const score = this.cell(first, rest, this.column.score) || (rounds && lastRound(rounds));
        if (score !== undefined && saysNotAssigned(score)) return this.builder.addItemResult({ item, value, inputs, notAssigned: true, ...(rounds && { rounds }) });
        return this.builder.addItemResult({ item, score, value, inputs, ...(rounds && { rounds }) });
    }

    private describes(first: string | undefined, rest: readonly (string | undefined)[]): boolean {
        return Boolean(this.cell(first, rest, this.column.unitName) || this.cell(first, rest, this.column.ranked));
    }

    private cell(first: string | undefined, rest: readonly (string | undefined)[], column: number): string | undefined {
        return column === 0 ? first : column > 0 ? rest[column - 1] : undefined;
    }

    results(): Results | ResultsProblem {
        return this.problem ?? this.builder.build([...this.units.values()]);
    }
}

export function parseCsvResults(text: string): Results | ResultsProblem {
    // The fast scanner reads comma-separated text only; csv-parse reads the rest.
    const separator = csvSeparator(text, '#');
    const reader = new CsvResultsReader();
    if (separator === ',' && scanCsv(text, reader)) return reader.results();
    const rereader = new CsvResultsReader();
    return csvParseRecords(text, rereader, separator) ?? rereader.results();
}
