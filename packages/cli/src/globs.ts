/**
 * Glob patterns the CLI expands itself, so that `chiso check "provinces/**\/*.chiso"` means the same
 * in bash, PowerShell, cmd.exe and a CI step, quoted or not: `*` and `?` within a name, `[…]` one
 * character of a class, `{a,b}` either, `**` any folders. A `**` or `*` does not enter hidden
 * folders or node_modules. A path that exists is taken as written, even with `[` in its name.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { CHISO_EXTENSION } from '@chiso/language/load-files';

const MAGIC = /[*?[{]/;
const SKIPPED = (name: string) => name.startsWith('.') || name === 'node_modules';

export function isGlob(input: string): boolean {
    return MAGIC.test(input);
}

/**
 * Each input as it is, or a glob's matches in order: `.chiso` files and folders (read as folders
 * are), so that `a/*` leaves out a's other files. A glob that matches nothing is kept as written,
 * so that it is reported missing.
 */
export async function expandGlobs(inputs: readonly string[]): Promise<string[]> {
    const expanded: string[] = [];
    for (const input of inputs) {
        const matches = !(await exists(input)) && isGlob(input) ? await chisoMatches(input) : [];
        expanded.push(...(matches.length > 0 ? matches : [input]));
    }
    return expanded;
}

async function chisoMatches(pattern: string): Promise<string[]> {
    const matches: string[] = [];
    for (const match of await matchGlob(pattern)) if (match.endsWith(CHISO_EXTENSION) || await isFolder(match)) matches.push(match);
    return matches;
}

async function matchGlob(pattern: string): Promise<string[]> {
    // Windows users write backslashes; in a pattern `\` is only ever a separator.
    const segments = pattern.replace(/\\/g, '/').split('/');
    const absolute = segments[0] === '' || /^[A-Za-z]:$/.test(segments[0]);
    const start = absolute ? `${segments.shift()}/` : '.';
    const found: string[] = [];
    await walk(start, segments, found);
    return [...new Set(found)].map(file => (absolute ? file : path.normalize(file))).sort();
}

async function walk(dir: string, segments: readonly string[], found: string[]): Promise<void> {
    if (segments.length === 0) {
        found.push(dir);
        return;
    }
    const [segment, ...rest] = segments;
    if (!isGlob(segment)) {
        const next = path.join(dir, segment);
        if (rest.length === 0 ? await exists(next) : await isFolder(next)) await walk(next, rest, found);
        return;
    }
    const entries: Dirent[] = await readdir(dir, { withFileTypes: true }).catch(() => []);
    if (segment === '**') {
        // Zero folders, then one more at a time.
        await walk(dir, rest, found);
        for (const entry of entries) if (!SKIPPED(entry.name) && entry.isDirectory()) await walk(path.join(dir, entry.name), segments, found);
        return;
    }
    const matcher = segmentPattern(segment);
    for (const entry of entries) {
        if (SKIPPED(entry.name) && !segment.startsWith('.')) continue;
        if (!matcher.test(entry.name)) continue;
        if (rest.length > 0 && !entry.isDirectory() && !(entry.isSymbolicLink() && await isFolder(path.join(dir, entry.name)))) continue;
        await walk(path.join(dir, entry.name), rest, found);
    }
}

/** One path segment's pattern as a regular expression over a name. */
export function segmentPattern(segment: string): RegExp {
    let source = '';
    let braces = 0;
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*') source += '[^/]*';
        else if (c === '?') source += '[^/]';
        else if (c === '[') {
            const end = segment.indexOf(']', i + 2);
            if (end < 0) source += '\\[';
            else {
                const body = segment.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
                source += `[${body}]`;
                i = end;
            }
        } else if (c === '{') {
            braces++;
            source += '(?:';
        } else if (c === '}' && braces > 0) {
            braces--;
            source += ')';
        } else if (c === ',' && braces > 0) source += '|';
        else source += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
    }
    // An unclosed `{` stands for itself.
    return braces > 0 ? new RegExp(`^${escapeAll(segment)}$`, 'u') : new RegExp(`^${source}$`, 'u');
}

function escapeAll(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const exists = (file: string) => stat(file).then(() => true, () => false);
const isFolder = (file: string) => stat(file).then(info => info.isDirectory(), () => false);
