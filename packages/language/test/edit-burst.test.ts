/**
 * A burst of edits in the editor is parsed once, from the latest text (workspace/latest-edit-document-builder.ts).
 * The client's messages reach the server one per event-loop turn; the test delivers edits the same way.
 */
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { createChisoServices } from '../src/lsp/chiso-lsp-module.js';

const nextTurn = () => new Promise<void>(resolve => setImmediate(resolve));

describe('edit bursts', () => {
    test('five edits delivered turn by turn are parsed once, as the last text', async () => {
        const { shared, Chiso } = createChisoServices(EmptyFileSystem);
        const parsed: string[] = [];
        const parser = Chiso.parser.LangiumParser;
        const parse = parser.parse.bind(parser);
        parser.parse = (input, options) => (parsed.push(input), parse(input, options));

        const uri = URI.parse('file:///burst/a.chiso');
        const texts = [1, 2, 3, 4, 5].map(max => `set S "Bộ chỉ số" {\n    domain 1 "Lĩnh vực" max ${max}\n}\n`);
        let last: Promise<void> | undefined;
        for (const [version, text] of texts.entries()) {
            shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'chiso', version + 1, text));
            last = shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update([uri], [], token));
            await nextTurn();
        }
        await last;

        expect(parsed).toEqual([texts[4]]);
        const document = shared.workspace.LangiumDocuments.getDocument(uri)!;
        expect(document.diagnostics?.map(d => d.code)).toContain('chiso/total-mismatch');
    });

    test('a build nobody can cancel (a command, a one-shot load) does not wait a turn', async () => {
        const { shared } = createChisoServices(EmptyFileSystem);
        const uri = URI.parse('file:///burst/b.chiso');
        shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'chiso', 1, 'set S "A" {\n    domain 1 "B" max 100\n}\n'));
        let turned = false;
        setImmediate(() => (turned = true));
        await shared.workspace.DocumentBuilder.update([uri], []);
        expect(turned).toBe(false);
        expect(shared.workspace.LangiumDocuments.getDocument(uri)?.diagnostics).toEqual([]);
    });
});
