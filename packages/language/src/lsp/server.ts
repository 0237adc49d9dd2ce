/**
 * Starts the Chiso language server on a connection: diagnostics from the same checks as the
 * CLI, messages in the client's locale (English for `en*`, Vietnamese otherwise), survey-sourced
 * notes left out when `initializationOptions` say `{ "surveyNotes": false }` (or so for a
 * workspace folder: diagnostic-options.ts).
 */
import { startLanguageServer as startLangium } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import type { Connection } from 'vscode-languageserver';
import { createChisoServices } from './chiso-lsp-module.js';
import { ChisoLocale } from '../i18n/locale.js';
import { addSelectionRangeHandler } from './selection-range-provider.js';
import { guardedConnection } from './connection-guard.js';
import type { ChisoDocumentUpdateHandler } from './document-update-handler.js';

export function startLanguageServer(client: Connection): void {
    // Before initialize the client has not given its locale: refusals then use the default, Vietnamese.
    const connection = guardedConnection(client, () => Chiso?.i18n.Locale.lang ?? 'en');
    const { shared, Chiso } = createChisoServices({ connection, ...NodeFileSystem });
    shared.lsp.LanguageServer.onInitialize(params => {
        Chiso.i18n.Locale.lang = ChisoLocale.fromLocale(params.locale);
        Chiso.options.Diagnostics.apply(params.initializationOptions);
    });
    // Langium publishes every checked document's diagnostics; context files and non-file documents keep theirs.
    const updates = shared.lsp.DocumentUpdateHandler as ChisoDocumentUpdateHandler;
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => (params.diagnostics.length === 0 || updates.reports(params.uri) ? send(params) : Promise.resolve());
    // Langium registers no selection-range handler; ours goes in before the connection listens.
    addSelectionRangeHandler(connection, shared);
    startLangium(shared);
}
