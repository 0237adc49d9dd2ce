/**
 * `chiso score <set> --results <file>`: each unit's index from a compiled set (JSON, or a
 * .chiso file compiled in memory) and its results (CSV or JSON). Exit codes: 0 scored,
 * 1 the results (or the set) have errors, 2 input problems.
 */
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { renderMessage, word, type Lang, type MessageArgs } from '@chiso/language';
import { ExitCode } from '../exit-codes.js';
import { scoreCsv, scoreJson, scoreText } from '../output/score-report.js';
import { formatFinding } from '../output/text.js';
import { parseCsvResults, parseJsonResults } from '../scoring/results.js';
import { scoreUnits, type LocatedIssue } from '../scoring/score.js';
import { finding, loadSet, readText } from '../set-input.js';
import { displayPath } from '../workspace.js';
import type { Output } from './check.js';

export type ScoreFormat = 'text' | 'json' | 'csv';

export interface ScoreOptions {
    readonly results: string;
    readonly format: ScoreFormat;
    readonly out?: string;
    readonly lang: Lang;
}

const EXPECTED_WORDS = { percent: 'percentValue', count: 'countValue', number: 'numberValue' } as const;

function issueFinding(file: string, issue: LocatedIssue, lang: Lang) {
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
