/**
 * The one call for programs that consume criteria sets (a scoring engine, a portal): files and
 * folders in, the sets and every finding out, with the same checks and sibling-file context as
 * `chiso check`. `compileSet` (outputs/criteria-json.ts) then gives a set's JSON contract.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { CriteriaSet } from './generated/ast.js';
import type { Lang } from './i18n/index.js';
import { loadFiles, type InputProblem } from './load-files.js';

export interface FoundCriteriaSet {
    /** Absolute path of the file that declares the set. */
    readonly file: string;
    readonly set: CriteriaSet;
}

export interface FileDiagnostic {
    /** Absolute path of the file the diagnostic is in. */
    readonly file: string;
    /** As a language server reports it: 0-based range, `severity` 1 error … 3 information, `code` like `chiso/sum-mismatch`. */
    readonly diagnostic: Diagnostic;
}

export interface LoadedCriteriaSets {
    readonly sets: readonly FoundCriteriaSet[];
    readonly diagnostics: readonly FileDiagnostic[];
    /** Inputs that could not be read as Chiso text (missing, not UTF-8, a folder without `.chiso` files…). */
    readonly problems: readonly InputProblem[];
    /** No problem and no error: every set may be compiled (the CLI compiles nothing otherwise). */
    readonly ok: boolean;
}

export interface LoadCriteriaSetsOptions {
    /** The language of the messages: `vi` (the default) or `en`. */
    readonly lang?: Lang;
}

export async function loadCriteriaSets(paths: readonly string[], options: LoadCriteriaSetsOptions = {}): Promise<LoadedCriteriaSets> {
    const result = await loadFiles(paths, { lang: options.lang ?? 'vi' });
    const sets = result.files.flatMap(file => file.sets.map(set => ({ file: file.path, set })));
    const diagnostics = result.files.flatMap(file => file.diagnostics.map(diagnostic => ({ file: file.path, diagnostic })));
    const ok = result.problems.length === 0 && !diagnostics.some(({ diagnostic }) => diagnostic.severity === 1); // DiagnosticSeverity.Error
    return { sets, diagnostics, problems: result.problems, ok };
}
