/**
 * `chiso score <set> --results <file|folder>`: each unit's index from a compiled set (JSON, or a
 * .chiso file compiled in memory) and its results (CSV, JSON, units' forms, or a folder of them: read-results.ts). Exit codes: 0 scored,
 * 1 the results (or the set) have errors, 2 input problems.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { buildAnnex, neutraliseControls, word, type CompiledSet, type Lang } from '@chiso/language';
import { ExitCode } from '../exit-codes.js';
import { scoreReport, type ScoreFormat } from '../output/score-report.js';
import { formatFinding } from '../output/text.js';
import { readResults } from '../scoring/read-results.js';
import type { Results } from '../scoring/results.js';
import { scoreUnits, type LocatedIssue, type ScoreReport, type UnitScore } from '../scoring/score.js';
import { itemsWithoutPoints } from '../scoring/set-items.js';
import { deliverDocument, writableOutput } from '../output-target.js';
import { resultsDocx } from '../published/results-docx.js';
import { resultsHtml } from '../published/results-html.js';
import { resultsView } from '../published/results-view.js';
import { resultsXlsx } from '../published/results-xlsx.js';
import { finding, loadSet } from '../set-input.js';
import { progressLine } from '../terminal.js';
import { displayPath } from '../workspace.js';
import type { Output } from './check.js';
import { renderCommandMessage } from '../rules/index.js';
import { renderReportText } from '../output/report-texts.js';

export type { ScoreFormat };
/** The results as the Department publishes them (published/): HTML to stdout or -o; DOCX and XLSX need -o. */
export type PublishedFormat = 'html' | 'docx' | 'xlsx';

export interface ScoreOptions {
    readonly results: string;
    readonly format: ScoreFormat | PublishedFormat;
    readonly out?: string;
    readonly lang: Lang;
}

const EXPECTED_WORDS = { percent: 'percentValue', count: 'countValue', number: 'numberValue' } as const;

/** A value's kind (`percent`, `count`, `number`) is worded here, in the user's language; other expectations are text already. */
function issueFinding(issue: LocatedIssue, lang: Lang) {
    if (issue.code === 'score-bad-value') {
        const { expected } = issue.args;
        const worded = typeof expected === 'string' && expected in EXPECTED_WORDS ? word(lang, EXPECTED_WORDS[expected as keyof typeof EXPECTED_WORDS]) : expected;
        return finding('', issue.line, issue.column, issue.code, { ...issue.args, expected: worded }, lang);
    }
    return finding('', issue.line, issue.column, issue.code, issue.args, lang);
}

export interface Scored {
    readonly set: CompiledSet;
    readonly report: ScoreReport;
    /** What was read: the rounds `chiso differences` lists. */
    readonly results: Results;
}

/**
 * The set loaded and the results scored, or the exit code once the problems are reported:
 * what `chiso score`, `chiso tasks` and `chiso differences` start from.
 */
export async function loadAndScore(setInput: string, options: { readonly results: string; readonly out?: string; readonly lang: Lang }, output: Output): Promise<Scored | ExitCode> {
    const { lang } = options;
    const loaded = await loadSet(setInput, lang, output);
    if (typeof loaded === 'number') return loaded;
    if (options.out !== undefined && !(await writableOutput(options.out, [...loaded.read, options.results], lang, output))) return ExitCode.InputProblem;
    const set = loaded.compiled;
    const unknown = itemsWithoutPoints(set);
    if (unknown.length > 0) {
        output.err(formatFinding(finding(displayPath(path.resolve(setInput)), 1, 1, 'score-points-unknown', { count: unknown.length, codes: unknown.map(item => item.code).join(', ') }, lang), lang));
        return ExitCode.InputProblem;
    }
    const read = await readResults(options.results, set, lang, output);
    if (typeof read === 'number') return read;
    const report = scoreUnits(set, read.results);
    if (report.issues.length > 0) {
        for (const issue of report.issues) output.err(read.show('unit' in issue.args ? String(issue.args.unit) : '', issueFinding(issue, lang)) + '\n');
        return ExitCode.Findings;
    }
    return { set, report, results: read.results };
}

export async function score(setInput: string, options: ScoreOptions, output: Output): Promise<ExitCode> {
    const { lang } = options;
    const scored = await loadAndScore(setInput, options, output);
    if (typeof scored === 'number') return scored;
    const { set, report } = scored;
    const { format } = options;
    if (format === 'html' || format === 'docx' || format === 'xlsx') return publish(set, report, format, options, output);
    // Each unit's figures are worked out as its part of the report is written: progress follows them.
    const progress = output.status && progressLine(output.status);
    const total = report.units.length;
    let done = 0;
    const figures = progress
        ? (unit: UnitScore) => {
            done++;
            progress.show(() => renderReportText(lang, 'scoring-progress', { done, total }));
            return report.figures(unit);
        }
        : report.figures.bind(report);
    const pieces = withEnd(scoreReport(set, { ...report, figures }, format, lang), () => progress?.clear());
    if (options.out) {
        try {
            writeToFile(options.out, pieces);
        } catch (error) {
            progress?.clear();
            output.err(renderCommandMessage(lang, 'output-unwritable', { file: options.out, detail: (error as Error).message }));
            return ExitCode.InputProblem;
        }
    } else {
        // stdout may be the terminal the status line is on: erase it before each part of the report.
        const lines = trimmedLines(progress ? { ...output, out: text => (progress.clear(), output.out(text)) } : output);
        for (const piece of pieces) lines.write(piece);
        lines.end();
    }
    return ExitCode.Clean;
}

/**
 * DOCX and XLSX are built whole in memory: scored annex rows (units × rows) past these are refused.
 * Measured: 300 units × 70 rows (21,000) took 2 GB and 49 s as DOCX, 240 MB and 11 s as XLSX.
 */
const MAX_PUBLISHED_ROWS = { docx: 10_000, xlsx: 50_000 } as const;

/** The published results document, delivered as `chiso export` and `chiso tasks` deliver theirs. */
async function publish(set: CompiledSet, report: ScoreReport, format: PublishedFormat, options: ScoreOptions, output: Output): Promise<ExitCode> {
    const annex = buildAnnex(set, options.lang);
    if (format !== 'html') {
        const rows = report.units.length * annex.rows.length, limit = MAX_PUBLISHED_ROWS[format];
        if (rows > limit) {
            output.err(renderCommandMessage(options.lang, 'published-too-large', { units: report.units.length, rows, limit, format: format.toUpperCase() }));
            return ExitCode.InputProblem;
        }
    }
    const view = resultsView(set, report, options.lang, annex);
    const content = format === 'html' ? neutraliseControls(resultsHtml(view)) : format === 'docx' ? await resultsDocx(view) : await resultsXlsx(view);
    return deliverDocument(content, options.out, format, options.lang, output);
}

const CHUNK = 1 << 20;

/** The pieces, then `end()` once the last is taken (before the report's last line is written). */
function* withEnd<T>(pieces: Iterable<T>, end: () => void): Generator<T> {
    yield* pieces;
    end();
}

/** The report into a file, encoded into one reused buffer and written a few megabytes at a time. */
function writeToFile(file: string, pieces: Iterable<string | Uint8Array>): void {
    const fd = openSync(file, 'w');
    try {
        const writeAll = (bytes: Uint8Array, length: number) => {
            for (let done = 0; done < length;) done += writeSync(fd, bytes, done, length - done);
        };
        const buffer = Buffer.allocUnsafe(4 * CHUNK);
        let used = 0;
        for (const piece of pieces) {
            // A UTF-16 code unit takes at most 3 bytes in UTF-8.
            const size = typeof piece === 'string' ? 3 * piece.length : piece.length;
            if (used + size > buffer.length) {
                writeAll(buffer, used);
                used = 0;
            }
            if (size > buffer.length) {
                const bytes = typeof piece === 'string' ? Buffer.from(neutraliseControls(piece)) : piece;
                writeAll(bytes, bytes.length);
            } else if (typeof piece === 'string') {
                used += buffer.write(neutraliseControls(piece), used);
            } else {
                buffer.set(piece, used);
                used += piece.length;
            }
        }
        writeAll(buffer, used);
    } finally {
        closeSync(fd);
    }
}

/**
 * The report through `output.out` as one call with the whole text, trimmed at its end, would
 * print it — in pieces, each ending before a line break that more text follows.
 */
function trimmedLines(output: Output): { write(chunk: string | Uint8Array): void; end(): void } {
    const decoder = new TextDecoder();
    let pending = '';
    return {
        write(chunk) {
            pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
            if (pending.length < CHUNK) return;
            let last = pending.length - 1;
            while (last >= 0 && /\s/.test(pending[last])) last--;
            const cut = pending.lastIndexOf('\n', last);
            if (cut < 0) return;
            output.out(pending.slice(0, cut));
            pending = pending.slice(cut + 1);
        },
        end() {
            output.out(pending.trimEnd());
        },
    };
}
