/**
 * The criteria set a command works on: a compiled set (.json, validated against the contract)
 * or .chiso sources holding exactly one set, compiled here and never with errors.
 */
import { readFile } from 'node:fs/promises';
import { compileSet, qualifiedCode, renderMessage, type CompiledSet, type Lang, type MessageArgs } from '@chiso/language';
import { decodeUtf8 } from '@chiso/language/node';
import type { Output } from './commands/check.js';
import { ExitCode } from './exit-codes.js';
import type { Finding } from './output/diagnostics.js';
import { formatFinding } from './output/text.js';
import { readCompiledSet } from './scoring/contract.js';
import { formatFindings, loadWorkspace } from './workspace.js';

export function finding(file: string, line: number, column: number, code: Parameters<typeof renderMessage>[1], args: MessageArgs, lang: Lang): Finding {
    return { file, line, column, endLine: line, endColumn: column, severity: 'error', code: qualifiedCode(code), message: renderMessage(lang, code, args) };
}

export async function readText(file: string, lang: Lang): Promise<{ text: string } | { finding: Finding }> {
    let bytes: Uint8Array;
    try {
        bytes = await readFile(file);
    } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        return { finding: finding(file, 1, 1, missing ? 'input-missing' : 'input-unreadable', { detail: (error as Error).message }, lang) };
    }
    const decoded = decodeUtf8(bytes, file);
    if ('problem' in decoded) {
        const { problem } = decoded;
        return { finding: finding(file, problem.line ?? 1, problem.column ?? 1, `input-${problem.kind}` as const, {}, lang) };
    }
    return decoded;
}

/** `allowCheckErrors`: only syntax errors stop (diff reviews drafts whose sums do not add up yet). */
export async function loadSet(input: string, lang: Lang, output: Output, options: { allowCheckErrors?: boolean } = {}): Promise<CompiledSet | ExitCode> {
    if (input.endsWith('.json')) {
        const read = await readText(input, lang);
        if ('finding' in read) {
            output.err(formatFinding(read.finding, lang));
            return ExitCode.InputProblem;
        }
        const parsed = readCompiledSet(read.text);
        if ('problem' in parsed) {
            output.err(formatFinding(finding(input, 1, 1, 'set-json-invalid', { detail: parsed.problem }, lang), lang));
            return ExitCode.InputProblem;
        }
        return parsed.set;
    }
    const workspace = await loadWorkspace([input], lang);
    const stopping = (f: Finding) => f.severity === 'error' && (!options.allowCheckErrors || f.code === 'chiso/syntax' || f.code === 'chiso/too-deep' || f.code.startsWith('chiso/input-'));
    if (workspace.result.problems.length > 0 || workspace.findings.some(stopping)) {
        formatFindings(workspace, lang, ['error']).forEach(text => output.err(text));
        return workspace.result.problems.length > 0 ? ExitCode.InputProblem : ExitCode.Findings;
    }
    const sets = workspace.result.files.flatMap(file => file.sets);
    if (sets.length !== 1) {
        output.err(renderMessage(lang, sets.length === 0 ? 'compile-no-sets' : 'compile-needs-out', { count: sets.length }));
        return ExitCode.InputProblem;
    }
    return compileSet(sets[0]);
}

