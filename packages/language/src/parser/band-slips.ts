/**
 * A band written as the decision words it — `từ 80% đến dưới 100% -> 0,5` or `80% - dưới 100%` —
 * is a slip the parser stumbles on two or three times. Its syntax errors on that line become one,
 * saying which interval to write: `[80%, 100%)`.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { renderMessage, type Lang } from '../i18n/index.js';

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
/** `từ`/`trên` a%, `đến`/`tới`/`-`/`–`, `dưới`? b%: the words decide which ends are included. */
const PROSE_INTERVAL = new RegExp(String.raw`(?:(từ|trên)\s+)?${NUMBER}\s*%\s*(?:đến|tới|-|–)\s*(?:(dưới)\s+)?${NUMBER}\s*%`, 'iu');

const MAX_BAND_LINE = 400;

/** The interval a line's prose band means, with its place on the line, or undefined. */
export function proseInterval(line: string): { interval: string; start: number; end: number } | undefined {
    // A band fits on a short line; a huge one is not searched (the pattern backtracks on long runs of digits).
    const match = line.length <= MAX_BAND_LINE ? PROSE_INTERVAL.exec(line) : null;
    if (!match) return undefined;
    const [, from, lower, below, upper] = match;
    const number = (text: string) => text.replace(',', '.');
    const interval = `${from?.toLowerCase() === 'trên' ? '(' : '['}${number(lower)}%, ${number(upper)}%${below ? ')' : ']'}`;
    return { interval, start: match.index, end: match.index + match[0].length };
}

/** Replaces the syntax errors on each line that holds a prose band with one that says what to write. */
export function rewriteBandSlips(syntaxErrors: readonly Diagnostic[], lineText: (line: number) => string, lang: Lang): Diagnostic[] {
    const rewritten: Diagnostic[] = [];
    const bandLines = new Set<number>();
    for (const diagnostic of syntaxErrors) {
        const n = diagnostic.range.start.line;
        if (bandLines.has(n)) continue;
        const band = proseInterval(lineText(n));
        if (!band) {
            rewritten.push(diagnostic);
            continue;
        }
        bandLines.add(n);
        rewritten.push({
            ...diagnostic,
            range: { start: { line: n, character: band.start }, end: { line: n, character: band.end } },
            message: renderMessage(lang, 'syntax-band-interval', { interval: band.interval }),
            data: { ...diagnostic.data, write: band.interval },
        });
    }
    return rewritten;
}
