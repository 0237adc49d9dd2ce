import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './cli.js';
import { LspClient } from './lsp-client.js';

describe('chiso lsp --stdio', () => {
    test('answers initialize, publishes a sum error for an opened document in the client locale, shuts down cleanly', async () => {
        const client = new LspClient(process.execPath, [path.join(ROOT, 'packages/cli/bin/chiso.js'), 'lsp', '--stdio']);
        const init = await client.request('initialize', { processId: null, rootUri: null, capabilities: {}, locale: 'vi' });
        expect(init.result).toMatchObject({ capabilities: { textDocumentSync: expect.anything() } });
        client.notify('initialized', {});
        client.notify('textDocument/didOpen', {
            textDocument: { uri: 'file:///tmp/lsp-test/a.chiso', languageId: 'chiso', version: 1, text: 'set S "A" {\n  total 10\n  domain 1 "B" max 9\n}\n' },
        });
        const published = await client.waitFor(m => m.method === 'textDocument/publishDiagnostics');
        const diagnostics = (published.params as { diagnostics: { code: string; message: string; range: { start: { line: number } } }[] }).diagnostics;
        expect(diagnostics).toContainEqual(expect.objectContaining({
            code: 'chiso/total-mismatch',
            message: 'Tổng điểm tối đa của các lĩnh vực là 9, khác tổng điểm khai báo 10 (chênh lệch 1). Không có một số gõ nhầm nào giải thích được chênh lệch.',
            range: expect.objectContaining({ start: { line: 1, character: 8 } }),
        }));
        expect(await client.shutdown()).toBe(0);
    });
});
