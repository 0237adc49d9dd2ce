/**
 * Where a command may write: never over one of the files it read (`export set.chiso -o set.chiso`
 * would replace the source with its own annex), and never into a folder that does not exist.
 * Files are compared by device and inode, so a symbolic or hard link, `./x/../set.chiso` or
 * another letter case on a case-insensitive disk is the same file.
 */
import { stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { type Lang } from '@chiso/language';
import { ExitCode } from './exit-codes.js';
import type { Output } from './commands/check.js';
import { displayPath } from './workspace.js';
import { renderCommandMessage } from './rules/index.js';

async function identity(file: string): Promise<string | undefined> {
    try {
        const info = await stat(file, { bigint: true });
        return `${info.dev}:${info.ino}`;
    } catch {
        return undefined;
    }
}

/** The input that `out` is, if it is one. */
export async function inputAt(out: string, inputs: readonly string[]): Promise<string | undefined> {
    const target = await identity(out);
    if (target === undefined) return undefined;
    for (const input of inputs) if ((await identity(input)) === target) return input;
    return undefined;
}

/**
 * Reports why `out` cannot be written (one of `inputs`, or in a missing folder) and returns
 * false; true when it may be written.
 */
export async function writableOutput(out: string, inputs: readonly string[], lang: Lang, output: Output): Promise<boolean> {
    const input = await inputAt(out, inputs);
    if (input !== undefined) {
        output.err(renderCommandMessage(lang, 'output-is-input', { file: out, input: displayPath(input) }));
        return false;
    }
    const folder = path.dirname(path.resolve(out));
    if (!(await stat(folder).then(info => info.isDirectory(), () => false))) {
        output.err(renderCommandMessage(lang, 'output-folder-missing', { file: out, folder: displayPath(folder) }));
        return false;
    }
    return true;
}

/**
 * A document to stdout (text only: a DOCX or XLSX needs `-o`) or to `out` (already checked with
 * writableOutput), saying where it went; `export` and `tasks` deliver their documents alike.
 */
export async function deliverDocument(content: string | Uint8Array, out: string | undefined, format: string, lang: Lang, output: Output): Promise<ExitCode> {
    if (!out) {
        if (typeof content !== 'string') {
            output.err(renderCommandMessage(lang, 'export-needs-out', { format: format.toUpperCase() }));
            return ExitCode.InputProblem;
        }
        output.out(content.trimEnd());
        return ExitCode.Clean;
    }
    try {
        await writeFile(out, content);
    } catch (error) {
        output.err(renderCommandMessage(lang, 'output-unwritable', { file: out, detail: (error as Error).message }));
        return ExitCode.InputProblem;
    }
    output.err(renderCommandMessage(lang, 'compile-wrote', { file: displayPath(out) }));
    return ExitCode.Clean;
}
