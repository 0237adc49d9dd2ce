// @ts-check
/**
 * The extension-host side of the real-editor tests, with @vscode/test-electron's contract:
 * `run()` resolves when every test passed and rejects otherwise. VS Code loads this module in
 * the extension host (code-server's here, desktop VS Code's under test-electron) and turns the
 * outcome into the exit code. A few lines of harness instead of mocha: the tests are one story
 * told in order (each step edits the document the next one reads), so the first failure ends it.
 */
const { tests } = require('./editor.test.cjs');

/** @param {number} ms @param {string} name */
function timeout(ms, name) {
    return new Promise((_, reject) => setTimeout(() => reject(new Error(`${name}: no result within ${ms} ms`)), ms));
}

async function run() {
    let passed = 0;
    let failed = 0;
    for (const [index, test] of tests.entries()) {
        const started = Date.now();
        try {
            await Promise.race([test.run(), timeout(test.timeoutMs, test.name)]);
            passed++;
            console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
        } catch (error) {
            failed++;
            console.error(`  ✗ ${test.name} (${Date.now() - started} ms)\n${error instanceof Error ? error.stack ?? error.message : String(error)}`);
            const skipped = tests.slice(index + 1).map(t => t.name);
            if (skipped.length > 0) console.error(`  not run, as they build on the failed step:\n${skipped.map(n => `    - ${n}`).join('\n')}`);
            failed += skipped.length;
            break;
        }
    }
    console.log(`vscode: ${passed} passed, ${failed} failed`);
    if (failed > 0) throw new Error(`${failed} real-editor test(s) failed or did not run`);
}

module.exports = { run };
