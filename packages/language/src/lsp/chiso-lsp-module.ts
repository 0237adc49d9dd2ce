/** Dependency injection: the language-server layer (editor features) on top of Chiso's core services. */
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { inject, type Module } from 'langium';
import { ChisoGeneratedModule, ChisoGeneratedSharedModule } from '../generated/module.js';
import { ChisoCoreModule, ChisoSharedCoreModule, completeChisoServices, type ChisoAddedServices } from '../chiso-module.js';
import { ChisoFormatter } from './formatter.js';
import { ChisoCodeActionProvider } from './code-actions.js';
import { ChisoCompletionProvider } from './completion-provider.js';
import { ChisoExecuteCommandHandler } from './execute-command.js';
import { ChisoDocumentSymbolProvider } from './document-symbol-provider.js';
import { ChisoFoldingRangeProvider } from './folding-range-provider.js';
import { ChisoHoverProvider } from './hover-provider.js';
import { ChisoInlayHintProvider } from './inlay-hint-provider.js';
import { ChisoLanguageServer } from './language-server.js';
import { ChisoSemanticTokenProvider } from './semantic-token-provider.js';
import { ChisoWorkspaceSymbolProvider } from './workspace-symbol-provider.js';
import { LatestEditDocumentBuilder } from '../workspace/latest-edit-document-builder.js';
import { ChisoRenameProvider } from './rename-provider.js';
import { ChisoDocumentUpdateHandler } from './document-update-handler.js';
import { QueuedWritesLock } from '../workspace/queued-writes-lock.js';

export type ChisoServices = LangiumServices & ChisoAddedServices;

export const ChisoLspModule: Module<ChisoServices, PartialLangiumServices> = {
    lsp: {
        Formatter: () => new ChisoFormatter(),
        CodeActionProvider: (services) => new ChisoCodeActionProvider(services),
        CompletionProvider: (services) => new ChisoCompletionProvider(services),
        HoverProvider: (services) => new ChisoHoverProvider(services),
        InlayHintProvider: (services) => new ChisoInlayHintProvider(services),
        SemanticTokenProvider: (services) => new ChisoSemanticTokenProvider(services),
        DocumentSymbolProvider: (services) => new ChisoDocumentSymbolProvider(services),
        FoldingRangeProvider: (services) => new ChisoFoldingRangeProvider(services),
        RenameProvider: (services) => new ChisoRenameProvider(services),
    },
};

export interface ChisoAllServices {
    shared: LangiumSharedServices;
    Chiso: ChisoServices;
}

const ChisoSharedLspModule = {
    lsp: {
        ExecuteCommandHandler: (services: LangiumSharedServices) => new ChisoExecuteCommandHandler(services),
        // Announces selection ranges, whose handler server.ts registers.
        LanguageServer: (services: LangiumSharedServices) => new ChisoLanguageServer(services),
        WorkspaceSymbolProvider: (services: LangiumSharedServices) => new ChisoWorkspaceSymbolProvider(services),
        DocumentUpdateHandler: (services: LangiumSharedServices) => new ChisoDocumentUpdateHandler(services),
    },
    workspace: {
        DocumentBuilder: (services: LangiumSharedServices) => new LatestEditDocumentBuilder(services),
        WorkspaceLock: () => new QueuedWritesLock(),
    },
};

export function createChisoServices(context: DefaultSharedModuleContext): ChisoAllServices {
    const shared = inject(createDefaultSharedModule(context), ChisoGeneratedSharedModule, ChisoSharedCoreModule, ChisoSharedLspModule);
    const Chiso = inject(createDefaultModule({ shared }), ChisoGeneratedModule, ChisoCoreModule, ChisoLspModule);
    return completeChisoServices({ shared, Chiso }, Boolean(context.connection));
}
