/**
 * Starts code-server on loopback with its own user-data, extensions and config (nothing of the
 * machine's own VS Code or code-server setup is read or written), and stops it by its PID.
 * It runs in its own process group so that stopping it also ends the extension host and the
 * Chiso language server it started.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

/** Settings a test profile needs: no trust prompt, no welcome page, nothing reaching out. */
const USER_SETTINGS = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'editor.hover.delay': 300,
    'editor.fontFamily': "'Noto Sans Mono', monospace",
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

async function waitUntilHealthy(url, child, log) {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it was ready; see ${log}`);
        try {
            const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
            if (response.ok) return;
        } catch {
            // Not listening yet.
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    throw new Error(`code-server did not answer ${url}/healthz within ${READY_TIMEOUT_MS / 1000} s; see ${log}`);
}

/**
 * @param {{ node: string, nodeBin: string, codeServer: string }} tools
 * @param {string} dir  a fresh folder for this instance's profile and log
 * @param {Record<string, unknown>} [settings]  extra user settings
 */
export async function startCodeServer(tools, dir, settings = {}) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const userData = path.join(dir, 'user-data');
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    mkdirSync(path.join(dir, 'extensions'), { recursive: true });
    writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
    writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\n');
    const log = path.join(dir, 'code-server.log');
    const output = createWriteStream(log);
    const args = [
        tools.codeServer,
        '--config', path.join(dir, 'config.yaml'),
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--user-data-dir', userData,
        '--extensions-dir', path.join(dir, 'extensions'),
        // Honours the URL's `payload` (extensionDevelopmentPath, extensionTestsPath) and exposes
        // codeAutomationExit: what turns a page load into a test run.
        '--vscode-option', 'enable-smoke-test-driver',
    ];
    const child = spawn(tools.node, args, {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PATH: `${tools.nodeBin}${path.delimiter}${process.env.PATH}`, NODE_OPTIONS: '' },
    });
    child.stdout.pipe(output);
    child.stderr.pipe(output);
    const server = { url, port, pid: child.pid, log, stop: () => stopProcessGroup(child) };
    try {
        await waitUntilHealthy(url, child, log);
    } catch (error) {
        await server.stop();
        throw error;
    }
    return server;
}

/** SIGTERM to the group led by the PID, SIGKILL if it has not exited after a grace period. */
export async function stopProcessGroup(child) {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise(resolve => child.once('exit', resolve));
    const signal = name => {
        try {
            process.kill(-child.pid, name);
        } catch {
            // Already gone.
        }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
    // Children that outlived the leader (an orphaned language server) go with the group.
    signal('SIGKILL');
}
