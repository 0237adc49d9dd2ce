/**
 * `chiso import <annex.xlsx | annex.csv> -o set.chiso`: an annex table back to a formatted
 * Chiso file; rows it cannot understand are reported with their row numbers. Oversized files
 * and archives that would unpack too far are refused before they are read. Exit codes: 0
 * written (perhaps with skipped rows, reported as warnings), 2 input problems.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { chisoSource, qualifiedCode, renderMessage, type Lang } from '@chiso/language';
import { formatText } from '@chiso/language/format';
import { decodeUtf8 } from '@chiso/language/node';
import { ExitCode } from '../exit-codes.js';
import { inspectArchive, MAX_INPUT_BYTES } from '../import/archive-guard.js';
import { assembleSet } from '../import/assemble.js';
import { readCsv, readWorkbook } from '../import/read.js';
import { readTable, type SourceRow } from '../import/table.js';
import { formatFinding } from '../output/text.js';
import { finding } from '../set-input.js';
import { displayPath } from '../workspace.js';
import type { Output } from './check.js';

/** A set id from a file name: letters, digits and underscores, starting with a letter. */
function idFrom(file: string): string {
    const base = path.basename(file, path.extname(file)).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const id = base.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
    return /^[A-Za-z_]/.test(id) ? id : `Set_${id}`;
}

export async function importAnnex(input: string, options: { out: string; lang: Lang }, output: Output): Promise<ExitCode> {
    const { lang } = options;
    const fail = (code: Parameters<typeof renderMessage>[1], args: Record<string, string> = {}, line = 1) => {
        output.err(formatFinding(finding(input, line, 1, code, args, lang), lang));
        return ExitCode.InputProblem;
    };
    let size: number;
    try {
        const info = await stat(input);
        if (!info.isFile()) return fail('input-unreadable', { detail: 'EISDIR' });
        size = info.size;
    } catch (error) {
        return fail((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'input-missing' : 'input-unreadable', { detail: (error as Error).message });
    }
    if (size > MAX_INPUT_BYTES) return fail('import-too-large', { detail: `${(size / 1024 / 1024).toFixed(1)} MB` });
    const bytes = await readFile(input);

    let sheets: SourceRow[][];
    let metadata;
    if (input.toLowerCase().endsWith('.csv')) {
        const decoded = decodeUtf8(bytes, input);
        if ('problem' in decoded) return fail(`input-${decoded.problem.kind}`, {}, decoded.problem.line);
        try {
            sheets = [readCsv(decoded.text)];
        } catch (error) {
            return fail('import-no-table', { detail: (error as Error).message });
        }
    } else {
        const verdict = await inspectArchive(bytes);
        if (!verdict.ok) return verdict.reason === 'too-large' ? fail('import-too-large', { detail: 'archive' }) : fail('import-not-spreadsheet');
        try {
            ({ sheets, metadata } = await readWorkbook(bytes));
        } catch {
            return fail('import-not-spreadsheet');
        }
    }
    const tables = sheets.map(readTable);
    const table = tables.find(t => 'rows' in t);
    if (!table || !('rows' in table)) {
        const first = tables[0];
        return fail('import-no-table', { detail: first && 'detail' in first ? first.detail : 'empty' }, first && 'line' in first ? first.line : 1);
    }
    const { compiled, problems } = assembleSet(table, metadata, idFrom(input));
    for (const problem of problems) {
        output.err(formatFinding({ file: input, line: problem.line, column: 1, endLine: problem.line, endColumn: 1, severity: 'warning', code: qualifiedCode('import-row-skipped'), message: renderMessage(lang, 'import-row-skipped', { detail: problem.detail }) }, lang));
    }
    try {
        await writeFile(options.out, await formatText(chisoSource(compiled), options.out));
    } catch (error) {
        output.err(renderMessage(lang, 'output-unwritable', { file: options.out, detail: (error as Error).message }));
        return ExitCode.InputProblem;
    }
    output.err(renderMessage(lang, 'compile-wrote', { file: displayPath(options.out) }));
    return ExitCode.Clean;
}
