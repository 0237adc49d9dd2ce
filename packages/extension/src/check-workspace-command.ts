/**
 * "Chiso: Check workspace": every .chiso file of the workspace folders is (re)checked and the
 * Problems view opened. The server reads files from disk itself, so files edited outside the
 * editor are read afresh; files it cannot read (virtual file systems) are opened as documents
 * instead, which hands their text to the server through the usual document sync.
 */
import { commands, DiagnosticSeverity, languages, ProgressLocation, window, workspace, type Uri } from 'vscode';
import type { ChisoLanguageClient } from './client.js';
import { ServerCommands, type CheckResult } from './protocol.js';
import { t } from './settings.js';

const EXCLUDE = '**/{node_modules,.git}/**';

export interface WorkspaceCheck {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
}

/**
 * Counted from what the Problems view shows: under chiso.strict the client turns warnings into
 * errors.
 */
function count(files: readonly Uri[]): WorkspaceCheck {
    let errors = 0, warnings = 0;
    for (const uri of files) {
        for (const d of languages.getDiagnostics(uri)) {
            if (d.severity === DiagnosticSeverity.Error) errors++;
            else if (d.severity === DiagnosticSeverity.Warning) warnings++;
        }
    }
    return { files: files.length, errors, warnings };
}

/**
 * The server publishes each file's diagnostics before it answers, but the client converts and
 * stores them asynchronously: counting at once could report 0 errors for a broken workspace. Waits
 * (a few seconds at most) until the files show as many errors and warnings together as the server
 * counted — a sum chiso.strict does not change.
 */
async function diagnosticsArrived(read: readonly Uri[], checked: CheckResult): Promise<void> {
    const shown = () => read.reduce((n, uri) => n + languages.getDiagnostics(uri)
        .filter(d => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning).length, 0);
    for (let waited = 0; shown() !== checked.errors + checked.warnings && waited < 5000; waited += 25) {
        await new Promise(resolve => setTimeout(resolve, 25));
    }
}

export async function checkWorkspace(client: ChisoLanguageClient | undefined): Promise<WorkspaceCheck | undefined> {
    if (!client?.isRunning()) {
        void window.showWarningMessage(t('server-not-running'));
        return undefined;
    }
    const result = await window.withProgress({ location: ProgressLocation.Window, title: t('checking') }, async () => {
        const files = await workspace.findFiles('**/*.chiso', EXCLUDE);
        const onDisk = files.filter(uri => uri.scheme === 'file');
        const checked = await client.runServerCommand<CheckResult>(ServerCommands.check, onDisk.map(uri => client.code2ProtocolConverter.asUri(uri)));
        const unread = new Set(checked.unread);
        const elsewhere = files.filter(uri => uri.scheme !== 'file' || unread.has(client.code2ProtocolConverter.asUri(uri)));
        for (const uri of elsewhere) await workspace.openTextDocument(uri);
        await diagnosticsArrived(onDisk.filter(uri => !unread.has(client.code2ProtocolConverter.asUri(uri))), checked);
        return count(files);
    });
    await commands.executeCommand('workbench.actions.view.problems');
    const summary = t('checked', { files: result.files, errors: result.errors, warnings: result.warnings });
    void (result.errors > 0 ? window.showErrorMessage(summary) : window.showInformationMessage(summary));
    return result;
}
