/** Human output: `file:line:column: severity code: message`, the source line and a caret under the range. */
import { word, type Lang } from '@chiso/language/i18n';
import { renderReportText } from './report-texts.js';
import { neutraliseControls } from '@chiso/language/safe-text';
import type { Paint } from '../terminal.js';
import type { Finding } from './diagnostics.js';

/** No colours: the text as it is (the writer neutralises it whole). */
const PLAIN: Paint = (_, text) => text;

// Findings come file by file: keep the last text's lines, so a file with 100,000 findings is split once.
let lastText: string | undefined;
let lastLines: string[] = [];

function linesOf(text: string): string[] {
    if (text !== lastText) {
        lastText = text;
        lastLines = text.split(/\r?\n/);
    }
    return lastLines;
}

export function excerpt(text: string | undefined, finding: Finding, paint?: Paint): string[] {
    if (text === undefined) return [];
    const lines = linesOf(text);
    const source = lines[finding.line - 1];
    if (source === undefined) return [];
    const gutter = String(finding.line).padStart(5);
    const width = finding.endLine === finding.line ? Math.max(1, finding.endColumn - finding.column) : Math.max(1, source.length - finding.column + 1);
    const line = paint ? neutraliseControls(source) : source;
    return [`${gutter} | ${line}`, `${' '.repeat(gutter.length)} | ${' '.repeat(finding.column - 1)}${(paint ?? PLAIN)('caret', '^'.repeat(width))}`];
}

/** `paint`: terminal colours; the pieces are then neutralised one by one, and the text is written as it is. */
export function formatFinding(finding: Finding, lang: Lang, text?: string, paint?: Paint): string {
    const p = paint ?? PLAIN;
    const message = paint ? neutraliseControls(finding.message) : finding.message;
    const head = `${p('place', `${finding.file}:${finding.line}:${finding.column}:`)} ${p(finding.severity, word(lang, finding.severity))} ${p('code', `${finding.code}:`)} ${message}`;
    return [head, ...excerpt(text, finding, paint)].join('\n');
}

/** `Checked 4 files: 0 errors, 0 warnings, 67 notes (--notes lists them).` */
export function formatSummary(findings: readonly Finding[], fileCount: number, lang: Lang, notesHidden: boolean): string {
    const count = (s: Finding['severity']) => findings.filter(f => f.severity === s).length;
    return renderReportText(lang, 'checked', {
        files: fileCount, errors: count('error'), warnings: count('warning'), notes: count('info'), hidden: notesHidden ? 'yes' : 'no',
    });
}
