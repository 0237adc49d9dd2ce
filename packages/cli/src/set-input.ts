/**
 * The criteria set a command works on: a compiled set (.json, validated against the contract
 * and its sums) or .chiso sources holding exactly one set, compiled here and never with errors.
 */
import { compileSet, renderText, word, type CompiledSet, type Lang } from '@chiso/language';
import { decodeUtf8, readRegularFile } from '@chiso/language/load-files';
import * as path from 'node:path';
import type { Output } from './commands/check.js';
import { ExitCode } from './exit-codes.js';
import { fromInputProblem, type Finding } from './output/diagnostics.js';
import { formatFinding } from './output/text.js';
import { readCompiledSet } from './scoring/contract.js';
import { contractProblem } from './scoring/contract-invariants.js';
import { formatFindings, loadWorkspace } from './workspace.js';
import { COMMAND_RULES, commandCode, renderCommandMessage, type CommandArgs, type CommandCode } from './rules/index.js';

export function finding<C extends CommandCode>(file: string, line: number, column: number, code: C, args: CommandArgs<C>, lang: Lang): Finding {
    return { file, line, column, endLine: line, endColumn: column, severity: 'error', code: commandCode(code), message: renderText(COMMAND_RULES[code], lang, args) };
}

/** A text input: a regular file within the size limit, strict UTF-8. */
export async function readText(file: string, lang: Lang): Promise<{ text: string } | { finding: Finding }> {
    const read = await readRegularFile(file, file);
    if ('problem' in read) return { finding: fromInputProblem(read.problem, lang) };
    const decoded = decodeUtf8(read.bytes, file);
    if ('problem' in decoded) return { finding: fromInputProblem(decoded.problem, lang) };
    return decoded;
}

export interface LoadedSet {
    readonly compiled: CompiledSet;
    /** Every file read to make it (absolute): an output must not overwrite one. */
    readonly read: readonly string[];
}

/**
 * `allowCheckErrors`: only syntax errors stop (diff reviews drafts whose sums do not add up yet);
 * a compiled set's sums are then not verified either, only that its point values are numbers.
 */
export async function loadSet(input: string, lang: Lang, output: Output, options: { allowCheckErrors?: boolean } = {}): Promise<LoadedSet | ExitCode> {
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
        const broken = contractProblem(parsed.set);
        if (broken && !(options.allowCheckErrors && broken.code !== 'set-json-points')) {
            output.err(formatFinding(broken.code === 'set-json-sum'
                ? finding(input, 1, 1, broken.code, { ...broken.args, parts: word(lang, broken.args.parts) }, lang)
                : finding(input, 1, 1, broken.code, broken.args, lang), lang));
            return ExitCode.InputProblem;
        }
        return { compiled: parsed.set, read: [path.resolve(input)] };
    }
    const workspace = await loadWorkspace([input], lang);
    const stopping = (f: Finding) => f.severity === 'error' && (!options.allowCheckErrors || f.code === 'chiso/syntax' || f.code === 'chiso/too-deep' || f.code.startsWith('chiso/input-'));
    if (workspace.result.problems.length > 0 || workspace.findings.some(stopping)) {
        formatFindings(workspace, lang, ['error']).forEach(text => output.err(text));
        return workspace.result.problems.length > 0 ? ExitCode.InputProblem : ExitCode.Findings;
    }
    const sets = workspace.result.files.flatMap(file => file.sets);
    if (sets.length !== 1) {
        output.err(renderCommandMessage(lang, sets.length === 0 ? 'compile-no-sets' : 'compile-needs-out', { count: sets.length }));
        return ExitCode.InputProblem;
    }
    return { compiled: compileSet(sets[0]), read: workspace.result.read };
}
