/** Loading for every command: files and folders → findings (diagnostics and input problems) and sets. */
import * as path from 'node:path';
import { loadFiles, type DiskLoadResult } from '@chiso/language/load-files';
import type { Lang } from '@chiso/language';
import { fromDiagnostic, fromInputProblem, type Finding } from './output/diagnostics.js';
import { formatFinding } from './output/text.js';

export const SYNTAX_CODE = 'chiso/syntax';

export interface LoadedWorkspace {
    readonly result: DiskLoadResult;
    readonly findings: readonly Finding[];
    /** Source text by display path, for excerpts. */
    readonly texts: ReadonlyMap<string, string>;
}

export function displayPath(file: string): string {
    return path.relative(process.cwd(), file) || file;
}

export async function loadWorkspace(inputs: readonly string[], lang: Lang): Promise<LoadedWorkspace> {
    const result = await loadFiles(inputs, { lang });
    const texts = new Map<string, string>();
    const findings: Finding[] = result.problems.map(problem => fromInputProblem(problem, lang));
    // Syntax errors of every file first: they are what to fix before anything else (each file's come first already).
    const others: Finding[] = [];
    for (const file of result.files) {
        const display = displayPath(file.path);
        texts.set(display, file.text);
        // A loop, not push(...spread): a garbage file can have 100,000+ syntax errors, past the argument limit.
        for (const d of file.diagnostics) (d.code === SYNTAX_CODE ? findings : others).push(fromDiagnostic(display, d));
    }
    for (const finding of others) findings.push(finding);
    return { result, findings, texts };
}

/** The findings at or above a severity, as text with excerpts. */
export function formatFindings(workspace: LoadedWorkspace, lang: Lang, severities: readonly Finding['severity'][]): string[] {
    return workspace.findings.filter(f => severities.includes(f.severity)).map(f => formatFinding(f, lang, workspace.texts.get(f.file)) + '\n');
}

