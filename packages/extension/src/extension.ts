/**
 * The VS Code side of Chiso: starts the bundled language server for `.chiso` documents and adds
 * the commands (Compile to JSON, Check workspace, Preview annex) and the status-bar total. Changing a `chiso.*`
 * setting restarts the server, which is how it learns the new language and strictness.
 */
import { commands, workspace, type ExtensionContext, type Uri } from 'vscode';
import { checkWorkspace, type WorkspaceCheck } from './check-workspace-command.js';
import { createClient, type ChisoLanguageClient } from './client.js';
import { AnnexPreview } from './annex-preview.js';
import { compileToJson } from './compile-command.js';
import { TotalsStatus } from './totals-status.js';

/** What `activate` returns: the tests in test/vscode read the status bar through it. */
export interface ChisoExtensionApi {
    /** The status-bar text (`Σ 100/100 ✓`), undefined while hidden. */
    statusText(): string | undefined;
    /** Its tooltip, in the language of `chiso.language`. */
    statusTooltip(): string | undefined;
    /** Asks the server for fresh totals and redraws the item. */
    refreshStatus(): Promise<void>;
    /** The annex preview's last HTML ('' before it is opened). */
    previewHtml(): string;
    /** The errors the language client reported (and showed as notifications) so far. */
    clientErrors(): readonly string[];
}

let client: ChisoLanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<ChisoExtensionApi> {
    client = createClient(context);
    const status = new TotalsStatus(() => client);
    const preview = new AnnexPreview(() => client);
    // One start or restart at a time: a client cannot be stopped while it is still starting, and
    // two settings changed together must not restart it concurrently.
    let settled: Promise<void> = client.start();
    context.subscriptions.push(
        status,
        preview,
        commands.registerCommand('chiso.previewAnnex', (): Promise<string> => preview.show()),
        commands.registerCommand('chiso.compileToJson', (resource?: Uri): Promise<Uri[]> => compileToJson(client, resource)),
        commands.registerCommand('chiso.checkWorkspace', (): Promise<WorkspaceCheck | undefined> => checkWorkspace(client)),
        workspace.onDidChangeConfiguration(event => {
            if (!event.affectsConfiguration('chiso')) return;
            settled = settled.catch(() => undefined).then(async () => {
                await client?.restart();
                await status.refresh();
                await preview.refresh();
            }).catch(error => console.error('Chiso: restarting the language server failed', error));
        }),
    );
    await settled;
    await status.refresh();
    return { statusText: () => status.text, statusTooltip: () => status.tooltip, refreshStatus: () => status.refresh(), previewHtml: () => preview.html, clientErrors: () => [...(client?.reportedErrors ?? [])] };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
