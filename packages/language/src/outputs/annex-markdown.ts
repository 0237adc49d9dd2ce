/** The annex as a Markdown table (GitHub-flavoured), for review in a repository. */
import type { Lang } from '../i18n/index.js';
import { annexPoints, type Annex } from './annex.js';

/**
 * Text as Markdown shows it, never as markup: HTML (`<script>`, `<img onerror>`) becomes entities,
 * and link brackets and table pipes are escaped (`[x](javascript:…)` stays text).
 */
export const markdownText = (text: string): string => text
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/[\\[\]|]/g, '\\$&')
    .replace(/\r?\n/g, '<br>');

export function annexMarkdown(annex: Annex, lang: Lang): string {
    const points = (row: Annex['rows'][number]) => annexPoints(row, lang);
    const lines = [`# ${markdownText(annex.heading)}`, ''];
    if (annex.subheading) lines.push(`*${markdownText(annex.subheading)}*`, '');
    lines.push(`| ${annex.columns.join(' | ')} |`, `|${annex.columns.map((_, i) => (i === 2 ? ' ---: ' : ' --- ')).join('|')}|`);
    for (const row of annex.rows) {
        const strong = row.kind === 'domain' || row.kind === 'total' || row.kind === 'deductions';
        const title = `${'&nbsp;'.repeat(row.depth * 2)}${strong ? `**${markdownText(row.title)}**` : markdownText(row.title)}`
            + row.scoring.map(line => `<br>${'&nbsp;'.repeat(row.depth * 2)}– ${markdownText(line)}`).join('');
        const max = strong ? `**${points(row)}**` : points(row);
        lines.push(`| ${strong ? `**${markdownText(row.code)}**` : markdownText(row.code)} | ${title} | ${max} |  |  | ${markdownText(row.note)} |`);
    }
    return lines.join('\n') + '\n';
}
