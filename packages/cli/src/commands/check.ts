/**
 * `chiso check <files or folders…>`: one summary line per criteria set, then every error and
 * warning with its source line; the notes (survey-sourced items) on request. Exit codes: 0 clean,
 * 1 errors (or warnings under --strict), 2 input problems (missing, unreadable, not UTF-8).
 */
import { setSummaryLine, type Lang } from '@chiso/language';

import type { Finding } from '../output/diagnostics.js';
import { CHECK_FORMAT_VERSION } from '../output/format-versions.js';
import { githubAnnotation } from '../output/github.js';
import { toGitlab } from '../output/gitlab.js';
import { toSarif } from '../output/sarif.js';
import { formatFinding, formatSummary } from '../output/text.js';
import type { Paint } from '../terminal.js';
import { CHISO_VERSION } from '../version.js';
import { ExitCode } from '../exit-codes.js';
import { formatFindings, loadWorkspace, SYNTAX_CODE, type LoadedWorkspace } from '../workspace.js';
import { findingDocUrl, renderCommandMessage } from '../rules/index.js';

export type CheckFormat = 'text' | 'json' | 'github' | 'gitlab' | 'sarif';

export interface CheckOptions {
    readonly format: CheckFormat;
    readonly lang: Lang;
    readonly strict: boolean;
    /** List the notes (survey-sourced items) too; `json` always has them. */
    readonly notes: boolean;
    /** Errors only: no set summaries, warnings, notes or counts. */
    readonly quiet: boolean;
    /** The path that standard input (`-`) stands for. */
    readonly stdinFilename?: string;
}

export interface Output {
    /** `painted`: the text was made with `paint`, its pieces neutralised already; written as it is. */
    out(text: string, painted?: boolean): void;
    err(text: string): void;
    /** Colours for stdout, when it is a terminal that wants them (terminal.ts). */
    readonly paint?: Paint;
    /** A status line on stderr, redrawn in place: only where stderr is a terminal. */
    status?(text: string): void;
}

export async function check(inputs: readonly string[], options: CheckOptions, output: Output): Promise<ExitCode> {
    const workspace = await loadWorkspace(inputs, options.lang, { stdinFilename: options.stdinFilename });
    const { result, findings } = workspace;
    // GitHub caps annotations per step, and a set has dozens of survey-sourced items: notes only on request.
    const shown = findings.filter(f => f.severity === 'error' || (!options.quiet && (f.severity === 'warning' || options.notes || options.format === 'json')));
    switch (options.format) {
        case 'json':
            output.out(JSON.stringify({ formatVersion: CHECK_FORMAT_VERSION, files: result.files.length, findings: shown.map(f => ({ ...f, docs: findingDocUrl(f.code, options.lang) })) }, null, 2));
            break;
        case 'sarif':
            output.out(JSON.stringify(toSarif(shown, CHISO_VERSION, options.lang), null, 2));
            break;
        case 'github':
            for (const f of shown) output.out(githubAnnotation(f));
            break;
        case 'gitlab':
            output.out(JSON.stringify(toGitlab(shown, workspace.texts), null, 2));
            break;
        default:
            text(workspace, options, output);
    }
    if (result.problems.length > 0) return ExitCode.InputProblem;
    const failing = findings.some(f => f.severity === 'error' || (options.strict && f.severity === 'warning'));
    return failing ? ExitCode.Findings : ExitCode.Clean;
}

/** Sets first (what a reader looks for), then errors and warnings with their source lines, then notes one per line. */
function text(workspace: LoadedWorkspace, options: CheckOptions, output: Output): void {
    const { lang } = options;
    const { paint } = output;
    const painted = paint !== undefined;
    if (options.quiet) {
        for (const finding of formatFindings(workspace, lang, ['error'], paint)) output.out(finding, painted);
        return;
    }
    for (const file of workspace.result.files) {
        for (const set of file.sets) {
            const line = (set.$cstNode?.range.start.line ?? 0) + 1;
            output.out(`${workspace.display(file.path)}:${line}: ${set.name ?? '?'}: ${setSummaryLine(lang, set)}`);
        }
    }
    const findings = formatFindings(workspace, lang, ['error', 'warning'], paint);
    if (findings.length > 0) output.out('');
    for (const finding of findings) output.out(finding, painted);
    const notes: readonly Finding[] = workspace.findings.filter(f => f.severity === 'info');
    if (options.notes && notes.length > 0) {
        // One line each: the message names the item, its points and its survey; a source line adds nothing.
        if (findings.length === 0) output.out('');
        for (const note of notes) output.out(formatFinding(note, lang, undefined, paint), painted);
    }
    output.err(formatSummary(workspace.findings, workspace.result.files.length, lang, !options.notes && notes.length > 0));
    // Their other checks were withheld (see chiso-document-validator.ts): say so, or a clean count would mislead.
    for (const file of new Set(workspace.findings.filter(f => f.code === SYNTAX_CODE).map(f => f.file))) {
        output.err(renderCommandMessage(lang, 'output-checks-withheld', { file }));
    }
}
