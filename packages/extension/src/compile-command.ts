/**
 * "Chiso: Compile to JSON": the server compiles the document as the editor holds it (unsaved
 * edits included) and answers with one JSON text per set, or with the errors that stop it, as
 * `chiso compile` would. Each set is written to `<set id>.json` beside the file; an untitled
 * document, or a folder that cannot be written (a read-only virtual file system), asks where.
 */
import { commands, Uri, window, workspace, type TextDocument } from 'vscode';
import { isChecked, type ChisoLanguageClient } from './client.js';
import { ServerCommands, type CompileResult } from './protocol.js';
import { t } from './settings.js';

const SHOW_PROBLEMS = 'workbench.actions.view.problems';

async function documentToCompile(resource: Uri | undefined): Promise<TextDocument | undefined> {
    if (resource instanceof Uri) return workspace.openTextDocument(resource);
    const document = window.activeTextEditor?.document;
    return document && isChecked(document) ? document : undefined;
}

async function askWhere(document: TextDocument, id: string): Promise<Uri | undefined> {
    const folder = document.isUntitled ? workspace.workspaceFolders?.[0]?.uri : Uri.joinPath(document.uri, '..');
    return window.showSaveDialog({
        title: t('compile-save-as', { set: id }),
        defaultUri: folder ? Uri.joinPath(folder, `${id}.json`) : undefined,
        filters: { JSON: ['json'] },
    });
}

async function write(document: TextDocument, id: string, json: string): Promise<Uri | undefined> {
    const bytes = new TextEncoder().encode(json);
    if (!document.isUntitled) {
        const beside = Uri.joinPath(document.uri, '..', `${id}.json`);
        try {
            await workspace.fs.writeFile(beside, bytes);
            return beside;
        } catch {
            // Not writable there: fall through and let the user choose.
        }
    }
    const chosen = await askWhere(document, id);
    if (!chosen) return undefined;
    await workspace.fs.writeFile(chosen, bytes);
    return chosen;
}

function reportErrors(document: TextDocument, result: CompileResult): void {
    const [first] = result.errors;
    const name = workspace.asRelativePath(document.uri);
    const message = t('compile-not-compiled', { file: name, count: result.errors.length, line: first.range.start.line + 1, message: first.message });
    const show = t('show-problems');
    void window.showErrorMessage(message, show).then(choice => {
        if (choice === show) void commands.executeCommand(SHOW_PROBLEMS);
    });
}

/** Returns the files written (the tests read them). Messages are not awaited: they wait for a click. */
export async function compileToJson(client: ChisoLanguageClient | undefined, resource?: Uri): Promise<Uri[]> {
    const document = await documentToCompile(resource);
    if (!document) {
        void window.showWarningMessage(t('compile-open-file'));
        return [];
    }
    if (!client?.isRunning()) {
        void window.showWarningMessage(t('server-not-running'));
        return [];
    }
    const uri = client.code2ProtocolConverter.asUri(document.uri);
    const result = await client.runServerCommand<CompileResult>(ServerCommands.compile, uri);
    if (result.errors.length > 0) {
        reportErrors(document, result);
        return [];
    }
    if (result.sets.length === 0) {
        void window.showWarningMessage(t('compile-no-set', { file: workspace.asRelativePath(document.uri) }));
        return [];
    }
    const written: Uri[] = [];
    for (const set of result.sets) {
        const target = await write(document, set.id, set.json);
        if (target) written.push(target);
    }
    if (written.length > 0) {
        const open = t('open');
        const names = written.map(target => workspace.asRelativePath(target)).join(', ');
        void window.showInformationMessage(t('compiled', { files: names }), open).then(async choice => {
            if (choice === open) for (const target of written) await window.showTextDocument(target, { preview: false });
        });
    }
    return written;
}
