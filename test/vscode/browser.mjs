/**
 * Headless Chromium (Debian's) driven by playwright-core, opening code-server pages. A page
 * opened with a `payload` naming extensionDevelopmentPath (and extensionTestsPath) loads the
 * extension from the repository (and runs the tests in the extension host), as
 * `code --extensionDevelopmentPath … --extensionTestsPath …` does on the desktop.
 */
import { createRequire } from 'node:module';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launchBrowser(tools) {
    const { chromium } = createRequire(import.meta.url)(tools.playwrightCore);
    return chromium.launch({ executablePath: tools.chromium, headless: true, args: CHROMIUM_ARGS });
}

/** The page address: a folder, and the extension (and tests) as vscode-remote URIs of this server. */
export function workbenchUrl(server, { folder, extensionPath, testsPath }) {
    const remote = file => `vscode-remote://127.0.0.1:${server.port}${file}`;
    const payload = [['extensionDevelopmentPath', remote(extensionPath)], ['skipWelcome', 'true']];
    if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
    return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Opens the workbench with the test payload and resolves with the exit code the test run hands
 * to `codeAutomationExit` (0 passed, 1 failed). The extension host's console comes through
 * `codeAutomationLog` and is echoed.
 */
export async function runExtensionTests(browser, url, { timeoutMs, echo }) {
    const page = await browser.newPage();
    try {
        let exit;
        const exited = new Promise(resolve => (exit = resolve));
        await page.exposeFunction('codeAutomationLog', (type, args) => echo(type, args.map(a => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')));
        await page.exposeFunction('codeAutomationExit', code => exit(code));
        page.on('pageerror', error => echo('error', `[page] ${error.message}`));
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
        let timer;
        const timedOut = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the extension tests did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
        });
        try {
            return await Promise.race([exited, timedOut]);
        } finally {
            clearTimeout(timer);
        }
    } finally {
        await page.close().catch(() => {});
    }
}
