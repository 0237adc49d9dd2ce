/** Dependency injection: Chiso's services on top of Langium's defaults. */
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { inject, type Module } from 'langium';
import { ChisoGeneratedModule, ChisoGeneratedSharedModule } from './generated/module.js';
import { ChisoDocumentValidator } from './chiso-document-validator.js';
import { FolderDocumentBuilder } from './references/folder-document-builder.js';
import { FolderScopeProvider } from './references/folder-scope.js';
import { NfcValueConverter } from './references/nfc-value-converter.js';
import { registerChecks } from './chiso-validator.js';
import { ChisoLocale } from './i18n/locale.js';
import { ChisoLexerErrorMessages, ChisoParserErrorMessages } from './i18n/syntax-messages.js';
import { ChisoFormatter } from './lsp/formatter.js';
import { ChisoCodeActionProvider } from './lsp/code-actions.js';
import { ChisoCompletionProvider } from './lsp/completion-provider.js';
import { ChisoExecuteCommandHandler } from './lsp/execute-command.js';
import { ChisoDocumentSymbolProvider } from './lsp/document-symbol-provider.js';
import { ChisoFoldingRangeProvider } from './lsp/folding-range-provider.js';
import { ChisoHoverProvider } from './lsp/hover-provider.js';
import { ChisoInlayHintProvider } from './lsp/inlay-hint-provider.js';
import { ChisoLanguageServer } from './lsp/selection-range-provider.js';
import { ChisoSemanticTokenProvider } from './lsp/semantic-token-provider.js';
import { ChisoWorkspaceSymbolProvider } from './lsp/workspace-symbol-provider.js';

export interface ChisoAddedServices {
    i18n: {
        Locale: ChisoLocale;
    };
}

export type ChisoServices = LangiumServices & ChisoAddedServices;

export const ChisoModule: Module<ChisoServices, PartialLangiumServices & ChisoAddedServices> = {
    i18n: {
        Locale: () => new ChisoLocale(),
    },
    parser: {
        ValueConverter: () => new NfcValueConverter(),
        ParserErrorMessageProvider: (services) => new ChisoParserErrorMessages(services.i18n.Locale),
        LexerErrorMessageProvider: (services) => new ChisoLexerErrorMessages(services.i18n.Locale),
    },
    validation: {
        DocumentValidator: (services) => new ChisoDocumentValidator(services),
    },
    references: {
        ScopeProvider: (services) => new FolderScopeProvider(services),
    },
    lsp: {
        Formatter: () => new ChisoFormatter(),
        CodeActionProvider: (services) => new ChisoCodeActionProvider(services),
        CompletionProvider: (services) => new ChisoCompletionProvider(services),
        HoverProvider: (services) => new ChisoHoverProvider(services),
        InlayHintProvider: (services) => new ChisoInlayHintProvider(services),
        SemanticTokenProvider: (services) => new ChisoSemanticTokenProvider(services),
        DocumentSymbolProvider: (services) => new ChisoDocumentSymbolProvider(services),
        FoldingRangeProvider: (services) => new ChisoFoldingRangeProvider(services),
    },
};

export interface ChisoAllServices {
    shared: LangiumSharedServices;
    Chiso: ChisoServices;
}

/** Shared services: a folder's files are rechecked together (see FolderDocumentBuilder). */
const ChisoSharedModule = {
    workspace: {
        DocumentBuilder: (services: LangiumSharedServices) => new FolderDocumentBuilder(services),
    },
    lsp: {
        ExecuteCommandHandler: (services: LangiumSharedServices) => new ChisoExecuteCommandHandler(services),
        // Announces selection ranges, whose handler server.ts registers.
        LanguageServer: (services: LangiumSharedServices) => new ChisoLanguageServer(services),
        WorkspaceSymbolProvider: (services: LangiumSharedServices) => new ChisoWorkspaceSymbolProvider(services),
    },
};

export function createChisoServices(context: DefaultSharedModuleContext): ChisoAllServices {
    const shared = inject(createDefaultSharedModule(context), ChisoGeneratedSharedModule, ChisoSharedModule);
    const Chiso = inject(createDefaultModule({ shared }), ChisoGeneratedModule, ChisoModule);
    shared.ServiceRegistry.register(Chiso);
    registerChecks(Chiso);
    if (!context.connection) {
        // Without a language client nobody sends configuration; the build must not wait for it.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Chiso };
}
