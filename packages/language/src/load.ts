/**
 * The one loading path: parse, link and check a group of Chiso texts together (so references
 * across files resolve), returning each requested file's diagnostics and the criteria sets.
 * The CLI and tests call this; the language server runs the same services and checks.
 */
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { EmptyFileSystem } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { createChisoCoreServices, type ChisoCoreAllServices } from './chiso-module.js';
import type { CriteriaSet, Document } from './generated/ast.js';
import { isCriteriaSet } from './generated/ast.js';
import type { Lang } from './i18n/index.js';
import { declarationsOnly } from './references/context-declarations.js';

export interface SourceText {
    /** Where the text came from; becomes the document's file URI. */
    readonly path: string;
    readonly text: string;
    /** Context files (e.g. a shared file of agencies) are linked against but not reported; only their declarations are read. */
    readonly context?: boolean;
}

export interface LoadedFile {
    readonly path: string;
    readonly text: string;
    readonly document: LangiumDocument<Document>;
    readonly diagnostics: readonly Diagnostic[];
    readonly sets: readonly CriteriaSet[];
}

export interface LoadResult {
    readonly files: readonly LoadedFile[];
    readonly services: ChisoCoreAllServices;
}

export interface LoadOptions {
    readonly lang?: Lang;
    /** Services to reuse across loads (a fuzzer loads thousands of texts); documents at the same paths are replaced. */
    readonly services?: ChisoCoreAllServices;
}

export async function loadTexts(sources: readonly SourceText[], options: LoadOptions = {}): Promise<LoadResult> {
    // Services made here build once and are discarded: no index of references is needed.
    const services = options.services ?? createChisoCoreServices(EmptyFileSystem, { referenceIndex: false });
    services.Chiso.i18n.Locale.lang = options.lang ?? 'vi';
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const replaced = sources.map(source => URI.file(source.path)).filter(uri => LangiumDocuments.hasDocument(uri));
    if (replaced.length > 0) await DocumentBuilder.update([], replaced);
    const documents = sources.map(source => {
        const text = source.context ? declarationsOnly(source.text, services.Chiso.parser.Lexer) : source.text;
        const document = LangiumDocumentFactory.fromString<Document>(text, URI.file(source.path));
        LangiumDocuments.addDocument(document);
        return document;
    });
    // Context files are parsed, indexed and linked against, but only the requested ones are checked.
    await DocumentBuilder.build(documents, { validation: false });
    await DocumentBuilder.build(documents.filter((_, i) => !sources[i].context), { validation: true });
    const files = sources.flatMap((source, index): LoadedFile[] => {
        if (source.context) return [];
        const document = documents[index];
        const diagnostics = [...(document.diagnostics ?? [])].sort(syntaxFirst);
        return [{ path: source.path, text: source.text, document, diagnostics, sets: document.parseResult.value.elements.filter(isCriteriaSet) }];
    });
    return { files, services };
}

/** Syntax errors first (what the user must fix before anything else), then by position. */
function syntaxFirst(a: Diagnostic, b: Diagnostic): number {
    return Number(b.code === 'chiso/syntax') - Number(a.code === 'chiso/syntax')
        || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
