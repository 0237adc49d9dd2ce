/**
 * "Chiso: Preview annex": a webview beside the editor with the annex table as the decision
 * prints it, redrawn as the file changes; clicking a row reveals that item in the editor.
 * While the file has errors a banner above the table names them; while it has syntax errors
 * the last table drawn without any stays.
 * The HTML comes from the server (the same renderer as `chiso export --format html`); the
 * page may run only its own small script (content security policy with a nonce).
 */
import { randomBytes } from 'node:crypto';
import { DiagnosticSeverity, languages, Range, Selection, TextEditorRevealType, ViewColumn, window, workspace, type Disposable, type TextDocument, type WebviewPanel } from 'vscode';
import { annexBanner, escapeHtml } from './annex-banner.js';
import { isChecked, type ChisoLanguageClient } from './client.js';
import { ServerCommands, type AnnexResult, type WireRange } from './protocol.js';
import { effectiveLanguage, t } from './settings.js';

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
    return `<!DOCTYPE html><html><head></head><body><p>${escapeHtml(text)}</p></body></html>`;
}

export class AnnexPreview implements Disposable {
    private panel: WebviewPanel | undefined;
    private document: TextDocument | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly listeners: Disposable[] = [];
    /** The last table the server drew from a file without syntax errors ('' before the first). */
    private table = '';
    private syntaxErrors = false;
    /** The last HTML shown, for the tests in test/vscode. */
    html = '';

    constructor(private readonly client: () => ChisoLanguageClient | undefined) {
        this.listeners.push(
            workspace.onDidChangeTextDocument(event => {
                if (event.document === this.document) this.scheduleRefresh();
            }),
            // The banner lists the Problems view's errors, which arrive after the table.
            languages.onDidChangeDiagnostics(event => {
                if (this.document && event.uris.some(uri => uri.toString() === this.document?.uri.toString())) this.render();
            }),
        );
    }

    async show(document: TextDocument | undefined = window.activeTextEditor?.document): Promise<string> {
        if (!document || !isChecked(document)) {
            void window.showWarningMessage(t('annex-open-file'));
            return '';
        }
        if (document !== this.document) this.table = '';
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
        let result: AnnexResult;
        try {
            result = await client.runServerCommand<AnnexResult>(ServerCommands.annex, client.code2ProtocolConverter.asUri(this.document.uri));
        } catch {
            // The server restarts on a settings change; it redraws the preview once it is back.
            return;
        }
        this.syntaxErrors = result.syntaxErrors > 0;
        // With syntax errors the tree is incomplete: the last good table stays, under the banner.
        if (!this.syntaxErrors) this.table = result.sets.length > 0 ? result.sets.map(s => s.html).join('\n') : message(t('annex-no-set'));
        this.render();
    }

    /** Draws the table under a banner naming the file's errors (warnings too under `chiso.strict`). */
    private render(): void {
        if (!this.panel || !this.document) return;
        // Titled here, not once: `chiso.language` may have changed since (the server restarts, then this runs).
        this.panel.title = t('annex-title', { file: workspace.asRelativePath(this.document.uri) });
        const errors = languages.getDiagnostics(this.document.uri)
            .filter(d => d.severity === DiagnosticSeverity.Error)
            .map(d => ({ line: d.range.start.line, message: d.message }));
        const table = this.table || message(t('annex-syntax-errors'));
        const banner = annexBanner(errors, this.syntaxErrors && this.table !== '', effectiveLanguage());
        this.html = table.replace(/<body[^>]*>/, body => `${body}\n${banner}`);
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
