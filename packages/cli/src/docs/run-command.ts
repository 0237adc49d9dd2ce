/**
 * Runs `chiso` in-process on a few files in a fresh temporary folder, as a user would from that
 * folder, and returns what it prints: the command rules' pages show this output, so it cannot drift.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

// The command runs only bundled (src/version.ts: the bundler puts in the version), so this loads
// the bundle: `npm run build` writes the pages after bundling.
const BUNDLE = path.resolve(import.meta.dirname, '../../out/bundle/chiso.mjs');

export interface CommandRun {
    readonly exitCode: number;
    /** Standard output and standard error, interleaved as printed. */
    readonly printed: string;
}

/** Files by relative path (text or bytes); a path ending in `/` is an empty folder. */
export type ExampleFiles = Readonly<Record<string, string | Uint8Array>>;

export async function runCommand(args: readonly string[], files: ExampleFiles): Promise<CommandRun> {
    const dir = mkdtempSync(path.join(tmpdir(), 'chiso-rule-doc-'));
    const cwd = process.cwd();
    const lines: string[] = [];
    try {
        for (const [name, content] of Object.entries(files)) {
            const target = path.join(dir, name);
            mkdirSync(name.endsWith('/') ? target : path.dirname(target), { recursive: true });
            if (!name.endsWith('/')) writeFileSync(target, content);
        }
        // Paths in the output are shown relative to the folder the command runs in.
        process.chdir(dir);
        const { main } = (await import(pathToFileURL(BUNDLE).href)) as typeof import('../main.js');
        const exitCode = await main(args, { out: text => lines.push(text), err: text => lines.push(text) });
        return { exitCode, printed: lines.join('\n') };
    } finally {
        process.chdir(cwd);
        rmSync(dir, { recursive: true, force: true });
    }
}
