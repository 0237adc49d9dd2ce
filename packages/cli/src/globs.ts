/**
 * Glob patterns the CLI expands itself, so that `chiso check "provinces/**\/*.chiso"` means the same
 * in bash, PowerShell, cmd.exe and a CI step, quoted or not (tinyglobby: `*`, `?`, `[…]`, `{a,b}`,
 * `**`). A wildcard does not enter hidden folders or node_modules unless the pattern names them. A
 * path that exists is taken as written, even with `[` in its name.
 */
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CHISO_EXTENSION } from '@chiso/language/load-files';

/**
 * Each input as it is, or a glob's matches in order: `.chiso` files and folders (read as folders
 * are), so that `a/*` leaves out a's other files. A glob that matches nothing is kept as written,
 * so that it is reported missing.
 */
export async function expandGlobs(inputs: readonly string[]): Promise<string[]> {
    const expanded: string[] = [];
    for (const input of inputs) {
        const matches = !(await exists(input)) && isDynamicPattern(slashed(input)) ? await chisoMatches(input) : [];
        expanded.push(...(matches.length > 0 ? matches : [input]));
    }
    return expanded;
}

async function chisoMatches(input: string): Promise<string[]> {
    const pattern = slashed(input);
    const found = await glob(pattern, {
        onlyFiles: false, dot: false, expandDirectories: false, followSymbolicLinks: true,
        absolute: path.isAbsolute(input),
        // Dependencies' sets are never the project's own, unless the pattern goes there by name.
        ignore: /(^|\/)node_modules(\/|$)/.test(pattern) ? [] : ['**/node_modules/**'],
    });
    const matches = [...new Set(found.map(match => path.normalize(match.replace(/\/$/, ''))))].sort();
    const chiso: string[] = [];
    for (const match of matches) if (match.endsWith(CHISO_EXTENSION) || await isFolder(match)) chiso.push(match);
    return chiso;
}

/** Windows users write backslashes; in a pattern `\` is only ever a separator. */
const slashed = (pattern: string) => pattern.replace(/\\/g, '/');
const exists = (file: string) => stat(file).then(() => true, () => false);
const isFolder = (file: string) => stat(file).then(info => info.isDirectory(), () => false);
