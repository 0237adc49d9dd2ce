/**
 * `chiso tasks <set> --results <file> [--unit <id>] [--previous <file> [--previous-set <set>]] [--format md|json|docx|xlsx] [-o file]`: one unit's
 * lost points as a table of tasks (tasks/task-table.ts). Exit codes as `chiso score`'s:
 * 0 written, 1 the results have errors, 2 input problems (a unit not chosen among several too).
 */
import * as path from 'node:path';
import { neutraliseControls, type Lang } from '@chiso/language';
import { ExitCode } from '../exit-codes.js';
import { renderHelpText } from '../help-texts.js';
import { renderCommandMessage } from '../rules/index.js';
import { taskDocx } from '../tasks/task-docx.js';
import { taskReport } from '../tasks/task-report.js';
import { taskXlsx } from '../tasks/task-xlsx.js';
import { taskTable, type PreviousScore } from '../tasks/task-table.js';
import type { ScoreReport } from '../scoring/score.js';
import { displayPath } from '../workspace.js';
import { deliverDocument } from '../output-target.js';
import type { Output } from './check.js';
import { loadAndScore } from './score.js';

/** Text formats go to stdout without -o; DOCX and XLSX need -o. */
export type TaskFormat = 'md' | 'json' | 'docx' | 'xlsx';

export interface TaskOptions {
    readonly results: string;
    /** Needed only when the results hold more than one unit. */
    readonly unit?: string;
    /** The year before's results: each line shows the change. */
    readonly previous?: string;
    /** The year before's set, which --previous is scored against (this year's set unless given). */
    readonly previousSet?: string;
    readonly format: TaskFormat;
    readonly out?: string;
    readonly lang: Lang;
}

/** The units of a results file, in its order. */
const unitList = (report: ScoreReport) => [...report.units].sort((a, b) => a.number - b.number).map(u => u.unit).join(', ');

export async function tasks(setInput: string, options: TaskOptions, output: Output): Promise<ExitCode> {
    const { lang } = options;
    // A usage error, told before anything is read.
    if (options.previousSet !== undefined && options.previous === undefined) {
        output.err(`${renderHelpText(lang, 'usage-missing-option', { option: '--previous <file>' })} ${renderHelpText(lang, 'usage-see-help', { command: 'chiso tasks' })}`);
        return ExitCode.InputProblem;
    }
    const scored = await loadAndScore(setInput, options, output);
    if (typeof scored === 'number') return scored;
    const { set, report } = scored;
    const unit = options.unit === undefined ? (report.units.length === 1 ? report.units[0] : undefined) : report.units.find(u => u.unit === options.unit);
    if (!unit) {
        output.err(renderCommandMessage(lang, 'tasks-unit', { given: options.unit ?? '', units: unitList(report) }));
        return ExitCode.InputProblem;
    }
    let previous: PreviousScore | undefined;
    if (options.previous !== undefined) {
        // Guards -o against the year before's set and results too.
        const before = await loadAndScore(options.previousSet ?? setInput, { results: options.previous, out: options.out, lang }, output);
        if (typeof before === 'number') return before;
        const previousUnit = before.report.units.find(u => u.unit === unit.unit);
        if (!previousUnit) {
            output.err(renderCommandMessage(lang, 'tasks-previous-unit', { file: displayPath(path.resolve(options.previous)), unit: unit.unit, units: unitList(before.report) }));
            return ExitCode.InputProblem;
        }
        previous = { set: before.set, report: before.report, unit: previousUnit };
    }
    const table = taskTable(set, report, unit, lang, previous);
    const { format } = options;
    const content = format === 'docx' ? await taskDocx(table, lang) : format === 'xlsx' ? await taskXlsx(table, lang) : neutraliseControls(taskReport(table, format, lang));
    return deliverDocument(content, options.out, format, lang, output);
}
