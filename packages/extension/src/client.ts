/**
 * The language client: starts the bundled server over IPC, tells it the language to speak and
 * whether to report survey-sourced notes (per workspace folder), and under `chiso.strict` (read
 * per file) shows warnings as errors (what `chiso check --strict` fails on).
 */
import { DiagnosticSeverity, Diagnostic, languages, workspace, type ExtensionContext, type TextDocument } from 'vscode';
import { ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { effectiveLanguage, isStrict, surveyNotes } from './settings.js';

/** The server takes its message language from the LSP `locale`; this client sends the setting's. */
export class ChisoLanguageClient extends LanguageClient {
    protected override getLocale(): string {
        return effectiveLanguage();
    }

    /** The errors the client reported, each also shown as a notification (the tests in test/vscode read them). */
    readonly reportedErrors: string[] = [];

    override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
        this.reportedErrors.push(message);
        super.error(message, data, showNotification);
    }

    /** Runs one of the server's commands (see protocol.ts) on plain JSON arguments. */
    runServerCommand<T>(command: string, ...args: unknown[]): Promise<T> {
        return this.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
    }
}

/**
 * Files and new unsaved documents only: a rename preview, a diff's old side or any other virtual
 * document is a copy, and checked on its own it showed errors that outlived it.
 */
const DOCUMENT_SELECTOR = [{ scheme: 'file', language: 'chiso' }, { scheme: 'untitled', language: 'chiso' }];

/** Whether the server checks this document (the commands and the status bar ask only about those). */
export function isChecked(document: TextDocument): boolean {
    return languages.match(DOCUMENT_SELECTOR, document) > 0;
}

function asError(d: Diagnostic): Diagnostic {
    if (d.severity !== DiagnosticSeverity.Warning) return d;
    const raised = new Diagnostic(d.range, d.message, DiagnosticSeverity.Error);
    Object.assign(raised, { code: d.code, source: d.source, tags: d.tags, relatedInformation: d.relatedInformation });
    return raised;
}

export function createClient(context: ExtensionContext): ChisoLanguageClient {
    const module = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const watcher = workspace.createFileSystemWatcher('**/*.chiso');
    context.subscriptions.push(watcher);
    const clientOptions: LanguageClientOptions = {
        documentSelector: DOCUMENT_SELECTOR,
        // Files of the folder changed outside the editor (git pull, chiso fmt) are rechecked.
        synchronize: { fileEvents: watcher },
        // Read at each (re)start: a settings change restarts the server. Each workspace folder's
        // own value goes along, as the server reads it per document.
        initializationOptions: () => ({
            surveyNotes: surveyNotes(),
            folders: Object.fromEntries((workspace.workspaceFolders ?? []).map(folder => [folder.uri.toString(), { surveyNotes: surveyNotes(folder.uri) }])),
        }),
        middleware: {
            handleDiagnostics(uri, diagnostics, next) {
                next(uri, isStrict(uri) ? diagnostics.map(asError) : diagnostics);
            },
            workspace: {
                // The server reads the settings when it starts, and a `chiso.*` change restarts it
                // (extension.ts). Langium's server also asks for workspace/didChangeConfiguration;
                // sent while the restart stops the server, it failed with "Starting server failed".
                didChangeConfiguration: async () => undefined,
            },
        },
    };
    return new ChisoLanguageClient('chiso', 'Chiso', serverOptions, clientOptions);
}
