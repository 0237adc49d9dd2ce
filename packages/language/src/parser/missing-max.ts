/**
 * Points written right after an item's title without `max` (`criterion 1.1 "…" 2 {`): since `max`
 * is optional (outlines may leave their points out), the parser stumbles on the number instead.
 * That syntax error becomes one saying what to write: `max 2`.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { renderMessage, type Lang } from '../i18n/index.js';

/** An item header up to its title, at the end of what precedes the error on its line. */
const HEADER_BEFORE = /\b(?:domain|criterion|component)\s+\S+\s+"(?:[^"\\\n]|\\.)*"\s*$/u;
const POINTS_AT = /^\d+(?:[.,]\d+)?/u;

export function rewriteMissingMax(syntaxErrors: readonly Diagnostic[], lineText: (line: number) => string, lang: Lang): Diagnostic[] {
    return syntaxErrors.map(diagnostic => {
        const { line, character } = diagnostic.range.start;
        const text = lineText(line);
        const points = POINTS_AT.exec(text.slice(character))?.[0];
        if (!points || !HEADER_BEFORE.test(text.slice(0, character))) return diagnostic;
        return {
            ...diagnostic,
            range: { start: { line, character }, end: { line, character: character + points.length } },
            message: renderMessage(lang, 'syntax-missing-max', { points }),
            data: { ...diagnostic.data, write: `max ${points}` },
        };
    });
}
