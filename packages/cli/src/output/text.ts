/** Human output: `file:line:column: severity code: message`, the source line and a caret under the range. */
import { word, type Lang } from '@chiso/language/i18n';
import { renderReportText } from './report-texts.js';
import type { Finding } from './diagnostics.js';

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

export function excerpt(text: string | undefined, finding: Finding): string[] {
    if (text === undefined) return [];
    const lines = linesOf(text);
    const source = lines[finding.line - 1];
    if (source === undefined) return [];
    const gutter = String(finding.line).padStart(5);
    const width = finding.endLine === finding.line ? Math.max(1, finding.endColumn - finding.column) : Math.max(1, source.length - finding.column + 1);
    return [`${gutter} | ${source}`, `${' '.repeat(gutter.length)} | ${' '.repeat(finding.column - 1)}${'^'.repeat(width)}`];
}

export function formatFinding(finding: Finding, lang: Lang, text?: string): string {
    const head = `${finding.file}:${finding.line}:${finding.column}: ${word(lang, finding.severity)} ${finding.code}: ${finding.message}`;
    return [head, ...excerpt(text, finding)].join('\n');
}

/** `Checked 4 files: 0 errors, 0 warnings, 67 notes (--notes lists them).` */
export function formatSummary(findings: readonly Finding[], fileCount: number, lang: Lang, notesHidden: boolean): string {
    const count = (s: Finding['severity']) => findings.filter(f => f.severity === s).length;
    return renderReportText(lang, 'checked', {
        files: fileCount, errors: count('error'), warnings: count('warning'), notes: count('info'), hidden: notesHidden ? 'yes' : 'no',
    });
}
