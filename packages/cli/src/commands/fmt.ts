/**
 * `chiso fmt <files or folders…> [--check]`: rewrites files in the canonical layout, or with
 * --check only lists the files that would change. Files with syntax errors are never rewritten.
 * Exit codes: 0 formatted (or, under --check, nothing to change), 1 syntax errors (or, under
 * --check, files to change), 2 input problems (missing, unreadable, not UTF-8).
 *
 * stdout lists the changed (or, under --check, the unformatted) files one per line, so that
 * scripts can use it; errors go to stderr.
 */
import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { loadFiles } from '@chiso/language/load-files';
import type { Lang } from '@chiso/language';
import { formatText } from '@chiso/language/format';
import { fromDiagnostic, fromInputProblem } from '../output/diagnostics.js';
import { formatFinding } from '../output/text.js';
import { ExitCode } from '../exit-codes.js';
import type { Output } from './check.js';
import { expandGlobs } from '../globs.js';

/** Errors that leave the tokens unread or in doubt: such a file is never rewritten. */
const UNREADABLE = new Set(['chiso/syntax', 'chiso/too-deep']);

export interface FmtOptions {
    readonly check: boolean;
    readonly lang: Lang;
}

export async function fmt(inputs: readonly string[], options: FmtOptions, output: Output): Promise<ExitCode> {
    const result = await loadFiles(await expandGlobs(inputs), { lang: options.lang });
    for (const problem of result.problems) output.err(formatFinding(fromInputProblem(problem, options.lang), options.lang));
    let syntaxErrors = false;
    let changed = false;
    for (const file of result.files) {
        const display = path.relative(process.cwd(), file.path) || file.path;
        const errors = file.diagnostics.filter(d => UNREADABLE.has(String(d.code)));
        if (errors.length > 0) {
            for (const error of errors) output.err(formatFinding(fromDiagnostic(display, error), options.lang, file.text) + '\n');
            syntaxErrors = true;
            continue;
        }
        // Read again as it is on disk: the loaded text has lost its BOM, which fmt keeps.
        const text = await readFile(file.path, 'utf8');
        const formatted = await formatText(text, file.path);
        if (formatted === text) continue;
        changed = true;
        output.out(display);
        if (!options.check) await writeFile(file.path, formatted);
    }
    if (result.problems.length > 0) return ExitCode.InputProblem;
    return syntaxErrors || (options.check && changed) ? ExitCode.Findings : ExitCode.Clean;
}
