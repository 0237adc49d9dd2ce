/**
 * `chiso export <set> --format docx|xlsx|html|md [-o file]`: the annex (Phụ lục) of one set,
 * generated from its compiled form. Text formats go to stdout without -o; DOCX and XLSX need -o.
 */
import { annexHtml, annexMarkdown, buildAnnex, neutraliseControls, type CompiledSet, type Lang } from '@chiso/language';
import { annexDocx } from '../annex/docx.js';
import { annexXlsx } from '../annex/xlsx.js';
import { ExitCode } from '../exit-codes.js';
import { deliverDocument, writableOutput } from '../output-target.js';
import { loadSet } from '../set-input.js';
import type { Output } from './check.js';
import { renderCommandMessage } from '../rules/index.js';

export type ExportFormat = 'docx' | 'xlsx' | 'html' | 'md';

export interface ExportOptions {
    readonly format: ExportFormat;
    readonly out?: string;
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
    if (options.out !== undefined && !(await writableOutput(options.out, loaded.read, lang, output))) return ExitCode.InputProblem;
    const { compiled } = loaded;
    const annex = buildAnnex(compiled, lang);
    const items = annex.rows.filter(row => row.kind === 'domain' || row.kind === 'criterion' || row.kind === 'component').length;
    if ((format === 'docx' || format === 'xlsx') && items > MAX_DOCUMENT_ITEMS) {
        output.err(renderCommandMessage(lang, 'export-too-large', { count: items, limit: MAX_DOCUMENT_ITEMS, format: format.toUpperCase() }));
        return ExitCode.InputProblem;
    }
    let content: string | Uint8Array;
    switch (format) {
        case 'docx': content = await annexDocx(annex, lang, headerText(compiled, lang)); break;
        case 'xlsx': content = await annexXlsx(annex, compiled, lang); break;
        case 'html': content = neutraliseControls(annexHtml(annex, compiled, lang)); break;
        case 'md': content = neutraliseControls(annexMarkdown(annex, lang)); break;
    }
    return deliverDocument(content, options.out, format, lang, output);
}
