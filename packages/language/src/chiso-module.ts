/**
 * Dependency injection: Chiso's core services on top of Langium's core defaults — parsing,
 * linking and checks, without the language-server layer (lsp/chiso-lsp-module.ts adds it).
 * The CLI builds these alone, so `chiso check` never loads langium/lsp or vscode-languageserver.
 */
import type { DefaultSharedCoreModuleContext, LangiumCoreServices, LangiumSharedCoreServices, Module, PartialLangiumCoreServices } from 'langium';
import { createDefaultCoreModule, createDefaultSharedCoreModule, inject } from 'langium';
import { ChisoGeneratedModule, ChisoGeneratedSharedModule } from './generated/module.js';
import { ChisoDocumentValidator } from './chiso-document-validator.js';
import { FolderDocumentBuilder } from './workspace/folder-document-builder.js';
import { FolderScopeProvider } from './references/folder-scope.js';
import { ChisoValueConverter } from './parser/chiso-value-converter.js';
import { AttachedReferences } from './references/attached-references.js';
import { createChisoCompletionParser, createChisoParser } from './parser/chiso-parser.js';
import { ChisoLexer, ChisoTokenBuilder } from './parser/chiso-lexer.js';
import { ChisoValidationRegistry, registerChecks } from './chiso-validator.js';
import { ChisoLinker, ChisoReferenceDescriptionProvider, ChisoScopeComputation } from './references/reference-sites.js';
import { ChisoLocale } from './i18n/locale.js';
import { DiagnosticOptions } from './diagnostic-options.js';
import { ChisoLexerErrorMessages, ChisoParserErrorMessages } from './i18n/syntax-messages.js';

export interface ChisoAddedServices {
    i18n: {
        Locale: ChisoLocale;
    };
    options: {
        Diagnostics: DiagnosticOptions;
    };
}

export type ChisoCoreServices = LangiumCoreServices & ChisoAddedServices;

export const ChisoCoreModule: Module<ChisoCoreServices, PartialLangiumCoreServices & ChisoAddedServices> = {
    i18n: {
        Locale: () => new ChisoLocale(),
    },
    options: {
        Diagnostics: () => new DiagnosticOptions(),
    },
    parser: {
        LangiumParser: (services) => createChisoParser(services),
        CompletionParser: (services) => createChisoCompletionParser(services),
        ValueConverter: () => new ChisoValueConverter(),
        TokenBuilder: () => new ChisoTokenBuilder(),
        Lexer: (services) => new ChisoLexer(services),
        ParserErrorMessageProvider: (services) => new ChisoParserErrorMessages(services.i18n.Locale),
        LexerErrorMessageProvider: (services) => new ChisoLexerErrorMessages(services.i18n.Locale),
    },
    validation: {
        DocumentValidator: (services) => new ChisoDocumentValidator(services),
        ValidationRegistry: (services) => new ChisoValidationRegistry(services),
    },
    references: {
        ScopeProvider: (services) => new FolderScopeProvider(services),
        ScopeComputation: (services) => new ChisoScopeComputation(services),
        Linker: (services) => new ChisoLinker(services),
        References: (services) => new AttachedReferences(services),
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new ChisoReferenceDescriptionProvider(services),
    },
};

/** Shared services: a folder's files are rechecked together (see FolderDocumentBuilder). */
export const ChisoSharedCoreModule = {
    workspace: {
        DocumentBuilder: (services: LangiumSharedCoreServices) => new FolderDocumentBuilder(services),
    },
};

export interface ChisoCoreAllServices {
    shared: LangiumSharedCoreServices;
    Chiso: ChisoCoreServices;
}

/** Registers the language and its checks once the services are built (core or with the LSP layer). */
export function completeChisoServices<S extends ChisoCoreAllServices>(services: S, withClient: boolean): S {
    services.shared.ServiceRegistry.register(services.Chiso);
    registerChecks(services.Chiso);
    if (!withClient) {
        // Without a language client nobody sends configuration; the build must not wait for it.
        services.shared.workspace.ConfigurationProvider.initialized({});
    }
    return services;
}

export interface CoreServicesOptions {
    /**
     * Whether to index which document refers to which (default true). Only rebuilds after a change
     * ask that question, so a load that builds once and is done (the CLI) goes without.
     */
    readonly referenceIndex?: boolean;
}

const WithoutReferenceIndex: Module<ChisoCoreServices, PartialLangiumCoreServices> = {
    workspace: {
        ReferenceDescriptionProvider: () => ({ createDescriptions: async () => [] }),
    },
};

export function createChisoCoreServices(context: DefaultSharedCoreModuleContext, options: CoreServicesOptions = {}): ChisoCoreAllServices {
    const shared = inject(createDefaultSharedCoreModule(context), ChisoGeneratedSharedModule, ChisoSharedCoreModule);
    const language = options.referenceIndex === false ? [ChisoCoreModule, WithoutReferenceIndex] as const : [ChisoCoreModule] as const;
    const Chiso = inject(createDefaultCoreModule({ shared }), ChisoGeneratedModule, ...language);
    return completeChisoServices({ shared, Chiso }, false);
}
