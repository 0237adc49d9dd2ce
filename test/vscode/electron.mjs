#!/usr/bin/env node
/**
 * The same extension tests (suite/index.cjs) in desktop VS Code through @vscode/test-electron,
 * for machines that can download VS Code (this project's CI cannot: its only network is the
 * package registries, hence run.mjs and code-server). Builds nothing: run `npm run build` first.
 *
 *   node test/vscode/electron.mjs [--vscode-version stable|1.91.0|…]
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const versionFlag = process.argv.indexOf('--vscode-version');
const version = versionFlag > 0 ? process.argv[versionFlag + 1] : 'stable';

const workspace = mkdtempSync(path.join(tmpdir(), 'chiso-electron-'));
cpSync(path.join(import.meta.dirname, 'fixture'), workspace, { recursive: true });
try {
    await runTests({
        version,
        extensionDevelopmentPath: path.join(ROOT, 'packages', 'extension'),
        extensionTestsPath: path.join(import.meta.dirname, 'suite', 'index.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    });
} catch (error) {
    const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo/.test(String(error?.message ?? error));
    console.error(offline
        ? `Cannot download VS Code ${version} here (${error.message}). Use \`npm run test:vscode\`, which runs the same tests in code-server.`
        : `The extension tests failed in VS Code ${version}: ${error?.message ?? error}`);
    process.exitCode = 1;
} finally {
    rmSync(workspace, { recursive: true, force: true });
}
