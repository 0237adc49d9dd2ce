/**
 * `chiso score <set> --results <file>`: each unit's index from a compiled set (JSON, or a
 * .chiso file compiled in memory) and its results (CSV or JSON). Exit codes: 0 scored,
 * 1 the results (or the set) have errors, 2 input problems.
 */
import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { compileSet, qualifiedCode, renderMessage, word, type CompiledSet, type Lang, type MessageArgs } from '@chiso/language';
import { decodeUtf8 } from '@chiso/language/node';
import { ExitCode } from '../exit-codes.js';
import type { Finding } from '../output/diagnostics.js';
import { scoreCsv, scoreJson, scoreText } from '../output/score-report.js';
import { formatFinding } from '../output/text.js';
import { readCompiledSet } from '../scoring/contract.js';
import { parseCsvResults, parseJsonResults } from '../scoring/results.js';
import { scoreUnits, type LocatedIssue } from '../scoring/score.js';
import { displayPath, formatFindings, loadWorkspace } from '../workspace.js';
import type { Output } from './check.js';

export type ScoreFormat = 'text' | 'json' | 'csv';

export interface ScoreOptions {
    readonly results: string;
    readonly format: ScoreFormat;
    readonly out?: string;
    readonly lang: Lang;
}

const EXPECTED_WORDS = { percent: 'percentValue', count: 'countValue', number: 'numberValue' } as const;

function finding(file: string, line: number, column: number, code: Parameters<typeof renderMessage>[1], args: MessageArgs, lang: Lang): Finding {
    return { file, line, column, endLine: line, endColumn: column, severity: 'error', code: qualifiedCode(code), message: renderMessage(lang, code, args) };
}

async function readText(file: string, lang: Lang): Promise<{ text: string } | { finding: Finding }> {
    let bytes: Uint8Array;
    try {
        bytes = await readFile(file);
    } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        return { finding: finding(file, 1, 1, missing ? 'input-missing' : 'input-unreadable', { detail: (error as Error).message }, lang) };
    }
    const decoded = decodeUtf8(bytes, file);
    if ('problem' in decoded) {
        const { problem } = decoded;
        return { finding: finding(file, problem.line ?? 1, problem.column ?? 1, `input-${problem.kind}` as const, {}, lang) };
    }
    return decoded;
}

/** The set to score: a compiled JSON document, or .chiso sources compiled here (never with errors). */
async function loadSet(input: string, lang: Lang, output: Output): Promise<CompiledSet | ExitCode> {
    if (input.endsWith('.json')) {
        const read = await readText(input, lang);
        if ('finding' in read) {
            output.err(formatFinding(read.finding, lang));
            return ExitCode.InputProblem;
        }
        const parsed = readCompiledSet(read.text);
        if ('problem' in parsed) {
            output.err(formatFinding(finding(input, 1, 1, 'set-json-invalid', { detail: parsed.problem }, lang), lang));
            return ExitCode.InputProblem;
        }
        return parsed.set;
    }
    const workspace = await loadWorkspace([input], lang);
    if (workspace.result.problems.length > 0 || workspace.findings.some(f => f.severity === 'error')) {
        formatFindings(workspace, lang, ['error']).forEach(text => output.err(text));
        return workspace.result.problems.length > 0 ? ExitCode.InputProblem : ExitCode.Findings;
    }
    const sets = workspace.result.files.flatMap(file => file.sets);
    if (sets.length !== 1) {
        output.err(renderMessage(lang, sets.length === 0 ? 'compile-no-sets' : 'compile-needs-out', { count: sets.length }));
        return ExitCode.InputProblem;
    }
    return compileSet(sets[0]);
}

function issueFinding(file: string, issue: LocatedIssue, lang: Lang): Finding {
    const args: MessageArgs = { ...issue.args };
    const expected = args.expected;
    if (typeof expected === 'string' && expected in EXPECTED_WORDS) args.expected = word(lang, EXPECTED_WORDS[expected as keyof typeof EXPECTED_WORDS]);
    return finding(file, issue.line, issue.column, issue.code, args, lang);
}

export async function score(setInput: string, options: ScoreOptions, output: Output): Promise<ExitCode> {
    const { lang } = options;
    const set = await loadSet(setInput, lang, output);
    if (typeof set === 'number') return set;
    const resultsFile = displayPath(path.resolve(options.results));
    const read = await readText(options.results, lang);
    if ('finding' in read) {
        output.err(formatFinding({ ...read.finding, file: resultsFile }, lang));
        return ExitCode.InputProblem;
    }
    const results = options.results.toLowerCase().endsWith('.json') ? parseJsonResults(read.text) : parseCsvResults(read.text);
    if ('detail' in results) {
        output.err(formatFinding(finding(resultsFile, results.line, results.column, 'results-format', { detail: results.detail }, lang), lang, read.text));
        return ExitCode.InputProblem;
    }
    const report = scoreUnits(set, results);
    if (report.issues.length > 0) {
        for (const issue of report.issues) output.err(formatFinding(issueFinding(resultsFile, issue, lang), lang, read.text) + '\n');
        return ExitCode.Findings;
    }
    const text = options.format === 'json' ? JSON.stringify(scoreJson(set, report.units), null, 2) + '\n'
        : options.format === 'csv' ? scoreCsv(report.units)
        : scoreText(set, report.units, lang);
    if (options.out) {
        try {
            await writeFile(options.out, text, 'utf8');
        } catch (error) {
            output.err(renderMessage(lang, 'output-unwritable', { file: options.out, detail: (error as Error).message }));
            return ExitCode.InputProblem;
        }
    } else {
        output.out(text.trimEnd());
    }
    return ExitCode.Clean;
}
