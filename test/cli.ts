/** Runs the built `chiso` command as a user would, in a child process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BIN = path.join(ROOT, 'packages/cli/bin/chiso.js');

export interface RunResult {
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** `timeout` (ms) kills a run that would never end, as a blocked read would; `input` is its standard input. */
export function chiso(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number; input?: string | Uint8Array } = {}): RunResult {
    const result = spawnSync(process.execPath, [BIN, ...args], {
        cwd: options.cwd ?? ROOT,
        env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', ...options.env },
        encoding: 'utf8',
        // Large inputs (a 5 MB file of garbage) produce tens of MB of findings.
        maxBuffer: 256 * 1024 * 1024,
        timeout: options.timeout,
        input: options.input,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder holding the given files (text or bytes). */
export function workspace(files: Record<string, string | Uint8Array>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'chiso-test-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    return dir;
}
