/** Loading for every command: files and folders → findings (diagnostics and input problems) and sets. */
import * as path from 'node:path';
import { CHISO_EXTENSION, decodeUtf8, loadFiles, MAX_TEXT_BYTES, type DiskLoadResult, type GivenText, type InputProblem } from '@chiso/language/load-files';
import type { Lang } from '@chiso/language';
import { fromDiagnostic, fromInputProblem, type Finding } from './output/diagnostics.js';
import { formatFinding } from './output/text.js';
import { expandGlobs } from './globs.js';
import type { Paint } from './terminal.js';

/** The input that stands for standard input. */
export const STDIN = '-';

export const SYNTAX_CODE = 'chiso/syntax';

export interface LoadedWorkspace {
    readonly result: DiskLoadResult;
    readonly findings: readonly Finding[];
    /** Source text by display path, for excerpts. */
    readonly texts: ReadonlyMap<string, string>;
    /** A loaded file's path as findings show it (standard input's as `<stdin>` or its --stdin-filename). */
    display(file: string): string;
}

export function displayPath(file: string): string {
    return path.relative(process.cwd(), file) || file;
}

export interface WorkspaceOptions {
    /** The path standard input (`-`) stands for: its name in findings, and its folder's files read beside it. */
    readonly stdinFilename?: string;
}

export async function loadWorkspace(inputs: readonly string[], lang: Lang, options: WorkspaceOptions = {}): Promise<LoadedWorkspace> {
    const stdin = inputs.includes(STDIN) ? await readStdin(options.stdinFilename) : undefined;
    const files = await expandGlobs(inputs.filter(input => input !== STDIN));
    const loaded = await loadFiles(files, { lang, given: stdin && 'text' in stdin ? [stdin.text] : [] });
    const result = stdin && 'problem' in stdin ? { ...loaded, problems: [stdin.problem, ...loaded.problems] } : loaded;
    const display = (file: string) => (stdin && 'text' in stdin && file === stdin.text.path ? stdin.display : displayPath(file));
    const texts = new Map<string, string>();
    const findings: Finding[] = result.problems.map(problem => fromInputProblem(problem, lang));
    // Syntax errors of every file first: they are what to fix before anything else (each file's come first already).
    const others: Finding[] = [];
    for (const file of result.files) {
        const shown = display(file.path);
        texts.set(shown, file.text);
        // A loop, not push(...spread): a garbage file can have 100,000+ syntax errors, past the argument limit.
        for (const d of file.diagnostics) (d.code === SYNTAX_CODE ? findings : others).push(fromDiagnostic(shown, d));
    }
    for (const finding of others) findings.push(finding);
    return { result, findings, texts, display };
}

/**
 * Standard input, whole, read and decoded as a file is (at most MAX_TEXT_BYTES, strict UTF-8). It is
 * parsed as the file `filename` (the services go by the `.chiso` extension), else as `<stdin>`.
 */
async function readStdin(filename: string | undefined): Promise<{ text: GivenText; display: string } | { problem: InputProblem }> {
    const display = filename ?? '<stdin>';
    const file = path.resolve(display.endsWith(CHISO_EXTENSION) ? display : display + CHISO_EXTENSION);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_TEXT_BYTES) return { problem: { path: display, kind: 'too-large', size } };
        chunks.push(chunk);
    }
    const decoded = decodeUtf8(Buffer.concat(chunks), display);
    return 'problem' in decoded ? decoded : { text: { path: file, text: decoded.text, siblings: filename !== undefined }, display };
}

/** The findings at or above a severity, as text with excerpts. */
export function formatFindings(workspace: LoadedWorkspace, lang: Lang, severities: readonly Finding['severity'][], paint?: Paint): string[] {
    return workspace.findings.filter(f => severities.includes(f.severity)).map(f => formatFinding(f, lang, workspace.texts.get(f.file), paint) + '\n');
}

