/** Entry point of the language server process (stdio, IPC or socket, as the client chooses). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './server.js';

startLanguageServer(createConnection(ProposedFeatures.all));
