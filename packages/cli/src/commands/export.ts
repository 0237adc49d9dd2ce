/**
 * `chiso export <set> --format docx|xlsx|html|md [-o file]`: the annex (Phụ lục) of one set,
 * generated from its compiled form. Text formats go to stdout without -o; DOCX and XLSX need -o.
 * `--format xlsx --units <file> -o <folder>`: one form per unit of the list, its unit field filled.
 */
import { stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { annexHtml, annexMarkdown, buildAnnex, neutraliseControls, type CompiledSet, type Lang } from '@chiso/language';
import { annexDocx } from '../annex/docx.js';
import { readUnitList } from '../annex/unit-list.js';
import { annexXlsx } from '../annex/xlsx.js';
import { ExitCode } from '../exit-codes.js';
import { deliverDocument, inputAt, writableOutput } from '../output-target.js';
import { loadSet, readText } from '../set-input.js';
import { formatFinding } from '../output/text.js';
import { displayPath } from '../workspace.js';
import type { Output } from './check.js';
import { renderCommandMessage } from '../rules/index.js';

export type ExportFormat = 'docx' | 'xlsx' | 'html' | 'md';

export interface ExportOptions {
    readonly format: ExportFormat;
    readonly out?: string;
    /** A CSV of units (`unit,unitName`): one form each, into the folder `out`. */
    readonly units?: string;
    readonly lang: Lang;
}

/**
 * DOCX and XLSX documents are built whole in memory by their libraries, so very large sets exhaust
 * the heap (figures: bench/ANALYSIS.md). Real annexes hold a few hundred items.
 */
export const MAX_DOCUMENT_ITEMS = 5_000;

function headerText(compiled: CompiledSet, lang: Lang): string {
    const decision = compiled.set.decision;
    if (!decision) return compiled.set.title;
    const date = decision.date ? decision.date.split('-').reverse().join('/') : '';
    return lang === 'vi' ? `Quyết định số ${decision.number}${date ? ` ngày ${date}` : ''}` : `Decision ${decision.number}${date ? ` of ${date}` : ''}`;
}

export async function exportAnnex(setInput: string, options: ExportOptions, output: Output): Promise<ExitCode> {
    const { lang, format } = options;
    const loaded = await loadSet(setInput, lang, output);
    if (typeof loaded === 'number') return loaded;
    if (options.units !== undefined) return exportForms(loaded.compiled, loaded.read, options.units, options, output);
    if (options.out !== undefined && !(await writableOutput(options.out, loaded.read, lang, output))) return ExitCode.InputProblem;
    const { compiled } = loaded;
    const annex = buildAnnex(compiled, lang);
    if (tooLarge(annex, format, lang, output)) return ExitCode.InputProblem;
    let content: string | Uint8Array;
    switch (format) {
        case 'docx': content = await annexDocx(annex, lang, headerText(compiled, lang)); break;
        case 'xlsx': content = await annexXlsx(annex, compiled, lang); break;
        case 'html': content = neutraliseControls(annexHtml(annex, compiled, lang)); break;
        case 'md': content = neutraliseControls(annexMarkdown(annex, lang)); break;
    }
    return deliverDocument(content, options.out, format, lang, output);
}

/** Reports a DOCX or XLSX too large to build in memory. */
function tooLarge(annex: ReturnType<typeof buildAnnex>, format: ExportFormat, lang: Lang, output: Output): boolean {
    const items = annex.rows.filter(row => row.kind === 'domain' || row.kind === 'criterion' || row.kind === 'component').length;
    if ((format === 'docx' || format === 'xlsx') && items > MAX_DOCUMENT_ITEMS) {
        output.err(renderCommandMessage(lang, 'export-too-large', { count: items, limit: MAX_DOCUMENT_ITEMS, format: format.toUpperCase() }));
        return true;
    }
    return false;
}

/**
 * One form per unit of the list, into the folder `-o`, named from the unit's id. Nothing is written
 * when a form's file exists already (a unit may have filled it in) or is one of the inputs.
 */
async function exportForms(compiled: CompiledSet, read: readonly string[], unitsFile: string, options: ExportOptions, output: Output): Promise<ExitCode> {
    const { lang, format, out } = options;
    if (format !== 'xlsx' || out === undefined || !(await stat(out).then(info => info.isDirectory(), () => false))) {
        output.err(renderCommandMessage(lang, 'export-units-out'));
        return ExitCode.InputProblem;
    }
    const text = await readText(unitsFile, lang);
    if ('finding' in text) {
        output.err(formatFinding(text.finding, lang));
        return ExitCode.InputProblem;
    }
    const units = readUnitList(text.text, lang);
    if ('detail' in units) {
        output.err(renderCommandMessage(lang, 'export-units-file', { file: displayPath(path.resolve(unitsFile)), detail: units.detail }));
        return ExitCode.InputProblem;
    }
    const files = units.map(u => path.join(out, u.fileName));
    for (const file of files) {
        const input = await inputAt(file, [...read, unitsFile]);
        if (input !== undefined) {
            output.err(renderCommandMessage(lang, 'output-is-input', { file: displayPath(file), input: displayPath(input) }));
            return ExitCode.InputProblem;
        }
        if (await stat(file).then(() => true, () => false)) {
            output.err(renderCommandMessage(lang, 'export-form-exists', { file: displayPath(file) }));
            return ExitCode.InputProblem;
        }
    }
    const annex = buildAnnex(compiled, lang);
    if (tooLarge(annex, format, lang, output)) return ExitCode.InputProblem;
    for (const [i, { unit }] of units.entries()) {
        try {
            // `wx`: a file made meanwhile is not written over either.
            await writeFile(files[i], await annexXlsx(annex, compiled, lang, unit), { flag: 'wx' });
        } catch (error) {
            output.err(renderCommandMessage(lang, 'output-unwritable', { file: displayPath(files[i]), detail: (error as Error).message }));
            return ExitCode.InputProblem;
        }
        output.err(renderCommandMessage(lang, 'compile-wrote', { file: displayPath(files[i]) }));
    }
    return ExitCode.Clean;
}
