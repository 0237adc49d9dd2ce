/**
 * workspace/executeCommand for the editor: compile a document's sets to the JSON contract, report
 * each set's total against its declaration (the status bar), and re-check files from disk. The
 * answers are plain data; the client words them in its UI language, so nothing here is prose
 * except the diagnostics' own messages (already in the server's language).
 *
 * Every command first waits for pending edits to be built: a request that follows a change
 * answers for the text the user sees, not the one before it.
 */
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor, type LangiumSharedServices } from 'langium/lsp';
import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { Cancellation, DocumentState, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { CriteriaSet, Document } from '../generated/ast.js';
import { isCriteriaSet } from '../generated/ast.js';
import { declaredTotal, domainsSum } from '../model/analysis.js';
import { formatPoints } from '../model/points.js';
import { compileSet, serializeCompiledSet } from '../outputs/criteria-json.js';
import { annexHtml } from '../outputs/annex-html.js';
import { buildAnnex } from '../outputs/annex.js';
import { allItems, fullCode } from '../model/tree.js';
import type { ChisoLocale } from '../i18n/locale.js';
import type { Lang } from '../i18n/index.js';
import { setOutlineText } from '../model/outline-status.js';
import type { ChisoDocumentUpdateHandler } from './document-update-handler.js';
import type { QueuedWritesLock } from '../workspace/queued-writes-lock.js';
import { ChisoCommands, type AnnexResult, type CheckResult, type CommandRange, type CompileError, type CompileResult, type SetTotals, type TotalsResult } from './command-protocol.js';

export * from './command-protocol.js';

const enum Severity { Error = 1, Warning = 2, Information = 3 }

export class ChisoExecuteCommandHandler extends AbstractExecuteCommandHandler {
    private readonly shared: LangiumSharedServices;

    constructor(shared: LangiumSharedServices) {
        super();
        this.shared = shared;
    }

    override registerCommands(accept: ExecuteCommandAcceptor): void {
        accept(ChisoCommands.compile, async args => this.compile(uriArg(args)));
        accept(ChisoCommands.totals, async args => this.totals(uriArg(args)));
        accept(ChisoCommands.check, async (args, token) => this.check(urisArg(args), token));
        accept(ChisoCommands.annex, async args => this.annex(uriArg(args)));
        accept(ChisoCommands.locate, async args => this.locate(uriArg(args), codeArg(args)));
    }

    /** The annex preview: drafts whose sums do not add up yet are shown too (the table shows what is written). */
    async annex(uri: string): Promise<AnnexResult> {
        const document = await this.checkedDocument(uri);
        const { parserErrors, lexerErrors } = document.parseResult;
        const syntaxErrors = parserErrors.length + lexerErrors.length;
        if (syntaxErrors > 0) return { uri, sets: [], syntaxErrors };
        const lang = this.langOf(document);
        const sets = setsOf(document).map(set => {
            const compiled = compileSet(set);
            return { id: set.name, html: annexHtml(buildAnnex(compiled, lang), compiled, lang) };
        });
        return { uri, sets, syntaxErrors };
    }

    private langOf(document: LangiumDocument): Lang {
        return (this.shared.ServiceRegistry.getServices(document.uri) as unknown as { i18n: { Locale: ChisoLocale } }).i18n.Locale.lang;
    }

    /** Where the item with this full code (`1.5.3.a`) is written, to reveal it from the preview. */
    async locate(uri: string, code: string): Promise<CommandRange | null> {
        const document = await this.checkedDocument(uri);
        for (const set of setsOf(document)) {
            for (const item of allItems(set)) {
                if (fullCode(item) === code) return item.$cstNode?.range ?? null;
            }
        }
        return null;
    }

    async compile(uri: string): Promise<CompileResult> {
        const document = await this.builtDocument(uri);
        const errors = (document.diagnostics ?? []).filter(d => d.severity === Severity.Error).map(compileError);
        if (errors.length > 0) return { uri, sets: [], errors };
        const sets = setsOf(document).map(set => ({ id: set.name, json: serializeCompiledSet(compileSet(set)) }));
        return { uri, sets, errors: [] };
    }

    async totals(uri: string): Promise<TotalsResult> {
        const document = await this.checkedDocument(uri);
        const lang = this.langOf(document);
        const sets = setsOf(document).map((set): SetTotals => {
            const declared = declaredTotal(set);
            const sum = set.items.length > 0 ? domainsSum(set) : undefined;
            const short = setOutlineText(lang, set, true);
            const full = setOutlineText(lang, set);
            return {
                id: set.name,
                range: set.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                declared: declared === undefined ? null : formatPoints(declared),
                sum: sum === undefined ? null : formatPoints(sum),
                matches: declared !== undefined && sum !== undefined && declared.equals(sum),
                totalDeclared: set.totals.length > 0,
                outline: short && full ? { short, full } : null,
            };
        });
        return { uri, sets };
    }

    async check(uris: readonly string[], token: Cancellation.CancellationToken): Promise<CheckResult> {
        const { LangiumDocuments, DocumentBuilder, WorkspaceLock, WorkspaceManager } = this.shared.workspace;
        await WorkspaceManager.ready;
        const unread: string[] = [];
        const known: URI[] = [];
        await WorkspaceLock.write(async writeToken => {
            for (const text of uris) {
                const uri = URI.parse(text);
                try {
                    if (!LangiumDocuments.hasDocument(uri)) await LangiumDocuments.getOrCreateDocument(uri);
                    known.push(uri);
                } catch {
                    unread.push(text);
                }
            }
            // `update` re-reads the files from disk (open documents keep the editor's text) and
            // rebuilds them with their dependents; the server publishes the diagnostics as usual.
            await DocumentBuilder.update(known, [], writeToken);
        });
        return this.shared.workspace.WorkspaceLock.read(() => {
            const counts = { files: 0, errors: 0, warnings: 0, infos: 0 };
            for (const uri of known) {
                if (token.isCancellationRequested) break;
                const document = LangiumDocuments.getDocument(uri);
                if (!document) continue;
                counts.files++;
                for (const d of document.diagnostics ?? []) {
                    if (d.severity === Severity.Error) counts.errors++;
                    else if (d.severity === Severity.Warning) counts.warnings++;
                    else if (d.severity === Severity.Information) counts.infos++;
                }
            }
            return { ...counts, unread };
        });
    }

    /** The document as built after every edit received so far. */
    private async builtDocument(uri: string): Promise<LangiumDocument<Document>> {
        const { LangiumDocuments, DocumentBuilder, WorkspaceLock, WorkspaceManager } = this.shared.workspace;
        const parsed = URI.parse(uri);
        await WorkspaceManager.ready;
        for (;;) {
            // A normal-priority read runs only once the queued builds (each edit queues one) are done.
            const document = await WorkspaceLock.read(() => LangiumDocuments.getDocument(parsed));
            if (!document) throw new Error(`Chiso: no document ${uri} (is it a .chiso file of the workspace?)`);
            if (document.state >= DocumentState.Validated) return document as LangiumDocument<Document>;
            // A build cancelled by a newer edit leaves the document behind; the newer build finishes it.
            await DocumentBuilder.waitUntil(DocumentState.Validated, parsed);
        }
    }

    /**
     * For answers drawn from the document's own tree (annex, totals, locate): a document open in
     * the editor as soon as a build has checked it at the editor's text, without waiting for the
     * rest of that build — the first build after opening checks every file of the workspace, and
     * the preview waited for all of them. Other documents as `builtDocument`.
     */
    private async checkedDocument(uri: string): Promise<LangiumDocument<Document>> {
        const { LangiumDocuments, DocumentBuilder, TextDocuments, WorkspaceManager } = this.shared.workspace;
        const lock = this.shared.workspace.WorkspaceLock as QueuedWritesLock;
        const updates = this.shared.lsp.DocumentUpdateHandler as ChisoDocumentUpdateHandler;
        const parsed = URI.parse(uri);
        await WorkspaceManager.ready;
        for (;;) {
            const shown = TextDocuments.get(uri)?.getText();
            if (shown === undefined) return this.builtDocument(uri);
            const document = LangiumDocuments.getDocument(parsed);
            // Not while it is built without its siblings (they are being read), nor while a queued build may change it.
            if (document && document.state >= DocumentState.Validated && updates.reports(parsed.toString()) && !lock.writesQueued && parsedText(document) === shown) return document as LangiumDocument<Document>;
            const validated = nextValidation(DocumentBuilder, parsed);
            const built = await Promise.race([this.builtDocument(uri), validated.promise]);
            validated.dispose();
            if (built) return built;
        }
    }
}

/** The text a document was parsed from. */
function parsedText(document: LangiumDocument): string | undefined {
    return document.parseResult?.value?.$cstNode?.root.fullText;
}

/** Resolves (with undefined) when a build next checks the document. */
function nextValidation(builder: LangiumSharedCoreServices['workspace']['DocumentBuilder'], uri: URI): { promise: Promise<undefined>; dispose(): void } {
    let listener: { dispose(): void } | undefined;
    const promise = new Promise<undefined>(resolve => {
        listener = builder.onDocumentPhase(DocumentState.Validated, document => {
            if (document.uri.toString() === uri.toString()) resolve(undefined);
        });
    });
    return { promise, dispose: () => listener?.dispose() };
}

function uriArg(args: unknown[]): string {
    const [uri] = args;
    if (typeof uri !== 'string') throw new Error('Chiso: the command takes a document URI (string) as its argument');
    return uri;
}

function codeArg(args: unknown[]): string {
    const [, code] = args;
    if (typeof code !== 'string') throw new Error('Chiso: the command takes a document URI and an item code (strings)');
    return code;
}

function urisArg(args: unknown[]): string[] {
    const [uris] = args;
    if (!Array.isArray(uris) || !uris.every(u => typeof u === 'string')) throw new Error('Chiso: the command takes a list of document URIs (strings)');
    return uris;
}

function setsOf(document: LangiumDocument<Document>): CriteriaSet[] {
    return document.parseResult.value.elements.filter(isCriteriaSet);
}

function compileError(d: Diagnostic): CompileError {
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    return { range: d.range, code: d.code === undefined ? null : String(d.code), message };
}
