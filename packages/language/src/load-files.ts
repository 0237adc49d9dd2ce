/**
 * Loading from disk: expands folders, reads files strictly as UTF-8, adds the sibling `.chiso`
 * files of each requested file as context (a shared file of surveys and agencies), then
 * hands everything to `loadTexts`. Input problems come back as data, never as exceptions.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { loadTexts, type LoadOptions, type LoadResult, type SourceText } from './load.js';

export const CHISO_EXTENSION = '.chiso';

export type InputProblemKind = 'missing' | 'unreadable' | 'not-utf8' | 'binary' | 'no-chiso-files' | 'not-file' | 'too-large';

/** Larger text inputs are refused before they are read: far above any criteria set or results file. */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;

export interface InputProblem {
    readonly path: string;
    readonly kind: InputProblemKind;
    /** 1-based position of the first bad byte, for encoding problems. */
    readonly line?: number;
    readonly column?: number;
    readonly detail?: string;
    /** The file's size in bytes, for `too-large`. */
    readonly size?: number;
}

export interface DiskLoadResult extends LoadResult {
    readonly problems: readonly InputProblem[];
    /** Every file read, requested or as context (absolute paths): what an output must not overwrite. */
    readonly read: readonly string[];
}

/** A `.chiso` entry of a folder listing: a file, or a symbolic link to one. */
async function isChisoFile(entry: Dirent): Promise<boolean> {
    if (!entry.name.endsWith(CHISO_EXTENSION)) return false;
    if (entry.isFile()) return true;
    if (!entry.isSymbolicLink()) return false;
    return stat(path.join(entry.parentPath, entry.name)).then(info => info.isFile(), () => false);
}

async function listChisoFiles(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    const files: string[] = [];
    for (const entry of entries) if (await isChisoFile(entry)) files.push(path.join(entry.parentPath, entry.name));
    return files.sort();
}

/**
 * The bytes of a regular file of at most `limit` bytes. A FIFO or a device (`/dev/zero`) would
 * block or never end, so only regular files are read; the size is checked before reading.
 */
export async function readRegularFile(file: string, displayPath: string, limit = MAX_TEXT_BYTES): Promise<{ bytes: Uint8Array } | { problem: InputProblem }> {
    try {
        const info = await stat(file);
        if (info.isDirectory()) return { problem: { path: displayPath, kind: 'unreadable', detail: 'EISDIR' } };
        if (!info.isFile()) return { problem: { path: displayPath, kind: 'not-file' } };
        if (info.size > limit) return { problem: { path: displayPath, kind: 'too-large', detail: `${megabytes(info.size)} > ${megabytes(limit)}`, size: info.size } };
        return { bytes: await readFile(file) };
    } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        return { problem: { path: displayPath, kind: missing ? 'missing' : 'unreadable', detail: (error as Error).message } };
    }
}

function megabytes(bytes: number): string {
    return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}

async function expand(inputs: readonly string[], problems: InputProblem[]): Promise<string[]> {
    const files: string[] = [];
    for (const input of inputs) {
        const absolute = path.resolve(input);
        let info;
        try {
            info = await stat(absolute);
        } catch (error) {
            problems.push({ path: input, kind: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable', detail: (error as Error).message });
            continue;
        }
        if (info.isDirectory()) {
            const found = await listChisoFiles(absolute);
            if (found.length === 0) problems.push({ path: input, kind: 'no-chiso-files' });
            for (const file of found) files.push(file);
        } else {
            files.push(absolute);
        }
    }
    return [...new Set(files)];
}

/** Decodes strict UTF-8 (a leading BOM is dropped); reports the first bad byte's line and column. */
export function decodeUtf8(bytes: Uint8Array, displayPath: string): { text: string } | { problem: InputProblem } {
    if (bytes.includes(0)) return { problem: { path: displayPath, kind: 'binary' } };
    try {
        const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
        return { text };
    } catch {
        const bad = firstInvalidUtf8Offset(bytes);
        const before = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes.subarray(0, bad));
        const lines = before.split('\n');
        return { problem: { path: displayPath, kind: 'not-utf8', line: lines.length, column: lines[lines.length - 1].length + 1 } };
    }
}

/** Byte offset of the first byte that is not valid UTF-8 (a real U+FFFD in the file is skipped over). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const encoder = new TextEncoder();
    let offset = 0;
    for (const char of lenient) {
        const encoded = encoder.encode(char);
        const matches = encoded.every((byte, i) => bytes[offset + i] === byte);
        if (!matches) return offset;
        offset += encoded.length;
    }
    return offset;
}

/** A text not read from disk (standard input), checked as if it were the file at `path`. */
export interface GivenText {
    /** Absolute; the display path is taken relative to the working folder, as for files. */
    readonly path: string;
    readonly text: string;
    /** Read the `.chiso` files beside `path` as context, as for a file given by its path. */
    readonly siblings: boolean;
}

export interface DiskLoadOptions extends LoadOptions {
    readonly given?: readonly GivenText[];
}

export async function loadFiles(inputs: readonly string[], options: DiskLoadOptions = {}): Promise<DiskLoadResult> {
    const problems: InputProblem[] = [];
    const given = options.given ?? [];
    // A given text stands for the file at its path: that file is not read again, even as context.
    const requested = (await expand(inputs, problems)).filter(file => !given.some(text => text.path === file));
    const requestedSet = new Set([...requested, ...given.map(text => text.path)]);
    const contextFiles = new Set<string>();
    const folders = [...requested, ...given.filter(text => text.siblings).map(text => text.path)].map(file => path.dirname(file));
    for (const dir of new Set(folders)) {
        try {
            for (const entry of await readdir(dir, { withFileTypes: true })) {
                const file = path.join(dir, entry.name);
                if (!requestedSet.has(file) && (await isChisoFile(entry))) contextFiles.add(file);
            }
        } catch {
            // An unreadable folder only means less context; the requested files report their own problems.
        }
    }
    const sources: SourceText[] = given.map(text => ({ path: text.path, text: text.text, context: false }));
    for (const [file, context] of [...requested.map(f => [f, false] as const), ...[...contextFiles].map(f => [f, true] as const)]) {
        const display = path.relative(process.cwd(), file) || file;
        const read = await readRegularFile(file, display);
        if ('problem' in read) {
            if (!context) problems.push(read.problem);
            continue;
        }
        const decoded = decodeUtf8(read.bytes, display);
        if ('problem' in decoded) {
            if (!context) problems.push(decoded.problem);
            continue;
        }
        sources.push({ path: file, text: decoded.text, context });
    }
    const result = await loadTexts(sources, options);
    return { ...result, problems, read: sources.map(source => source.path) };
}
