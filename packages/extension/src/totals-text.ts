/**
 * What the status-bar item says about the active set: its domains' sum against its total, and ✓
 * only when the set has no error at all (the total can match while a criterion's sum does not).
 * Free of `vscode` imports, so it is tested without an editor.
 */
import type { SetTotals } from '@chiso/language/command-protocol';
import { extensionText, type TextLang } from './texts.js';

export interface TotalsLabel {
    readonly text: string;
    readonly tooltip: string;
    /** The set adds up and has no error. */
    readonly ok: boolean;
}

/** Exact numbers as the server sends them (`99.55`, `10/3`), with a decimal comma in Vietnamese. */
export function localNumber(text: string, lang: TextLang): string {
    return lang === 'vi' ? text.replace('.', ',') : text;
}

/**
 * How many of the file's errors (given by their first line, 0-based) concern `set`: those inside
 * it, and those outside every set (an agency, a survey, stray text), which any set may rely on.
 */
export function errorsOfSet(set: SetTotals, sets: readonly SetTotals[], errorLines: readonly number[]): number {
    const within = (s: SetTotals, line: number) => s.range.start.line <= line && line <= s.range.end.line;
    return errorLines.filter(line => within(set, line) || !sets.some(s => within(s, line))).length;
}

/**
 * `Σ 100/100 ✓`, `Σ 100/100 ✗ 1 lỗi` (a criterion's sum is off), `Σ 100,5/100 ✗ 2 lỗi`; a set
 * published to a given depth adds what remains to detail (`· dàn ý: còn 5 tiêu chí`), and one with
 * its header only has no sum to match yet (`Σ —/100 · chưa có lĩnh vực: …`, no ✗ for that).
 */
export function totalsLabel(set: SetTotals, errors: number, lang: TextLang): TotalsLabel {
    const headerOnly = set.sum === null && set.outline !== null;
    const sum = set.sum === null ? (headerOnly ? '—' : '?') : localNumber(set.sum, lang);
    const total = set.declared === null ? '?' : localNumber(set.declared, lang);
    const ok = (headerOnly || set.matches) && errors === 0;
    const count = errors > 0 ? ` ${extensionText(lang, 'status-error-count', { count: errors })}` : '';
    const args = { set: set.id, sum, total, declared: set.totalDeclared ? 'yes' : 'no' };
    const tooltip = headerOnly ? [] : [extensionText(lang, set.matches ? 'status-matches' : 'status-differs', args)];
    if (errors > 0) tooltip.push(extensionText(lang, 'status-errors', { count: errors }));
    const mark = headerOnly && errors === 0 ? '' : ` ${ok ? '✓' : '✗'}`;
    const outline = set.outline ? ` · ${set.outline.short}` : '';
    return { text: `Σ ${sum}/${total}${mark}${count}${outline}`, tooltip: [tooltip.join(' '), set.outline?.full].filter(Boolean).join('\n'), ok };
}
