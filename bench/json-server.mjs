#!/usr/bin/env node
/**
 * The alternative the latency benchmark compares against: authoring the compiled criteria set as
 * JSON against the committed JSON Schema in VS Code. A tiny language server over stdio around
 * vscode-json-languageservice (the library VS Code's own JSON language server is built on): on
 * every open or change it parses the document and validates it against
 * packages/cli/schema/criteria-set.schema.json, then publishes the diagnostics — with no debounce,
 * as the Chiso server has none (VS Code's JSON server waits 300 ms before validating; leaving
 * that out measures the service's own work).
 *
 *   node bench/json-server.mjs --stdio
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getLanguageService } from 'vscode-json-languageservice';
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const SCHEMA_PATH = fileURLToPath(new URL('../packages/cli/schema/criteria-set.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));

const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
const documents = new TextDocuments(TextDocument);
const service = getLanguageService({});
service.configure({
    validate: true,
    allowComments: false,
    schemas: [{ uri: schema.$id ?? 'urn:chiso:schema', fileMatch: ['*.json'], schema }],
});

connection.onInitialize(() => ({
    capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
    serverInfo: { name: 'chiso-bench-json-server' },
}));

async function validate(document) {
    const jsonDocument = service.parseJSONDocument(document);
    const diagnostics = await service.doValidation(document, jsonDocument, { comments: 'error', trailingCommas: 'error' });
    connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

// Fires on open and on every change.
documents.onDidChangeContent(event => void validate(event.document));
documents.listen(connection);
connection.listen();
