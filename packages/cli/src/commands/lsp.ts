/** `chiso lsp --stdio`: the language server for any LSP editor, over stdin/stdout. */
import { startLanguageServer } from '@chiso/language/server';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';

export function lsp(): void {
    // The open connection keeps the process alive until the client sends `exit`.
    startLanguageServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
}
