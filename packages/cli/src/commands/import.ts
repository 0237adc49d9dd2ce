/**
 * `chiso import <annex.xlsx | annex.csv> -o set.chiso`: an annex table back to a formatted
 * Chiso file; rows it cannot understand are reported with their row numbers. Oversized files
 * and archives that would unpack too far are refused before they are read; names from the
 * hidden metadata are checked, and the generated source is parsed before it is written. Exit codes: 0
 * written (perhaps with skipped rows, reported as warnings), 2 input problems.
 */
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { chisoSource, isAgency, isSurvey, loadTexts, renderText, type CompiledSet, type Lang } from '@chiso/language';
import { formatText } from '@chiso/language/format';
import { decodeUtf8, readRegularFile } from '@chiso/language/load-files';
import type { Metadata } from '../annex/metadata.js';
import { ExitCode } from '../exit-codes.js';
import { inspectArchive, MAX_INPUT_BYTES } from '../import/archive-guard.js';
import { assembleSet } from '../import/assemble.js';
import { readCsv, readWorkbook } from '../import/read.js';
import { badName, overlongText } from '../import/metadata-values.js';
import { fromDiagnostic, fromInputProblem, type Finding } from '../output/diagnostics.js';
import { writableOutput } from '../output-target.js';
import { contractViolation } from '../scoring/contract.js';
import { readTable, type SourceRow } from '../import/table.js';
import { formatFinding } from '../output/text.js';
import { finding } from '../set-input.js';
import { displayPath } from '../workspace.js';
import type { Output } from './check.js';
import { COMMAND_RULES, commandCode, renderCommandMessage, type CommandArgs, type CommandCode } from '../rules/index.js';

/** A set id from a file name: letters, digits and underscores, starting with a letter. */
function idFrom(file: string): string {
    const base = path.basename(file, path.extname(file)).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const id = base.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
    return /^[A-Za-z_]/.test(id) ? id : `Set_${id}`;
}

export async function importAnnex(input: string, options: { out: string; lang: Lang }, output: Output): Promise<ExitCode> {
    const { lang } = options;
    const fail = <C extends CommandCode>(code: C, args: CommandArgs<C>, line = 1) => {
        output.err(formatFinding(finding(input, line, 1, code, args, lang), lang));
        return ExitCode.InputProblem;
    };
    const read = await readRegularFile(input, input, MAX_INPUT_BYTES);
    if ('problem' in read) {
        if (read.problem.kind === 'too-large') return fail('import-too-large', { detail: `${((read.problem.size ?? 0) / 1024 / 1024).toFixed(1)} MB` });
        output.err(formatFinding(fromInputProblem(read.problem, lang), lang));
        return ExitCode.InputProblem;
    }
    if (!(await writableOutput(options.out, [input], lang, output))) return ExitCode.InputProblem;
    const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);

    let sheets: SourceRow[][];
    let metadata: Metadata | undefined;
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
        if (!verdict.ok) return verdict.reason === 'too-large' ? fail('import-too-large', { detail: 'archive' }) : fail('import-not-spreadsheet', {});
        let workbook;
        try {
            workbook = await readWorkbook(bytes);
        } catch {
            return fail('import-not-spreadsheet', {});
        }
        if ('damaged' in workbook) return fail('import-bad-metadata', { detail: workbook.damaged });
        ({ sheets, metadata } = workbook);
    }
    const tables = sheets.map(readTable);
    const table = tables.find(t => 'rows' in t);
    if (!table || !('rows' in table)) {
        const first = tables[0];
        return fail('import-no-table', { detail: first && 'detail' in first ? first.detail : 'empty' }, first && 'line' in first ? first.line : 1);
    }
    const { compiled, problems } = assembleSet(table, metadata, idFrom(input));
    const invalid = metadata ? (contractViolation(compiled) ?? badName(compiled) ?? overlongText(compiled)) : undefined;
    if (invalid) return fail('import-bad-metadata', { detail: invalid });
    const warn = <C extends 'import-row-skipped' | 'import-cached-values'>(line: number, code: C, args: CommandArgs<C>) => output.err(formatFinding(
        { file: input, line, column: 1, endLine: line, endColumn: 1, severity: 'warning', code: commandCode(code), message: renderText(COMMAND_RULES[code], lang, args) }, lang));
    for (const cell of table.cachedFormulas) warn(cell.line, 'import-cached-values', { formula: `=${cell.formula}`, external: /\[[^\]]*\]|\.xls/i.test(cell.formula) ? 'yes' : '' });
    for (const problem of problems) warn(problem.line, 'import-row-skipped', { detail: problem.detail });
    const source = await formatText(chisoSource(compiled), options.out);
    // What is written must read back as this one set: anything else is a bug or an injection, never a file.
    const { errors, sameShape } = await readBack(source, options.out, compiled);
    if (errors.length > 0 || !sameShape) {
        for (const error of errors) output.err(formatFinding(error, lang, source));
        return fail('import-not-chiso', {});
    }
    try {
        await writeFile(options.out, source);
    } catch (error) {
        output.err(renderCommandMessage(lang, 'output-unwritable', { file: options.out, detail: (error as Error).message }));
        return ExitCode.InputProblem;
    }
    output.err(renderCommandMessage(lang, 'compile-wrote', { file: displayPath(options.out) }));
    return ExitCode.Clean;
}

/** The generated source's syntax errors, and whether it holds exactly the set, agencies and surveys it was made from. */
async function readBack(source: string, file: string, compiled: CompiledSet): Promise<{ errors: Finding[]; sameShape: boolean }> {
    const { files } = await loadTexts([{ path: path.resolve(file), text: source }]);
    const loaded = files[0];
    const errors = loaded.diagnostics.filter(d => d.code === 'chiso/syntax').map(d => fromDiagnostic(file, d));
    const elements = loaded.document.parseResult.value.elements;
    const sameShape = loaded.sets.length === 1 && elements.filter(isAgency).length === compiled.agencies.length && elements.filter(isSurvey).length === compiled.surveys.length;
    return { errors, sameShape };
}
