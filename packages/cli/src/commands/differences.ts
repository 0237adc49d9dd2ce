/**
 * `chiso differences <set> --results <file|folder> [--unit <id>] [--format md|json|docx|xlsx] [-o file]`:
 * "Bảng chênh lệch tự chấm / thẩm định" — per unit, the items whose appraisal differs from the
 * self-assessment (differences/difference-table.ts). Exit codes as `chiso score`'s.
 */
import { neutraliseControls, type Lang } from '@chiso/language';
import { differenceDocx, differenceXlsx } from '../differences/difference-documents.js';
import { differenceReport } from '../differences/difference-report.js';
import { differenceTable } from '../differences/difference-table.js';
import { ExitCode } from '../exit-codes.js';
import { deliverDocument } from '../output-target.js';
import { renderCommandMessage } from '../rules/index.js';
import type { Output } from './check.js';
import { loadAndScore } from './score.js';

/** Text formats go to stdout without -o; DOCX and XLSX need -o. */
export type DifferenceFormat = 'md' | 'json' | 'docx' | 'xlsx';

export interface DifferenceOptions {
    readonly results: string;
    /** One unit; every unit of the results without it. */
    readonly unit?: string;
    readonly format: DifferenceFormat;
    readonly out?: string;
    readonly lang: Lang;
}

export async function differences(setInput: string, options: DifferenceOptions, output: Output): Promise<ExitCode> {
    const { lang, format } = options;
    const scored = await loadAndScore(setInput, options, output);
    if (typeof scored === 'number') return scored;
    const { set, report, results } = scored;
    if (options.unit !== undefined && !report.units.some(u => u.unit === options.unit)) {
        const units = [...report.units].sort((a, b) => a.number - b.number).map(u => u.unit).join(', ');
        output.err(renderCommandMessage(lang, 'differences-unit', { given: options.unit, units }));
        return ExitCode.InputProblem;
    }
    const table = differenceTable(set, report, results, options.unit);
    const content = format === 'docx' ? await differenceDocx(table, lang) : format === 'xlsx' ? await differenceXlsx(table, lang) : neutraliseControls(differenceReport(table, format, lang));
    return deliverDocument(content, options.out, format, lang, output);
}
