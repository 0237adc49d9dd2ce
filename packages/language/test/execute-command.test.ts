/**
 * The server's workspace/executeCommand answers (chiso.compile, chiso.totals, chiso.check,
 * chiso.annex, chiso.locate), in
 * process and once over stdio to prove the commands are advertised and routed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI, type FileSystemProvider } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterEach, describe, expect, test } from 'vitest';
import { createChisoServices } from '../src/lsp/chiso-lsp-module.js';
import { ChisoCommands, type AnnexResult, type CheckResult, type CommandRange, type CompileResult, type TotalsResult } from '../src/lsp/execute-command.js';
import { FORMAT_VERSION } from '../src/outputs/format-version.js';
import { LspClient } from '../../../test/lsp-client.js';

const CLEAN = `agency SoNoiVu "Sở Nội vụ"
set S2024 "Bộ chỉ số" {
    total 10
    domain 1 "Chỉ đạo, điều hành" max 4.5 {
        criterion 1.1 "Kế hoạch" max 4.5 { lead SoNoiVu  scoring proportional }
    }
    domain 2 "Thủ tục hành chính" max 5.5 {
        criterion 2.1 "Hồ sơ đúng hạn" max 5.5 { scoring proportional }
    }
}
set T2024 "Bộ thứ hai" {
    total 10/3
    domain 1 "Một" max 10/3 { criterion 1.1 "Một" max 10/3 { scoring proportional } }
}
`;
/** Domain 2 and its criterion raised by 0.05: the domains add up to 10.05, not 10. */
const BROKEN = CLEAN.replaceAll('max 5.5 {', 'max 5.55 {');

async function servicesWith(fileSystem: { fileSystemProvider: () => FileSystemProvider }) {
    const services = createChisoServices(fileSystem);
    services.Chiso.i18n.Locale.lang = 'en';
    // Commands wait for the workspace like in the editor; here there is no folder to load.
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    return services;
}

async function open(text: string, file = '/ws/a.chiso') {
    const services = await servicesWith(EmptyFileSystem);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const document = LangiumDocumentFactory.fromString(text, URI.file(file));
    LangiumDocuments.addDocument(document);
    await DocumentBuilder.build([document], { validation: true });
    const run = <T>(command: string, ...args: unknown[]) => services.shared.lsp.ExecuteCommandHandler!.executeCommand(command, args) as Promise<T>;
    return { uri: document.uri.toString(), run };
}

describe('chiso.compile', () => {
    test('returns the JSON contract of every set of a clean document', async () => {
        const { uri, run } = await open(CLEAN);
        const result = await run<CompileResult>(ChisoCommands.compile, uri);
        expect(result.errors).toEqual([]);
        expect(result.sets.map(s => s.id)).toEqual(['S2024', 'T2024']);
        const compiled = JSON.parse(result.sets[0].json);
        expect(compiled).toMatchObject({ formatVersion: FORMAT_VERSION, set: { id: 'S2024', total: 10 }, totals: { maxPoints: 10 } });
        expect(JSON.parse(result.sets[1].json).set.total).toBe('10/3');
        expect(result.sets[0].json.endsWith('}\n')).toBe(true);
    });

    test('returns the errors instead of JSON when the document has any', async () => {
        const { uri, run } = await open(BROKEN);
        const result = await run<CompileResult>(ChisoCommands.compile, uri);
        expect(result.sets).toEqual([]);
        expect(result.errors).toEqual([expect.objectContaining({ code: 'chiso/total-mismatch', message: expect.stringContaining('10.05') })]);
        expect(result.errors[0].range.start.line).toBe(2);
    });

    test('rejects a call without a URI and a URI it does not know', async () => {
        const { run } = await open(CLEAN);
        await expect(run(ChisoCommands.compile)).rejects.toThrow(/URI/);
        await expect(run(ChisoCommands.compile, 'file:///elsewhere/b.chiso')).rejects.toThrow(/no document/);
    });
});

describe('chiso.totals', () => {
    test("gives each set's domains sum and declared total as exact text, with the set's range", async () => {
        const { uri, run } = await open(CLEAN);
        const result = await run<TotalsResult>(ChisoCommands.totals, uri);
        expect(result.sets).toEqual([
            expect.objectContaining({ id: 'S2024', declared: '10', sum: '10', matches: true }),
            expect.objectContaining({ id: 'T2024', declared: '10/3', sum: '10/3', matches: true }),
        ]);
        expect(result.sets[0].range.start.line).toBe(1);
        expect(result.sets[1].range.start.line).toBe(10);
    });

    test('reports a mismatch decided exactly (10.05 against 10)', async () => {
        const { uri, run } = await open(BROKEN);
        const [first] = (await run<TotalsResult>(ChisoCommands.totals, uri)).sets;
        expect(first).toMatchObject({ declared: '10', sum: '10.05', matches: false });
    });

    test('says what remains to detail in an outline set; a header-only set has no sum; a full set no outline', async () => {
        const { uri, run } = await open(`set O "Dàn ý" {
    total 10
    domain 1 "A" max 4 { criterion 1.1 "a" max 4 }
    domain 2 "B" max 6 { counts { criteria 3  components 5 } }
}
set H "Khai báo" {
    total 100
    counts { domains 8 }
}
${CLEAN.slice(CLEAN.indexOf('set S2024'))}`);
        const [outline, header, full] = (await run<TotalsResult>(ChisoCommands.totals, uri)).sets;
        expect(outline).toMatchObject({ sum: '10', matches: true, outline: {
            short: 'outline: 3 criteria, 5 components to write',
            full: 'Outline: 1 item not yet detailed, 3 criteria, 5 components not yet written',
        } });
        expect(header).toMatchObject({ sum: null, declared: '100', outline: { short: 'no domains yet: 8 domains to write' } });
        expect(full).toMatchObject({ id: 'S2024', matches: true, outline: null });
    });

        test('a max that is not a number gives a null sum, never a wrong one', async () => {
        const { uri, run } = await open(CLEAN.replace('max 4.5 {\n        criterion', 'max 1/0 {\n        criterion'));
        const [first] = (await run<TotalsResult>(ChisoCommands.totals, uri)).sets;
        expect(first).toMatchObject({ declared: '10', sum: null, matches: false });
    });
});

describe('chiso.check and pending edits (files on disk)', () => {
    let dir: string | undefined;
    afterEach(async () => {
        if (dir) await rm(dir, { recursive: true, force: true });
    });

    test('reads files it has not seen, re-reads changed ones, and counts their diagnostics', async () => {
        dir = await mkdtemp(path.join(tmpdir(), 'chiso-check-'));
        const file = path.join(dir, 'a.chiso');
        await writeFile(file, BROKEN);
        const services = await servicesWith(NodeFileSystem);
        const handler = services.shared.lsp.ExecuteCommandHandler!;
        const uri = URI.file(file).toString();
        const missing = URI.file(path.join(dir, 'gone.chiso')).toString();

        const first = await handler.executeCommand(ChisoCommands.check, [[uri, missing]]) as CheckResult;
        expect(first).toEqual({ files: 1, errors: 1, warnings: 0, infos: 0, unread: [missing] });

        await writeFile(file, CLEAN);
        const second = await handler.executeCommand(ChisoCommands.check, [[uri]]) as CheckResult;
        expect(second).toEqual({ files: 1, errors: 0, warnings: 0, infos: 0, unread: [] });
    });

    test('a command queued behind an edit answers for the edited text', async () => {
        dir = await mkdtemp(path.join(tmpdir(), 'chiso-pending-'));
        const file = path.join(dir, 'a.chiso');
        await writeFile(file, CLEAN);
        const services = await servicesWith(NodeFileSystem);
        const { DocumentBuilder, LangiumDocuments, WorkspaceLock } = services.shared.workspace;
        const uri = URI.file(file);
        await DocumentBuilder.build([await LangiumDocuments.getOrCreateDocument(uri)], { validation: true });

        await writeFile(file, BROKEN);
        // What the editor's didChange does: queue a rebuild, without waiting for it.
        void WorkspaceLock.write(token => DocumentBuilder.update([uri], [], token));
        const result = await services.shared.lsp.ExecuteCommandHandler!.executeCommand(ChisoCommands.totals, [uri.toString()]) as TotalsResult;
        expect(result.sets[0]).toMatchObject({ sum: '10.05', matches: false });
    });
});

describe('over the protocol', () => {
    test('the server advertises the commands and answers workspace/executeCommand', async () => {
        const main = fileURLToPath(new URL('../out/lsp/main.js', import.meta.url));
        const client = new LspClient(process.execPath, [main, '--stdio']);
        try {
            const init = await client.request('initialize', { processId: null, rootUri: null, capabilities: {}, locale: 'en' });
            expect(init.result).toMatchObject({ capabilities: { executeCommandProvider: { commands: expect.arrayContaining(Object.values(ChisoCommands)) } } });
            client.notify('initialized', {});
            const uri = 'file:///tmp/chiso-execute-command/a.chiso';
            client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'chiso', version: 1, text: CLEAN } });
            client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: BROKEN }] });
            const totals = await client.request('workspace/executeCommand', { command: ChisoCommands.totals, arguments: [uri] });
            expect((totals.result as TotalsResult).sets[0]).toMatchObject({ id: 'S2024', sum: '10.05', declared: '10', matches: false });
            const compiled = await client.request('workspace/executeCommand', { command: ChisoCommands.compile, arguments: [uri] });
            expect((compiled.result as CompileResult).errors[0]).toMatchObject({ code: 'chiso/total-mismatch' });
        } finally {
            expect(await client.shutdown()).toBe(0);
        }
    });
});

describe('chiso.annex and chiso.locate (the annex preview)', () => {
    test('the annex of each set as HTML, also while its sums do not add up', async () => {
        const { uri, run } = await open(BROKEN);
        const result = await run<AnnexResult>(ChisoCommands.annex, uri);
        expect(result.syntaxErrors).toBe(0);
        expect(result.sets.map(s => s.id)).toEqual(['S2024', 'T2024']);
        expect(result.sets[0].html).toContain('<tr class="criterion" data-code="2.1">');
        expect(result.sets[0].html).toContain('<td class="num">5.55</td>');
    });

    test('a document with syntax errors gives no table, only the count', async () => {
        const { uri, run } = await open('set S "A" { domain 1 "B" 5 }');
        expect(await run<AnnexResult>(ChisoCommands.annex, uri)).toMatchObject({ sets: [], syntaxErrors: 1 });
    });

    test('locate finds the line of an item by its full code, and nothing for an unknown code', async () => {
        const { uri, run } = await open(CLEAN);
        const range = await run<CommandRange | null>(ChisoCommands.locate, uri, '2.1');
        expect(range?.start).toEqual({ line: 7, character: 8 });
        expect(await run<CommandRange | null>(ChisoCommands.locate, uri, '9.9')).toBeNull();
    });
});
