/**
 * The language server with documents nested past Chiso's limits in its workspace folder (issue #16):
 * it used to die at start-up ("Error in WorkspaceManager initialization") and answer nothing.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { longString, nestedComponents, nestedParentheses, operatorChain, positionOf } from '../packages/language/test/deep-documents.js';
import { ROOT, workspace } from './cli.js';
import { LspClient, type Message } from './lsp-client.js';

interface Diagnostic { code: string; range: { start: { line: number; character: number } } }
interface Published { uri: string; diagnostics: Diagnostic[] }

const SERVER = path.join(ROOT, 'packages/extension/out/server.cjs');
let client: LspClient | undefined;

afterEach(async () => {
    await client?.shutdown();
    client = undefined;
});

const published = (uri: string) => (m: Message) => m.method === 'textDocument/publishDiagnostics' && (m.params as Published).uri === uri;

describe('language server with deep documents in its folder', () => {
    test('it keeps serving the valid file, and reports a deep one where it crosses the limit', async () => {
        const deep = nestedParentheses(300, true);
        const VALID = operatorChain(2).replace('total 10', 'total 20');
        const dir = workspace({
            'parentheses.chiso': deep,
            'components.chiso': nestedComponents(240),
            'long.chiso': longString(4 * 1024 * 1024),
            'valid.chiso': VALID,
        });
        const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
        client = new LspClient(process.execPath, [SERVER, '--stdio']);
        const folder = pathToFileURL(dir).toString();
        await client.request('initialize', { processId: null, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'ws' }], capabilities: {}, locale: 'en' });
        client.notify('initialized', {});

        const open = (name: string, text: string) => client!.notify('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'chiso', version: 1, text } });
        open('valid.chiso', VALID);
        expect(((await client.waitFor(published(uri('valid.chiso')), 60_000)).params as Published).diagnostics.map(d => d.code)).toEqual(['chiso/total-mismatch']);
        const hover = await client.request('textDocument/hover', { textDocument: { uri: uri('valid.chiso') }, position: { line: 3, character: 20 } });
        expect(hover.error).toBeUndefined();
        expect(JSON.stringify(hover.result)).toContain('1.1');

        open('parentheses.chiso', deep);
        const tooDeep = (await client.waitFor(published(uri('parentheses.chiso')), 60_000)).params as Published;
        const { line, column } = positionOf(deep, '(', 33);
        expect(tooDeep.diagnostics).toEqual([expect.objectContaining({ code: 'chiso/too-deep', range: expect.objectContaining({ start: { line: line - 1, character: column - 1 } }) })]);
        const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: uri('parentheses.chiso') } });
        expect(symbols.error).toBeUndefined();
    }, 120_000);
});
