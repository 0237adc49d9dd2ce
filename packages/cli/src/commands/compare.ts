/**
 * `chiso compare <last year's set> <this year's set> --before <results> --after <results> [--unit id]
 * [--top N] [--format text|md|json|xlsx] [-o file]`: year over year (compare/compare-table.ts).
 * Each year's results are scored against its own set as `chiso score` scores them. Exit codes as
 * `chiso score`'s: 0 written, 1 the results (or a set) have errors, 2 input problems.
 */
import { neutraliseControls, type Lang } from '@chiso/language';
import { compareYears } from '../compare/compare-table.js';
import { compareReport } from '../compare/compare-report.js';
import { compareXlsx } from '../compare/compare-xlsx.js';
import { ExitCode } from '../exit-codes.js';
import { renderHelpText } from '../help-texts.js';
import { deliverDocument } from '../output-target.js';
import { renderCommandMessage } from '../rules/index.js';
import type { Output } from './check.js';
import { loadAndScore } from './score.js';

/** Text formats go to stdout without -o; XLSX needs -o. */
export type CompareFormat = 'text' | 'md' | 'json' | 'xlsx';

export interface CompareOptions {
    /** Last year's results, scored against the first set; this year's, against the second. */
    readonly before: string;
    readonly after: string;
    readonly unit?: string;
    /** How many items that moved most to list each way (a whole number from 1; 5 unless given). */
    readonly top: string;
    readonly format: CompareFormat;
    readonly out?: string;
    readonly lang: Lang;
}

export async function compare(beforeSet: string, afterSet: string, options: CompareOptions, output: Output): Promise<ExitCode> {
    const { lang } = options;
    if (!/^[1-9]\d{0,5}$/.test(options.top)) {
        output.err(`${renderHelpText(lang, 'usage-invalid-value', { value: options.top, option: '--top', choices: '1, 2, 3, …' })} ${renderHelpText(lang, 'usage-see-help', { command: 'chiso compare' })}`);
        return ExitCode.InputProblem;
    }
    // Each call guards -o against its set and results: together, every input.
    const before = await loadAndScore(beforeSet, { results: options.before, out: options.out, lang }, output);
    if (typeof before === 'number') return before;
    const after = await loadAndScore(afterSet, { results: options.after, out: options.out, lang }, output);
    if (typeof after === 'number') return after;
    const { unit } = options;
    if (unit !== undefined && ![before, after].some(year => year.report.units.some(u => u.unit === unit))) {
        const units = [...new Set([...after.report.units, ...before.report.units].map(u => u.unit))].join(', ');
        output.err(renderCommandMessage(lang, 'compare-unit', { unit, units }));
        return ExitCode.InputProblem;
    }
    const comparison = compareYears(before, after, { top: Number(options.top), unit });
    const { format } = options;
    const content = format === 'xlsx' ? await compareXlsx(comparison, lang) : neutraliseControls(compareReport(comparison, format, lang));
    return deliverDocument(content, options.out, format, lang, output);
}
