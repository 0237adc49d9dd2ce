/**
 * The language server's capabilities: Langium's, plus selection ranges, a request Langium has no
 * service for (selection-range-provider.ts answers it; server.ts registers the handler).
 */
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { DefaultLanguageServer } from 'langium/lsp';

export class ChisoLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        return { ...result, capabilities: { ...result.capabilities, selectionRangeProvider: true } };
    }
}
