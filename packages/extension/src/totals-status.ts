/**
 * The status-bar item of the active .chiso editor: the active set's domains sum against its
 * declared total, and whether the set is free of errors: `Σ 100/100 ✓`, or `Σ 99,55/100 ✗ 2 lỗi`
 * (a click opens the Problems view); for a set published to a given depth, what remains to detail
 * (`Σ 100/100 ✓ · dàn ý: còn 5 tiêu chí`). The set under the cursor is the active one (a file may hold
 * several); the server decides equality exactly and sends numbers as text.
 *
 * It refreshes when the server publishes diagnostics for the document (a rebuild finished, so
 * totals changed at most then), when the editor changes, and, as a fallback, shortly after an
 * edit. Moving the cursor re-picks the set from the last answer without asking the server.
 */
import { DiagnosticSeverity, Disposable, languages, StatusBarAlignment, ThemeColor, window, workspace, type StatusBarItem, type TextEditor } from 'vscode';
import { isChecked, type ChisoLanguageClient } from './client.js';
import { ServerCommands, type SetTotals, type TotalsResult } from './protocol.js';
import { effectiveLanguage, t } from './settings.js';
import { errorsOfSet, totalsLabel } from './totals-text.js';

const EDIT_DEBOUNCE_MS = 300;

export class TotalsStatus implements Disposable {
    private readonly item: StatusBarItem;
    private readonly disposables: Disposable[] = [];
    private last: { uri: string; result: TotalsResult } | undefined;
    /** Answers can arrive out of order; only the latest request may update the item. */
    private generation = 0;
    private editTimer: NodeJS.Timeout | undefined;
    private visible = false;

    constructor(private readonly client: () => ChisoLanguageClient | undefined) {
        this.item = window.createStatusBarItem('chiso.totals', StatusBarAlignment.Left, 100);
        this.item.command = 'workbench.actions.view.problems';
        this.disposables.push(
            this.item,
            window.onDidChangeActiveTextEditor(() => void this.refresh()),
            window.onDidChangeTextEditorSelection(event => {
                if (event.textEditor === window.activeTextEditor) this.render();
            }),
            languages.onDidChangeDiagnostics(event => {
                const active = chisoEditor()?.document.uri.toString();
                if (active && event.uris.some(uri => uri.toString() === active)) void this.refresh();
            }),
            workspace.onDidChangeTextDocument(event => {
                if (event.document !== chisoEditor()?.document) return;
                clearTimeout(this.editTimer);
                this.editTimer = setTimeout(() => void this.refresh(), EDIT_DEBOUNCE_MS);
            }),
        );
    }

    /** The item's current text, or undefined while it is hidden (for tests and the API). */
    get text(): string | undefined {
        return this.visible ? this.item.text : undefined;
    }

    get tooltip(): string | undefined {
        return this.visible && typeof this.item.tooltip === 'string' ? this.item.tooltip : undefined;
    }

    async refresh(): Promise<void> {
        const editor = chisoEditor();
        const client = this.client();
        const generation = ++this.generation;
        if (!editor || !client?.isRunning()) {
            this.hide();
            return;
        }
        const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
        try {
            const result = await client.runServerCommand<TotalsResult>(ServerCommands.totals, uri);
            if (generation !== this.generation) return;
            this.last = { uri, result };
        } catch {
            // The server restarts on a settings change; the next diagnostics refresh the item.
            if (generation === this.generation) this.hide();
            return;
        }
        this.render();
    }

    private render(): void {
        const editor = chisoEditor();
        const client = this.client();
        if (!editor || !client || !this.last || this.last.uri !== client.code2ProtocolConverter.asUri(editor.document.uri)) {
            this.hide();
            return;
        }
        const set = activeSet(this.last.result.sets, editor);
        if (!set) {
            this.hide();
            return;
        }
        const errorLines = languages.getDiagnostics(editor.document.uri)
            .filter(d => d.severity === DiagnosticSeverity.Error)
            .map(d => d.range.start.line);
        const label = totalsLabel(set, errorsOfSet(set, this.last.result.sets, errorLines), effectiveLanguage());
        // Named here, not once: `chiso.language` may have changed since.
        this.item.name = t('status-name');
        this.item.text = label.text;
        this.item.tooltip = label.tooltip;
        this.item.backgroundColor = label.ok ? undefined : new ThemeColor('statusBarItem.errorBackground');
        this.item.show();
        this.visible = true;
    }

    private hide(): void {
        this.item.hide();
        this.visible = false;
    }

    dispose(): void {
        clearTimeout(this.editTimer);
        Disposable.from(...this.disposables).dispose();
    }
}

function chisoEditor(): TextEditor | undefined {
    const editor = window.activeTextEditor;
    return editor && isChecked(editor.document) ? editor : undefined;
}

/** The set under the cursor; above every set (agencies, surveys) the first, below them the last. */
function activeSet(sets: readonly SetTotals[], editor: TextEditor): SetTotals | undefined {
    const line = editor.selection.active.line;
    return sets.find(s => s.range.start.line <= line && line <= s.range.end.line)
        ?? [...sets].reverse().find(s => s.range.end.line < line)
        ?? sets[0];
}
