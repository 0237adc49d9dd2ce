/**
 * "Chiso: Preview annex": a webview beside the editor with the annex table as the decision
 * prints it, redrawn as the file changes; clicking a row reveals that item in the editor.
 * The HTML comes from the server (the same renderer as `chiso export --format html`); the
 * page may run only its own small script (content security policy with a nonce).
 */
import { randomBytes } from 'node:crypto';
import { Range, Selection, TextEditorRevealType, ViewColumn, window, workspace, type Disposable, type TextDocument, type WebviewPanel } from 'vscode';
import type { ChisoLanguageClient } from './client.js';
import { ServerCommands, type AnnexResult, type WireRange } from './protocol.js';
import { t } from './settings.js';

const REFRESH_DELAY_MS = 300;

function page(html: string, nonce: string): string {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${nonce}';">`;
    const script = `<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', event => {
    const row = event.target.closest('tr[data-code]');
    if (row) vscode.postMessage({ type: 'reveal', code: row.dataset.code });
});
</script>`;
    return html.replace('<head>', `<head>\n${csp}`).replace('</body>', `${script}\n</body>`);
}

function message(text: string): string {
    return `<!DOCTYPE html><html><body><p>${text.replace(/[&<>]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)}</p></body></html>`;
}

export class AnnexPreview implements Disposable {
    private panel: WebviewPanel | undefined;
    private document: TextDocument | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly listeners: Disposable[] = [];
    /** The last HTML shown, for the tests in test/vscode. */
    html = '';

    constructor(private readonly client: () => ChisoLanguageClient | undefined) {
        this.listeners.push(workspace.onDidChangeTextDocument(event => {
            if (event.document === this.document) this.scheduleRefresh();
        }));
    }

    async show(document: TextDocument | undefined = window.activeTextEditor?.document): Promise<string> {
        if (!document || document.languageId !== 'chiso') {
            void window.showWarningMessage(t('annex-open-file'));
            return '';
        }
        this.document = document;
        if (!this.panel) {
            // Beside the editor without taking the focus: the drafter keeps typing and watches the table.
            this.panel = window.createWebviewPanel('chiso.annexPreview', t('annex-title', { file: workspace.asRelativePath(document.uri) }), { viewColumn: ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
            this.panel.onDidDispose(() => { this.panel = undefined; }, undefined, this.listeners);
            this.panel.webview.onDidReceiveMessage((m: { type?: string; code?: unknown }) => {
                if (m.type === 'reveal' && typeof m.code === 'string') void this.reveal(m.code);
            }, undefined, this.listeners);
        } else {
            this.panel.reveal(ViewColumn.Beside, true);
        }
        await this.refresh();
        return this.html;
    }

    private scheduleRefresh(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
    }

    async refresh(): Promise<void> {
        const client = this.client();
        if (!this.panel || !this.document || !client) return;
        // Titled here, not once: `chiso.language` may have changed since (the server restarts, then this runs).
        this.panel.title = t('annex-title', { file: workspace.asRelativePath(this.document.uri) });
        const result = await client.runServerCommand<AnnexResult>(ServerCommands.annex, client.code2ProtocolConverter.asUri(this.document.uri));
        if (result.syntaxErrors > 0) {
            // Keep the last good table visible, with a note, rather than flashing an empty page.
            if (!this.html) this.html = message(t('annex-syntax-errors'));
        } else {
            this.html = result.sets.length > 0 ? result.sets.map(s => s.html).join('\n') : message(t('annex-no-set'));
        }
        this.panel.webview.html = page(this.html, randomBytes(16).toString('base64'));
    }

    private async reveal(code: string): Promise<void> {
        const client = this.client();
        if (!client || !this.document) return;
        const range = await client.runServerCommand<WireRange | null>(ServerCommands.locate, client.code2ProtocolConverter.asUri(this.document.uri), code);
        if (!range) return;
        const editor = await window.showTextDocument(this.document, ViewColumn.One);
        const start = editor.document.validatePosition(new Range(range.start.line, range.start.character, range.end.line, range.end.character).start);
        editor.selection = new Selection(start, start);
        editor.revealRange(new Range(start, start), TextEditorRevealType.InCenter);
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.panel?.dispose();
        this.listeners.forEach(l => l.dispose());
    }
}
