/**
 * The results `--results` names: one file (CSV, JSON or a unit's form, .xlsx), or a folder of them
 * — every .xlsx, .csv and .json directly in it, by name, hidden files and Excel's `~$` lock files
 * skipped — made into one `Results`. A unit has results in one file only. Every file is read
 * whatever the others' problems, and all the problems are reported before the exit code is decided.
 */
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { CompiledSet, Lang } from '@chiso/language';
import { readRegularFile } from '@chiso/language/load-files';
import type { Output } from '../commands/check.js';
import { ExitCode } from '../exit-codes.js';
import { MAX_INPUT_BYTES } from '../import/archive-guard.js';
import { fromInputProblem, type Finding } from '../output/diagnostics.js';
import { renderReportText } from '../output/report-texts.js';
import { formatFinding } from '../output/text.js';
import { finding, readText } from '../set-input.js';
import { displayPath } from '../workspace.js';
import { parseCsvResults } from './results-csv.js';
import { parseJsonResults } from './results-json.js';
import { cellAddress } from './cell-address.js';
import { ResultsBuilder, type Results, type UnitInfo } from './results.js';
import { resultsProblemText } from './results-problems.js';

const RESULT_FILE = /\.(xlsx|csv|json)$/i;

/** Where a unit's results were read: its file, the text for excerpts (CSV, JSON), the sheet of a form. */
interface Source {
    readonly file: string;
    readonly text?: string;
    readonly sheet?: string;
}

export interface ResultsRead {
    readonly results: Results;
    /** A finding about a unit's results, placed in the file (and sheet and cell) they came from, formatted. */
    show(unit: string, finding: Omit<Finding, 'file'>): string;
}

/** The files of a folder the results are read from, by name. */
async function resultFiles(folder: string): Promise<string[]> {
    const names = (await readdir(folder)).filter(name => RESULT_FILE.test(name) && !name.startsWith('.') && !name.startsWith('~$')).sort();
    const files: string[] = [];
    for (const name of names) if (await stat(path.join(folder, name)).then(info => info.isFile(), () => false)) files.push(path.join(folder, name));
    return files;
}

/** A finding formatted, with the workbook's sheet and cell after it (its line and column are the cell's row and column). */
function formatAt(f: Finding, source: Source, lang: Lang): string {
    if (source.sheet === undefined) return formatFinding(f, lang, source.text);
    return formatFinding({ ...f, message: `${f.message} ${renderReportText(lang, 'workbook-place', { sheet: source.sheet, cell: cellAddress(f.line, f.column) })}` }, lang);
}

export async function readResults(input: string, set: CompiledSet, lang: Lang, output: Output): Promise<ResultsRead | ExitCode> {
    const isFolder = await stat(input).then(info => info.isDirectory(), () => false);
    const files = isFolder ? await resultFiles(input) : [input];
    let exit = ExitCode.Clean;
    const report = (f: Finding, source: Source, code: ExitCode) => {
        output.err(formatAt(f, source, lang));
        exit = Math.max(exit, code);
    };
    if (files.length === 0) {
        report(finding(displayPath(path.resolve(input)), 1, 1, 'results-empty', {}, lang), { file: input }, ExitCode.InputProblem);
        return exit;
    }

    const builder = new ResultsBuilder();
    const units: UnitInfo[] = [];
    const sourceOf = new Map<string, Source>();
    /** A unit's results in this file: refused when an earlier file has the unit's results. */
    const claim = (unit: string, source: Source, line: number, column: number) => {
        const first = sourceOf.get(unit);
        if (first && first !== source) {
            report(finding(source.file, line, column, 'results-unit-twice', { unit, first: first.file }, lang), source, ExitCode.Findings);
            return false;
        }
        sourceOf.set(unit, source);
        return true;
    };

    for (const file of files) {
        const shown = displayPath(path.resolve(file));
        if (/\.xlsx$/i.test(file)) {
            const read = await readRegularFile(file, shown, MAX_INPUT_BYTES);
            if ('problem' in read) {
                report(fromInputProblem(read.problem, lang), { file: shown }, ExitCode.InputProblem);
                continue;
            }
            // exceljs is loaded only for a folder with forms: scoring a CSV starts as fast as before.
            const { readForm } = await import('./results-xlsx.js');
            const form = await readForm(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength), set, lang);
            const source: Source = { file: shown, sheet: form.sheet || undefined };
            for (const p of form.problems) {
                // A workbook refused whole has no sheet to name.
                report(finding(shown, p.row, p.column, p.code, p.args as never, lang), p.input ? { file: shown } : source, p.input ? ExitCode.InputProblem : ExitCode.Findings);
            }
            if (!form.unit || form.problems.length > 0 || !claim(form.unit.id, source, form.unitCell.row, form.unitCell.column)) continue;
            units.push(form.unit);
            for (const row of form.rows) builder.row(form.unit.id, builder.addItemResult(row.result), row.row, row.column);
            continue;
        }
        const text = await readText(file, lang);
        if ('finding' in text) {
            report({ ...text.finding, file: shown }, { file: shown }, ExitCode.InputProblem);
            continue;
        }
        const source: Source = { file: shown, text: text.text };
        const results = /\.json$/i.test(file) ? parseJsonResults(text.text) : parseCsvResults(text.text);
        if ('reason' in results) {
            report(finding(shown, results.line, results.column, 'results-format', { detail: resultsProblemText(results.reason, lang) }, lang), source, ExitCode.InputProblem);
            continue;
        }
        if (results.rowCount === 0) {
            report(finding(shown, 1, 1, 'results-empty', {}, lang), source, ExitCode.InputProblem);
            continue;
        }
        if (files.length === 1) {
            // One file: its results as read (a ministry's run of 11,000 units is one file).
            return { results, show: (_unit, f) => formatAt({ ...f, file: shown }, source, lang) };
        }
        // The file's rows into the folder's results, its distinct item results kept distinct.
        const firstRow = new Int32Array(results.unitIds.length).fill(-1);
        for (let r = results.rowCount - 1; r >= 0; r--) firstRow[results.rowUnit[r]] = r;
        const claimed = results.unitIds.map((unit, u) => claim(unit, source, results.rowLine[firstRow[u]], results.rowColumn[firstRow[u]]));
        const resultNumber = results.itemResults.map(result => builder.addItemResult(result));
        for (let r = 0; r < results.rowCount; r++) {
            if (claimed[results.rowUnit[r]]) builder.row(results.unitIds[results.rowUnit[r]], resultNumber[results.rowResult[r]], results.rowLine[r], results.rowColumn[r]);
        }
        for (const unit of results.units) if ((sourceOf.get(unit.id) ?? source) === source) {
            sourceOf.set(unit.id, source);
            units.push(unit);
        }
    }
    if (exit !== ExitCode.Clean) return exit;
    const results = builder.build(units);
    return {
        results,
        show: (unit, f) => {
            const source = sourceOf.get(unit) ?? { file: displayPath(path.resolve(input)) };
            return formatAt({ ...f, file: source.file }, source, lang);
        },
    };
}
