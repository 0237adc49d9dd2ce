/** The bundled language server over stdio, as any LSP client sees it. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ROOT } from './cli.js';
import { LspClient, type Message } from './lsp-client.js';

interface Diagnostic { code: string; message: string; severity: number; range: { start: { line: number; character: number } } }
interface Published { uri: string; diagnostics: Diagnostic[] }

const SERVER = path.join(ROOT, 'packages/extension/out/server.cjs');
let client: LspClient | undefined;

let initialized: Message | undefined;

async function start(locale = 'en', initializationOptions?: unknown, workspaceFolder?: string): Promise<LspClient> {
    client = new LspClient(process.execPath, [SERVER, '--stdio']);
    const workspace = workspaceFolder ? { rootUri: workspaceFolder, workspaceFolders: [{ uri: workspaceFolder, name: 'ws' }] } : { rootUri: null };
    initialized = await client.request('initialize', { processId: null, ...workspace, capabilities: {}, locale, initializationOptions });
    client.notify('initialized', {});
    return client;
}

const open = (c: LspClient, uri: string, text: string) =>
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'chiso', version: 1, text } });

const publishedFor = (uri: string) => (m: Message) => m.method === 'textDocument/publishDiagnostics' && (m.params as Published).uri === uri;
const diagnosticsOf = (m: Message) => (m.params as Published).diagnostics;

afterEach(async () => {
    await client?.shutdown();
    client = undefined;
});

describe('language server over stdio', () => {
    test('diagnostics follow edits: a raised max reports the parent, the fix clears it', async () => {
        const c = await start();
        const uri = 'file:///ws/a.chiso';
        const text = 'set S "A" {\n    total 3\n    domain 1 "B" max 3 {\n        criterion 1.1 "C" max 1\n        criterion 1.2 "D" max 2\n    }\n}\n';
        open(c, uri, text);
        expect(diagnosticsOf(await c.waitFor(publishedFor(uri)))).toEqual([]);
        let from = c.mark();
        c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 3, character: 30 }, end: { line: 3, character: 31 } }, text: '2' }] });
        const broken = diagnosticsOf(await c.waitFor(publishedFor(uri), 15_000, from));
        expect(broken).toEqual([expect.objectContaining({ code: 'chiso/sum-mismatch', range: expect.objectContaining({ start: { line: 2, character: 21 } }) })]);
        from = c.mark();
        c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
        expect(diagnosticsOf(await c.waitFor(publishedFor(uri), 15_000, from))).toEqual([]);
    });

    test('an error caused by another file of the folder clears when that file is fixed', async () => {
        const c = await start();
        const a = 'file:///ws/p/a.chiso', b = 'file:///ws/p/b.chiso';
        open(c, a, 'agency SNV "Sở Nội vụ"\n');
        open(c, b, 'agency SNV "Sở Nội vụ (bản sao)"\n');
        await c.waitFor(m => publishedFor(a)(m) && diagnosticsOf(m).some(d => d.code === 'chiso/duplicate-name'));
        const from = c.mark();
        c.notify('textDocument/didChange', { textDocument: { uri: b, version: 2 }, contentChanges: [{ text: 'agency STP "Sở Tư pháp"\n' }] });
        const cleared = await c.waitFor(publishedFor(a), 15_000, from);
        expect(diagnosticsOf(cleared)).toEqual([]);
    });

    test('an edit rechecks a file with an unknown agency only when made in that file\'s folder', async () => {
        const c = await start();
        const set = 'file:///ws/r1/set.chiso', agencies = 'file:///ws/r1/agencies.chiso';
        const elsewhere = 'file:///ws/r2/other.chiso', third = 'file:///ws/r3/third.chiso';
        const clean = 'set S "A" {\n    total 1\n    domain 1 "B" max 1\n}\n';
        open(c, set, 'set S "A" {\n    total 1\n    domain 1 "B" max 1 {\n        lead SNV\n    }\n}\n');
        expect(diagnosticsOf(await c.waitFor(publishedFor(set))).map(d => d.message)).toEqual([expect.stringContaining('SNV')]);
        open(c, elsewhere, clean);
        open(c, third, clean);
        await c.waitFor(publishedFor(third));
        // Edits in other folders: the set is not rechecked (its agency cannot come from there).
        const from = c.mark();
        c.notify('textDocument/didChange', { textDocument: { uri: elsewhere, version: 2 }, contentChanges: [{ text: clean.replace('max 1\n}', 'max 2\n}') }] });
        await c.waitFor(publishedFor(elsewhere), 15_000, from);
        // Builds run one after another: once the third folder's edit is published, the first edit's build is over.
        const last = c.mark();
        c.notify('textDocument/didChange', { textDocument: { uri: third, version: 2 }, contentChanges: [{ text: clean.replace('max 1\n}', 'max 2\n}') }] });
        await c.waitFor(publishedFor(third), 15_000, last);
        expect(c.received.slice(from).filter(publishedFor(set))).toEqual([]);
        // The agency declared in the set's own folder: the error goes.
        const declared = c.mark();
        open(c, agencies, 'agency SNV "Sở Nội vụ"\n');
        expect(diagnosticsOf(await c.waitFor(publishedFor(set), 15_000, declared))).toEqual([]);
    });

    test('the annex preview answers once its file is checked, not after every file of the workspace, and for the text just typed', async () => {
        const workspace = mkdtempSync(path.join(os.tmpdir(), 'chiso-lsp-annex-'));
        try {
            const example = readFileSync(path.join(ROOT, 'examples/illustrative/vinhlong-2023/department.chiso'), 'utf8');
            const others = 20;
            for (let i = 0; i < others; i++) {
                mkdirSync(path.join(workspace, `p${i}`));
                writeFileSync(path.join(workspace, `p${i}/set.chiso`), example);
            }
            mkdirSync(path.join(workspace, 'mine'));
            const text = 'set S "A" {\n    total 3\n    domain 1 "B" max 3 {\n        criterion 1.1 "C" max 1\n        criterion 1.2 "D" max 2\n    }\n}\n';
            writeFileSync(path.join(workspace, 'mine/set.chiso'), text);
            const c = await start('en', undefined, pathToFileURL(workspace).href);
            const uri = pathToFileURL(path.join(workspace, 'mine/set.chiso')).href;
            const published = () => c.received.filter(m => m.method === 'textDocument/publishDiagnostics').length;
            // Opened and previewed at once: the first build after opening checks all 21 files.
            open(c, uri, text);
            const first = await c.request('workspace/executeCommand', { command: 'chiso.annex', arguments: [uri] });
            expect(published()).toBeLessThan(others);
            expect((first.result as { sets: { html: string }[] }).sets[0].html).toContain('<td class="num">2</td>');
            // Typed and previewed at once: the table is that of the new text.
            c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 4, character: 30 }, end: { line: 4, character: 31 } }, text: '7' }] });
            const edited = await c.request('workspace/executeCommand', { command: 'chiso.annex', arguments: [uri] });
            expect((edited.result as { sets: { html: string }[] }).sets[0].html).toContain('<td class="num">7</td>');
        } finally {
            rmSync(workspace, { recursive: true, force: true });
        }
    });

    test('opening a file that clashes with an already checked one reports the clash in both', async () => {
        const c = await start();
        const a = 'file:///ws/q/a.chiso', b = 'file:///ws/q/b.chiso';
        open(c, a, 'agency SNV "Sở Nội vụ"\n');
        expect(diagnosticsOf(await c.waitFor(publishedFor(a)))).toEqual([]);
        const from = c.mark();
        open(c, b, 'agency SNV "Sở Nội vụ (bản sao)"\n');
        const clash = await c.waitFor(publishedFor(a), 15_000, from);
        expect(diagnosticsOf(clash).map(d => d.code)).toEqual(['chiso/duplicate-name']);
    });

    test('a request before initialize is refused, as the protocol says, and a second initialize too', async () => {
        client = new LspClient(process.execPath, [SERVER, '--stdio']);
        const early = await client.request('textDocument/hover', { textDocument: { uri: 'file:///ws/early.chiso' }, position: { line: 0, character: 0 } });
        expect(early.error).toEqual({ code: -32002, message: 'Máy chủ ngôn ngữ chưa được khởi tạo: hãy gửi `initialize` trước.' });
        const first = await client.request('initialize', { processId: null, rootUri: null, capabilities: {}, locale: 'en' });
        expect(first.error).toBeUndefined();
        client.notify('initialized', {});
        const second = await client.request('initialize', { processId: null, rootUri: null, capabilities: {}, locale: 'en' });
        expect(second.error).toEqual({ code: -32600, message: 'The language server is already initialized; `initialize` may be sent only once.' });
    });

    test('a hover on a document the server does not know is an error, not an error object as the result', async () => {
        const c = await start();
        const reply = await c.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/unknown.chiso' }, position: { line: 0, character: 0 } });
        expect(reply.result).toBeUndefined();
        expect(reply.error).toMatchObject({ code: -32802, message: expect.stringContaining('file:///nowhere/unknown.chiso') });
    });

    test('formatting returns the canonical layout as edits', async () => {
        const c = await start();
        const uri = 'file:///ws/f.chiso';
        open(c, uri, 'set S "A" {\ndomain 1 "B" max 100\n}\n');
        await c.waitFor(publishedFor(uri));
        const reply = await c.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
        expect(reply.result).toContainEqual(expect.objectContaining({ newText: '\n    ' }));
    });

    describe('survey-sourced notes can be left out of the diagnostics; italics and hover stay', () => {
        const TEXT = 'survey SIPAS "Chỉ số hài lòng"\nset S "A" {\n    total 10\n    domain 1 "B" max 10 {\n        criterion 1.1 "C" max 6\n        criterion 1.2 "D" max 4 { source survey SIPAS }\n    }\n}\n';

        /** The diagnostics' codes, the hover on 1.2, and whether any token of line 5 carries `surveySourced`. */
        async function look(c: LspClient, uri: string) {
            open(c, uri, TEXT);
            const codes = diagnosticsOf(await c.waitFor(publishedFor(uri))).map(d => d.code);
            const hover = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 19 } });
            const legend = (initialized!.result as { capabilities: { semanticTokensProvider: { legend: { tokenModifiers: string[] } } } }).capabilities.semanticTokensProvider.legend;
            const bit = 1 << legend.tokenModifiers.indexOf('surveySourced');
            const data = ((await c.request('textDocument/semanticTokens/full', { textDocument: { uri } })).result as { data: number[] }).data;
            let line = 0;
            const italicLines = new Set<number>();
            for (let i = 0; i < data.length; i += 5) {
                line += data[i];
                if (data[i + 4] & bit) italicLines.add(line);
            }
            return { codes, hover: JSON.stringify(hover.result), italicLines: [...italicLines] };
        }

        test('by default every survey-sourced item is a note', async () => {
            const seen = await look(await start('vi'), 'file:///ws/n1/a.chiso');
            expect(seen.codes).toEqual(['chiso/survey-sourced']);
            expect(seen.italicLines).toEqual([5]);
            expect(seen.hover).toContain('SIPAS');
        });

        test('initializationOptions { surveyNotes: false } leaves them out, and nothing else', async () => {
            const seen = await look(await start('vi', { surveyNotes: false }), 'file:///ws/n2/a.chiso');
            expect(seen.codes).toEqual([]);
            expect(seen.italicLines).toEqual([5]);
            expect(seen.hover).toContain('SIPAS');
            // Errors are still reported.
            const c = client!;
            const broken = 'file:///ws/n3/a.chiso';
            open(c, broken, TEXT.replace('max 6', 'max 5'));
            expect(diagnosticsOf(await c.waitFor(publishedFor(broken))).map(d => d.code)).toEqual(['chiso/sum-mismatch']);
        });

        test("a workspace folder's own surveyNotes wins over the window's, the innermost folder first", async () => {
            const c = await start('vi', { surveyNotes: false, folders: { 'file:///ws/p1': { surveyNotes: true }, 'file:///ws/p1/draft/': { surveyNotes: false }, 'file:///ws/p2': {} } });
            expect((await look(c, 'file:///ws/p1/a.chiso')).codes).toEqual(['chiso/survey-sourced']);
            expect((await look(c, 'file:///ws/p1/draft/a.chiso')).codes).toEqual([]);
            // A folder without a choice of its own, and a file beside no folder, follow the window.
            expect((await look(c, 'file:///ws/p2/a.chiso')).codes).toEqual([]);
            expect((await look(c, 'file:///ws/p10/a.chiso')).codes).toEqual([]);
        });
    });

    describe('a file is checked with the files beside it on disk, whatever the workspace', () => {
        const errorsOrWarnings = (m: Message) => diagnosticsOf(m).filter(d => d.severity <= 2);
        /** Resolves if `uri` gets non-empty diagnostics within a short while, rejects otherwise. */
        const reportsAnything = (c: LspClient, uri: string, from: number) =>
            c.waitFor(m => publishedFor(uri)(m) && diagnosticsOf(m).length > 0, 1500, from);

        let folder: string;
        beforeEach(() => { folder = mkdtempSync(path.join(os.tmpdir(), 'chiso-lsp-')); });
        afterEach(() => rmSync(folder, { recursive: true, force: true }));

        test.each([['no workspace', false], ['another workspace folder', true]])('a file opened without its folder (%s) sees the agencies of its siblings, as `chiso check` does', async (_, elsewhere) => {
            const c = await start('en', undefined, elsewhere ? pathToFileURL(folder).toString() : undefined);
            const file = path.join(ROOT, 'examples/illustrative/vinhlong-2023/department.chiso');
            const uri = pathToFileURL(file).toString();
            open(c, uri, readFileSync(file, 'utf8'));
            // While the siblings are read, requests about the file are answered (an editor asks at once).
            // ServerCancelled (-32802) means "ask again" in LSP, and editors do: until the open itself
            // is processed (behind the workspace's first build on a loaded machine) that is the answer.
            let symbols = await c.request('textDocument/documentSymbol', { textDocument: { uri } });
            for (let tries = 0; (symbols.error as { code?: number } | undefined)?.code === -32802 && tries < 50; tries++) {
                await new Promise(resolve => setTimeout(resolve, 100));
                symbols = await c.request('textDocument/documentSymbol', { textDocument: { uri } });
            }
            expect(symbols.error).toBeUndefined();
            const published = await c.waitFor(publishedFor(uri));
            expect(errorsOrWarnings(published)).toEqual([]);
            expect(new Set(diagnosticsOf(published).map(d => d.code))).toEqual(new Set(['chiso/survey-sourced']));
        });

        test('a sibling read from disk reports nothing of its own; opened, edited and closed it counts as it is shown', async () => {
            const shared = path.join(folder, 'shared.chiso'), set = path.join(folder, 'set.chiso');
            // The sibling has an error of its own (a duplicate agency) that only opening it may show.
            writeFileSync(shared, 'agency SNV "Sở Nội vụ"\nagency STP "Sở Tư pháp"\nagency STP "Sở Tư pháp (bản sao)"\n');
            const setText = 'set S "A" {\n    total 1\n    domain 1 "B" max 1 {\n        lead SNV\n        criterion 1.1 "C" max 1\n    }\n}\n';
            writeFileSync(set, setText);
            const sharedUri = pathToFileURL(shared).toString(), setUri = pathToFileURL(set).toString();
            const c = await start();
            open(c, setUri, setText);
            expect(diagnosticsOf(await c.waitFor(publishedFor(setUri)))).toEqual([]);
            await expect(reportsAnything(c, sharedUri, 0)).rejects.toThrow();

            // Opened, the sibling shows its own error; an edit there is seen by the set.
            let from = c.mark();
            open(c, sharedUri, readFileSync(shared, 'utf8'));
            expect(diagnosticsOf(await c.waitFor(publishedFor(sharedUri), 15_000, from)).map(d => d.code)).toContain('chiso/duplicate-name');
            from = c.mark();
            c.notify('textDocument/didChange', { textDocument: { uri: sharedUri, version: 2 }, contentChanges: [{ text: 'agency STP "Sở Tư pháp"\n' }] });
            expect(diagnosticsOf(await c.waitFor(publishedFor(setUri), 15_000, from)).map(d => d.code)).toEqual(['chiso/unknown-agency']);

            // Closed unsaved, it is the file on disk again: the set is clean, the sibling's errors are cleared.
            from = c.mark();
            c.notify('textDocument/didClose', { textDocument: { uri: sharedUri } });
            expect(diagnosticsOf(await c.waitFor(publishedFor(sharedUri), 15_000, from))).toEqual([]);
            expect(diagnosticsOf(await c.waitFor(publishedFor(setUri), 15_000, from))).toEqual([]);

            // Changed on disk, it is read again when a file of the folder is saved.
            writeFileSync(shared, 'agency STP "Sở Tư pháp"\n');
            from = c.mark();
            c.notify('textDocument/didSave', { textDocument: { uri: setUri } });
            expect(diagnosticsOf(await c.waitFor(publishedFor(setUri), 15_000, from)).map(d => d.code)).toEqual(['chiso/unknown-agency']);
            await expect(reportsAnything(c, sharedUri, from)).rejects.toThrow();
        });

        test.each(['chisopreview:/ws/r/a.chiso', 'git:/ws/r/a.chiso?ref%3DHEAD'])('a document that is not a file (%s) reports nothing, and is cleared when closed', async preview => {
            const c = await start();
            open(c, preview, 'set S "A" {\n    total 1\n    domain 1 "B" max 1 {\n        lead SNV\n        criterion 1.1 "C" max 1\n    }\n}\n');
            await expect(reportsAnything(c, preview, 0)).rejects.toThrow();
            const from = c.mark();
            c.notify('textDocument/didClose', { textDocument: { uri: preview } });
            expect(diagnosticsOf(await c.waitFor(publishedFor(preview), 15_000, from))).toEqual([]);
        });
    });

    describe('rename refuses a name that would break the files it edits', () => {
        const agencies = 'file:///ws/rn/agencies.chiso', set = 'file:///ws/rn/set.chiso';
        const onSNV = { textDocument: { uri: agencies }, position: { line: 0, character: 8 } };

        async function folder(locale: string): Promise<LspClient> {
            const c = await start(locale);
            open(c, agencies, 'agency SNV "Sở Nội vụ"\nagency STP "Sở Tư pháp"\n');
            open(c, set, 'set S "A" {\n    total 2\n    domain 1 "B" max 2 {\n        lead SNV\n        criterion 1.1 "C" max 1 { exempt SNV }\n        criterion 1.2 "D" max 1\n    }\n}\n');
            await c.waitFor(publishedFor(set));
            return c;
        }
        const renameTo = (c: LspClient, newName: string) => c.request('textDocument/rename', { ...onSNV, newName });

        test('a title, an empty name, a keyword or a taken name are refused with a message; a good name renames everywhere', async () => {
            const c = await folder('en');
            expect((await renameTo(c, 'Sở Nội vụ')).error).toEqual({ code: -32803, message: 'Cannot rename to “Sở Nội vụ”: a name is one word without spaces, starting with a letter (e.g. SoNoiVu), and not a keyword.' });
            expect((await renameTo(c, '')).error).toMatchObject({ message: expect.stringContaining('Cannot rename to “”') });
            expect((await renameTo(c, 'domain')).error).toMatchObject({ message: expect.stringContaining('Cannot rename to “domain”') });
            expect((await renameTo(c, 'STP')).error).toEqual({ code: -32803, message: 'Cannot rename to “STP”: the name is already taken in the same folder (or the same formula or choice), so there would be two with one name.' });
            const good = await renameTo(c, 'SoNoiVu');
            expect(good.error).toBeUndefined();
            const changes = (good.result as { changes: Record<string, { newText: string }[]> }).changes;
            expect(Object.keys(changes).sort()).toEqual([agencies, set]);
            // The declaration, `lead` and `exempt`.
            expect(Object.values(changes).flat().map(e => e.newText)).toEqual(['SoNoiVu', 'SoNoiVu', 'SoNoiVu']);
        });

        test('in Vietnamese, and prepareRename says when the cursor is on no name', async () => {
            const c = await folder('vi');
            expect((await renameTo(c, 'Sở Nội vụ')).error).toMatchObject({ message: 'Không đổi tên thành “Sở Nội vụ” được: tên là một từ viết liền, không dấu cách, bắt đầu bằng chữ cái (ví dụ SoNoiVu), và không phải từ khóa.' });
            expect((await renameTo(c, 'STP')).error).toMatchObject({ message: expect.stringContaining('đã có trong cùng thư mục') });
            expect((await c.request('textDocument/prepareRename', onSNV)).result).toMatchObject({ start: { line: 0, character: 7 } });
            const onKeyword = await c.request('textDocument/prepareRename', { textDocument: { uri: agencies }, position: { line: 0, character: 2 } });
            expect(onKeyword.error).toMatchObject({ message: expect.stringContaining('Ở đây không có tên nào để đổi') });
        });
    });

    test('completion inside a component offers what a component holds, with its first sub-component', async () => {
        const c = await start();
        const uri = 'file:///ws/cp/a.chiso';
        open(c, uri, 'set S "A" {\n    decision "1/QĐ"\n    domain 1 "B" max 3 {\n        criterion 1.1 "C" max 3 {\n            component 1.1.1 "D" max 1\n            component 1.1.2 "E" max 1 {\n                \n            }\n            component 1.1.3 "F" max 1\n        }\n    }\n}\n');
        await c.waitFor(publishedFor(uri));
        const labelsAt = async (line: number, character: number) =>
            ((await c.request('textDocument/completion', { textDocument: { uri }, position: { line, character } })).result as { items: { label: string }[] }).items.map(i => i.label);
        const inComponent = await labelsAt(6, 16);
        expect(inComponent).toEqual(expect.arrayContaining(['component', 'scoring', 'component 1.1.2.1']));
        expect(inComponent).not.toContain('domain');
        expect(inComponent).not.toContain('criterion');
    });
});
