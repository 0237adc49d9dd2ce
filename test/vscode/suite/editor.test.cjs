// @ts-check
/**
 * What a person does in the editor, against the real extension and server: open a criteria set,
 * see it checked (and a document that is not a file left alone), break a sum, read the status bar
 * and the annex preview's banner, fix it with the "Σ" quick fix, compile to JSON, switch the
 * language and strictness without an error, check the workspace. The workspace is a fresh copy of
 * test/vscode/fixture (run.mjs makes it), so edits here never touch the repository.
 *
 * Nothing sleeps for a fixed time: each step polls the state it waits for, with a bound.
 */
const assert = require('node:assert/strict');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const vscode = require('vscode');

const EXTENSION_ID = 'chiso.chiso';
/** From an edit to its diagnostic; the brief for the editor is "within a few seconds". */
const DIAGNOSTIC_LATENCY_MS = 5_000;

function folder() {
    const folders = vscode.workspace.workspaceFolders;
    assert.ok(folders && folders.length > 0, 'the test run needs a workspace folder (the fixture copy)');
    return folders[0].uri;
}
const sampleUri = () => vscode.Uri.joinPath(folder(), 'sample.chiso');

/**
 * Polls `probe` until it returns something truthy; fails naming what it waited for.
 * @template T @param {string} what @param {() => T | Promise<T>} probe @param {number} [timeoutMs]
 * @returns {Promise<NonNullable<T>>}
 */
async function waitFor(what, probe, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
        last = await probe();
        if (last) return /** @type {NonNullable<T>} */ (last);
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 50));
    }
}

/** @param {vscode.Diagnostic} d */
const codeOf = d => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** @param {vscode.Uri} uri @param {string} code @param {number} [line] */
function diagnostics(uri, code, line) {
    return vscode.languages.getDiagnostics(uri).filter(d => codeOf(d) === code && (line === undefined || d.range.start.line === line));
}

/** @param {vscode.Uri} uri */
function describe(uri) {
    return vscode.languages.getDiagnostics(uri).map(d => `${d.range.start.line + 1}: ${codeOf(d)} ${d.message}`).join('\n') || '(none)';
}

/** Line number (0-based) of the first line containing `text`. @param {vscode.TextDocument} document @param {string} text */
function lineOf(document, text) {
    for (let line = 0; line < document.lineCount; line++) if (document.lineAt(line).text.includes(text)) return line;
    throw new Error(`no line containing ${JSON.stringify(text)} in ${document.uri.path}`);
}

function editor() {
    const active = vscode.window.activeTextEditor;
    assert.ok(active && active.document.uri.toString() === sampleUri().toString(), 'sample.chiso should be the active editor');
    return active;
}

/** Replaces `from` with `to` on the line containing `anchor`. @param {string} anchor @param {string} from @param {string} to */
async function replaceOnLine(anchor, from, to) {
    const { document } = editor();
    const line = lineOf(document, anchor);
    const column = document.lineAt(line).text.indexOf(from);
    assert.ok(column >= 0, `${JSON.stringify(from)} not on line ${line + 1}`);
    const range = new vscode.Range(line, column, line, column + from.length);
    assert.ok(await editor().edit(edit => edit.replace(range, to)), 'the edit was not applied');
}

/** The extension's API (see packages/extension/src/extension.ts). */
async function api() {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the test instance`);
    return /** @type {{ statusText(): string | undefined; statusTooltip(): string | undefined; refreshStatus(): Promise<void>; previewHtml(): string; clientErrors(): readonly string[] }} */ (await extension.activate());
}

/** Waits for the status bar to read `expected`, asking the server for fresh totals. @param {string} expected */
async function statusShows(expected) {
    const chiso = await api();
    /** @type {string | undefined} */
    let seen;
    await waitFor(`the status bar to read ${JSON.stringify(expected)}`, async () => {
        await chiso.refreshStatus();
        seen = chiso.statusText();
        return seen === expected;
    }).catch(error => {
        throw new Error(`${error.message}; it reads ${JSON.stringify(seen)}`);
    });
}

/** @param {vscode.Uri} uri */
async function totals(uri) {
    /** @type {{ sets: { id: string; declared: string | null; sum: string | null; matches: boolean }[] }} */
    const result = await vscode.commands.executeCommand('chiso.totals', uri.toString());
    return result.sets;
}

/**
 * Finds the quick fix that sets a max to its children's sum ("Σ" in English, "tổng các mục con"
 * in Vietnamese) for a diagnostic and applies it as the light bulb would.
 * @param {vscode.Uri} uri @param {vscode.Diagnostic} diagnostic
 */
async function applySigmaFix(uri, diagnostic) {
    /** @type {(vscode.CodeAction | vscode.Command)[]} */
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range)) ?? [];
    const fix = actions.find(action => /Σ|tổng các mục con/.test(action.title));
    assert.ok(fix, `no code action titled with "Σ" for “${diagnostic.message}”; offered: ${JSON.stringify(actions.map(a => a.title))}`);
    if ('edit' in fix && fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit was not applied');
    const command = 'command' in fix && typeof fix.command === 'object' ? fix.command : 'command' in fix && typeof fix.command === 'string' ? /** @type {vscode.Command} */ (fix) : undefined;
    if (command) await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    assert.ok(('edit' in fix && fix.edit) || command, `the "${fix.title}" action has neither an edit nor a command`);
    return fix.title;
}

/** @param {string} section @param {unknown} value */
async function setting(section, value) {
    await vscode.workspace.getConfiguration('chiso').update(section, value, vscode.ConfigurationTarget.Workspace);
}

const tests = [
    {
        name: 'opening a .chiso file starts the server, which checks it (no errors, the survey-sourced note)',
        timeoutMs: 90_000,
        async run() {
            const document = await vscode.workspace.openTextDocument(sampleUri());
            await vscode.window.showTextDocument(document);
            assert.equal(document.languageId, 'chiso');
            await waitFor('the survey-sourced information on criterion 3.1', () => diagnostics(document.uri, 'chiso/survey-sourced').length === 1, 60_000);
            const errors = vscode.languages.getDiagnostics(document.uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error);
            assert.deepEqual(errors, [], describe(document.uri));
        },
    },
    {
        name: 'a document that is not a file (a rename preview, a diff\'s old side) is not checked; an untitled one is',
        timeoutMs: 20_000,
        async run() {
            const broken = 'set KHAC "Bộ chỉ số khác" {\n    total 10\n    domain 1 "Một" max 9 { criterion 1.1 "Một" max 9 { scoring proportional } }\n}\n';
            const scheme = 'chisopreview';
            const provider = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => broken });
            try {
                const virtual = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme, path: `${folder().path}/sample.chiso` }));
                assert.equal(virtual.languageId, 'chiso');
                const untitled = await vscode.workspace.openTextDocument({ language: 'chiso', content: broken });
                // Both went to the same server in this order: once the untitled one is checked, the other would be too.
                await waitFor('the untitled document\'s total mismatch', () => diagnostics(untitled.uri, 'chiso/total-mismatch').length === 1, DIAGNOSTIC_LATENCY_MS);
                assert.deepEqual(vscode.languages.getDiagnostics(virtual.uri), [], describe(virtual.uri));
            } finally {
                provider.dispose();
            }
        },
    },
    {
        name: 'the status bar shows the set total against its declaration, Σ 100/100 ✓',
        timeoutMs: 20_000,
        async run() {
            await statusShows('Σ 100/100 ✓');
            const sets = await totals(sampleUri());
            assert.deepEqual(sets.map(({ id, declared, sum, matches }) => ({ id, declared, sum, matches })), [{ id: 'MAU2024', declared: '100', sum: '100', matches: true }]);
        },
    },
    {
        name: 'Chiso: Compile to JSON writes MAU2024.json beside the file',
        timeoutMs: 20_000,
        async run() {
            /** @type {vscode.Uri[]} */
            const written = await vscode.commands.executeCommand('chiso.compileToJson');
            const expected = vscode.Uri.joinPath(folder(), 'MAU2024.json');
            assert.deepEqual(written.map(uri => uri.toString()), [expected.toString()]);
            const compiled = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(expected)));
            // The one source of the contract's version; a module importing nothing, so the extension host loads no Langium.
            const { FORMAT_VERSION } = await import(pathToFileURL(path.resolve(__dirname, '../../../packages/language/out/outputs/format-version.js')).href);
            assert.equal(compiled.formatVersion, FORMAT_VERSION);
            assert.equal(compiled.set.id, 'MAU2024');
            assert.equal(compiled.set.total, 100);
            assert.deepEqual(compiled.totals.bySource, { appraisal: 70, survey: 30, specialist: 0 });
            assert.deepEqual(compiled.items.map(/** @param {{ code: string }} i */ i => i.code), ['1', '2', '3']);
        },
    },
    {
        name: `raising component 1.1.1's max reports chiso/sum-mismatch on criterion 1.1 within ${DIAGNOSTIC_LATENCY_MS / 1000} s`,
        timeoutMs: 20_000,
        async run() {
            const uri = sampleUri();
            const criterionLine = lineOf(editor().document, 'criterion 1.1 ');
            const started = Date.now();
            await replaceOnLine('component 1.1.1 ', 'max 4 {', 'max 4.5 {');
            const mismatch = await waitFor('chiso/sum-mismatch on criterion 1.1', () => diagnostics(uri, 'chiso/sum-mismatch', criterionLine)[0], DIAGNOSTIC_LATENCY_MS);
            console.log(`    diagnostic after ${Date.now() - started} ms: ${mismatch.message}`);
            assert.equal(mismatch.severity, vscode.DiagnosticSeverity.Error);
            assert.match(mismatch.message, /10[.,]5/);
            // The total still matches, but the set has errors (this sum, and 70.5 appraisal points against the split's 70): no ✓.
            await statusShows('Σ 100/100 ✗ 2 lỗi');
        },
    },
    {
        name: 'Chiso: Preview annex shows the table beside the editor, a banner naming the errors, and redraws as the file changes',
        timeoutMs: 30_000,
        async run() {
            const document = editor().document;
            const criterionLine = lineOf(document, 'criterion 1.1 ');
            /** @type {string} */
            const html = await vscode.commands.executeCommand('chiso.previewAnnex');
            assert.match(html, /<tr class="component" data-code="1\.1\.1">/);
            assert.match(html, /Chỉ số cải cách hành chính mẫu năm 2024/);
            assert.equal(vscode.window.activeTextEditor?.document, document, 'the preview took the focus from the editor');
            const chiso = await api();
            await waitFor('the banner naming criterion 1.1\'s sum', () => chiso.previewHtml().includes('Tệp có 2 lỗi') && chiso.previewHtml().includes(`Dòng ${criterionLine + 1}: Tổng điểm tối đa của các mục con`));
            await replaceOnLine('component 1.1.2 ', 'max 6 {', 'max 6.25 {');
            await waitFor('the preview to show 6.25 for component 1.1.2', () => /data-code="1\.1\.2">[\s\S]*?<td class="num">6[.,]25</.test(chiso.previewHtml()));
            // A syntax error: the last good table stays, under the banner.
            await replaceOnLine('component 1.1.2 ', 'max 6.25 {', 'max {');
            await waitFor('the banner on the syntax error over the last table', () => chiso.previewHtml().includes('Do có lỗi cú pháp') && /data-code="1\.1\.2">[\s\S]*?<td class="num">6[.,]25</.test(chiso.previewHtml()));
            await replaceOnLine('component 1.1.2 ', 'max {', 'max 6 {');
            // Leave the state the next step starts from: criterion 1.1's children at 10.5 again.
            await waitFor('criterion 1.1 back at 10.5', () => diagnostics(document.uri, 'chiso/sum-mismatch', criterionLine).some(d => /\b10[.,]5\b/.test(d.message)), DIAGNOSTIC_LATENCY_MS);
        },
    },
    {
        name: 'the "Σ" quick fix sets criterion 1.1 to its children\'s sum and the error goes; the domain is next',
        timeoutMs: 20_000,
        async run() {
            const uri = sampleUri();
            const criterionLine = lineOf(editor().document, 'criterion 1.1 ');
            const domainLine = lineOf(editor().document, 'domain 1 ');
            const [mismatch] = diagnostics(uri, 'chiso/sum-mismatch', criterionLine);
            assert.ok(mismatch, `no sum mismatch on criterion 1.1:\n${describe(uri)}`);
            const title = await applySigmaFix(uri, mismatch);
            console.log(`    applied “${title}”`);
            assert.match(editor().document.lineAt(criterionLine).text, /max 10\.5 \{/);
            await waitFor('the sum mismatch on criterion 1.1 to go', () => diagnostics(uri, 'chiso/sum-mismatch', criterionLine).length === 0, DIAGNOSTIC_LATENCY_MS);
            // Raising the criterion moves the mismatch up one level, to its domain.
            await waitFor('chiso/sum-mismatch on domain 1', () => diagnostics(uri, 'chiso/sum-mismatch', domainLine).length === 1, DIAGNOSTIC_LATENCY_MS);
        },
    },
    {
        name: 'fixing the domain too breaks the total: the status bar turns to Σ 100,5/100 ✗ 2 lỗi',
        timeoutMs: 20_000,
        async run() {
            const uri = sampleUri();
            const domainLine = lineOf(editor().document, 'domain 1 ');
            await applySigmaFix(uri, diagnostics(uri, 'chiso/sum-mismatch', domainLine)[0]);
            await waitFor('chiso/total-mismatch', () => diagnostics(uri, 'chiso/total-mismatch').length === 1, DIAGNOSTIC_LATENCY_MS);
            assert.deepEqual(diagnostics(uri, 'chiso/sum-mismatch'), [], describe(uri));
            await statusShows('Σ 100,5/100 ✗ 2 lỗi');
            const [set] = await totals(uri);
            assert.deepEqual({ declared: set.declared, sum: set.sum, matches: set.matches }, { declared: '100', sum: '100.5', matches: false });
        },
    },
    {
        name: 'Compile to JSON refuses a document with errors and leaves the JSON as it was',
        timeoutMs: 20_000,
        async run() {
            /** @type {vscode.Uri[]} */
            const written = await vscode.commands.executeCommand('chiso.compileToJson');
            assert.deepEqual(written, []);
            const compiled = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), 'MAU2024.json'))));
            assert.equal(compiled.totals.maxPoints, 100);
        },
    },
    {
        name: 'chiso.language is vi by default; en switches the server and the extension\'s own texts, and back, with no error',
        timeoutMs: 90_000,
        async run() {
            const uri = sampleUri();
            const chiso = await api();
            const errorsBefore = chiso.clientErrors().length;
            await waitFor('the total mismatch in Vietnamese', () => diagnostics(uri, 'chiso/total-mismatch').some(d => d.message.startsWith('Tổng điểm tối đa của các lĩnh vực là 100,5')), 30_000);
            await statusShows('Σ 100,5/100 ✗ 2 lỗi');
            assert.match(chiso.statusTooltip() ?? '', /khác tổng điểm khai báo 100\./);
            await setting('language', 'en');
            await waitFor('the total mismatch in English', () => diagnostics(uri, 'chiso/total-mismatch').some(d => d.message.startsWith('The domains add up to 100.5')), 30_000);
            await statusShows('Σ 100.5/100 ✗ 2 errors');
            assert.match(chiso.statusTooltip() ?? '', /not the declared total of 100\. The set has 2 errors\./);
            await setting('language', undefined);
            await waitFor('the total mismatch in Vietnamese again', () => diagnostics(uri, 'chiso/total-mismatch').some(d => d.message.startsWith('Tổng điểm tối đa')), 30_000);
            // Each change restarted the server; the client reported nothing ("Starting server failed" was shown each time).
            assert.deepEqual(chiso.clientErrors().slice(errorsBefore), []);
        },
    },
    {
        name: 'chiso.surveyNotes = false leaves survey-sourced notes out of the Problems view, and back',
        timeoutMs: 60_000,
        async run() {
            const uri = sampleUri();
            await waitFor('survey-sourced notes', () => diagnostics(uri, 'chiso/survey-sourced').length > 0, 30_000);
            await setting('surveyNotes', false);
            await waitFor('no survey-sourced notes', () => diagnostics(uri, 'chiso/survey-sourced').length === 0 && diagnostics(uri, 'chiso/total-mismatch').length === 1, 30_000);
            await setting('surveyNotes', undefined);
            await waitFor('survey-sourced notes again', () => diagnostics(uri, 'chiso/survey-sourced').length > 0, 30_000);
        },
    },
    {
        name: 'chiso.strict shows a warning (a gap in the codes) as an error',
        timeoutMs: 60_000,
        async run() {
            const uri = sampleUri();
            await replaceOnLine('component 1.1.2 ', '1.1.2', '1.1.3');
            const gap = await waitFor('the chiso/code-gap warning', () => diagnostics(uri, 'chiso/code-gap')[0], DIAGNOSTIC_LATENCY_MS);
            assert.equal(gap.severity, vscode.DiagnosticSeverity.Warning);
            await setting('strict', true);
            await waitFor('the code gap as an error', () => diagnostics(uri, 'chiso/code-gap').some(d => d.severity === vscode.DiagnosticSeverity.Error), 30_000);
            await setting('strict', undefined);
            await waitFor('the code gap as a warning again', () => diagnostics(uri, 'chiso/code-gap').some(d => d.severity === vscode.DiagnosticSeverity.Warning), 30_000);
            // No settings change of this run made the client report an error.
            assert.deepEqual((await api()).clientErrors(), []);
        },
    },
    {
        name: 'Chiso: Check workspace checks a file never opened and opens the Problems view',
        timeoutMs: 30_000,
        async run() {
            const other = vscode.Uri.joinPath(folder(), 'other.chiso');
            const text = 'set KHAC "Bộ chỉ số khác" {\n    total 10\n    domain 1 "Một" max 9 { criterion 1.1 "Một" max 9 { scoring proportional } }\n}\n';
            await vscode.workspace.fs.writeFile(other, new TextEncoder().encode(text));
            /** @type {{ files: number; errors: number; warnings: number }} */
            const result = await vscode.commands.executeCommand('chiso.checkWorkspace');
            assert.equal(result.files, 2);
            assert.ok(diagnostics(other, 'chiso/total-mismatch').length === 1, describe(other));
            const expectedErrors = vscode.languages.getDiagnostics(sampleUri()).concat(vscode.languages.getDiagnostics(other)).filter(d => d.severity === vscode.DiagnosticSeverity.Error).length;
            assert.equal(result.errors, expectedErrors);
            assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === other.toString()), 'other.chiso was opened instead of being read by the server');
        },
    },
];

module.exports = { tests };
