/**
 * `chiso check <files or folders…>`: every diagnostic of the given files. Exit codes: 0 clean,
 * 1 errors (or warnings under --strict), 2 input problems (missing, unreadable, not UTF-8).
 */
import type { Lang } from '@chiso/language';
import { toSarif } from '../output/sarif.js';
import { formatSummary } from '../output/text.js';
import { CHISO_VERSION } from '../version.js';
import { ExitCode } from '../exit-codes.js';
import { formatFindings, formatOutlines, loadWorkspace } from '../workspace.js';

export type CheckFormat = 'text' | 'json' | 'github' | 'sarif';

export interface CheckOptions {
    readonly format: CheckFormat;
    readonly lang: Lang;
    readonly strict: boolean;
}

export interface Output {
    out(text: string): void;
    err(text: string): void;
}

export async function check(inputs: readonly string[], options: CheckOptions, output: Output): Promise<ExitCode> {
    const workspace = await loadWorkspace(inputs, options.lang);
    const { result, findings } = workspace;
    switch (options.format) {
        case 'json':
            output.out(JSON.stringify({ files: result.files.length, findings }, null, 2));
            break;
        case 'sarif':
            output.out(JSON.stringify(toSarif(findings, CHISO_VERSION), null, 2));
            break;
        case 'github':
            for (const f of findings) {
                const level = f.severity === 'info' ? 'notice' : f.severity;
                output.out(`::${level} file=${f.file},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${f.code}::${escapeGithub(f.message)}`);
            }
            break;
        default:
            for (const text of formatFindings(workspace, options.lang, ['error', 'warning', 'info'])) output.out(text);
            for (const text of formatOutlines(workspace, options.lang)) output.err(text);
            output.err(formatSummary(findings, result.files.length, options.lang));
    }
    if (result.problems.length > 0) return ExitCode.InputProblem;
    const failing = findings.some(f => f.severity === 'error' || (options.strict && f.severity === 'warning'));
    return failing ? ExitCode.Findings : ExitCode.Clean;
}

/** GitHub workflow commands need %, CR and LF escaped in messages. */
function escapeGithub(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
