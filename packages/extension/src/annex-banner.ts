/**
 * The warning above the annex preview while the file has errors: a table drawn from a broken set
 * looks like a finished annex, so the banner says it is not and names the errors, as the Problems
 * view does. Free of `vscode` imports, so it is tested without an editor.
 */
import { extensionText, type ExtensionTextArgs, type ExtensionTextCode, type TextLang } from './texts.js';

export interface BannerError {
    /** 0-based, as the editor counts. */
    readonly line: number;
    readonly message: string;
}

/** More would push the table out of sight; the Problems view has them all. */
const LISTED = 10;

const STYLE = 'font-family:sans-serif;border-left:4px solid #c62828;background:#fdecea;color:#611a15;padding:0.6em 1em;margin:0 0 1.5em';

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The banner's HTML, or '' when there is nothing to warn about. */
export function annexBanner(errors: readonly BannerError[], staleTable: boolean, lang: TextLang): string {
    if (errors.length === 0 && !staleTable) return '';
    const text = <C extends ExtensionTextCode>(code: C, ...args: ExtensionTextArgs<C>) => escapeHtml(extensionText(lang, code, ...args));
    const parts: string[] = [];
    if (errors.length > 0) {
        const listed = errors.slice(0, LISTED).map(e => `<li>${text('annex-error-line', { line: e.line + 1, message: e.message })}</li>`);
        if (errors.length > LISTED) listed.push(`<li>${text('annex-more-errors', { count: errors.length - LISTED })}</li>`);
        parts.push(`<p><strong>${text('annex-errors', { count: errors.length })}</strong></p>`, `<ul>${listed.join('')}</ul>`);
    }
    if (staleTable) parts.push(`<p>${text('annex-last-good')}</p>`);
    return `<div class="chiso-errors" role="alert" style="${STYLE}">${parts.join('')}</div>`;
}
