/**
 * Formatting a whole text in the canonical layout (lsp/formatter.ts), for `chiso fmt` and tests.
 * Only whitespace between tokens changes. A text with syntax errors comes back unchanged (the
 * formatter makes no edits to it); the caller reports the errors.
 */
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { createChisoServices, type ChisoServices } from './lsp/chiso-lsp-module.js';

const BOM = '\ufeff';

/** Created on first use and shared: building the parser is the slow part. */
let services: ChisoServices | undefined;

export async function formatText(text: string, path = '/untitled.chiso'): Promise<string> {
    services ??= createChisoServices(EmptyFileSystem).Chiso;
    // The lexer takes a BOM for whitespace, which the formatter would remove.
    const bom = text.startsWith(BOM) ? BOM : '';
    const body = text.slice(bom.length);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(body, URI.file(path));
    const edits = await services.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 4, insertSpaces: true },
    });
    // The formatter writes `\n`; a file whose first line ends in CRLF keeps CRLF.
    const eol = /\r?\n/.exec(body)?.[0] ?? '\n';
    return bom + TextDocument.applyEdits(document.textDocument, edits.map(edit => ({ ...edit, newText: edit.newText.replaceAll('\n', eol) })));
}
