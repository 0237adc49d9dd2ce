/**
 * The published results as one self-contained HTML page (no scripts, no external resources):
 * the ranking, the unranked apart, the sub-index table and its chart as inline SVG, then each
 * unit's scored annex — in the annex page's style and escaping.
 */
import { htmlPage, htmlText as escape } from '@chiso/language';
import { renderResultsText, type PlainTextCode } from './results-texts.js';
import { orDash, rankingCells, type RankingRow, type ResultsView } from './results-view.js';

/** Numeric columns right-aligned; an annex row carries its kind as a class and its depth as the title's indent. */
const table = (columns: readonly string[], rows: readonly (readonly string[])[], numeric: (i: number) => boolean, annexRows: readonly { kind: string; depth: number }[] = []) =>
    `<table>\n<thead><tr>${columns.map(c => `<th>${escape(c)}</th>`).join('')}</tr></thead>\n<tbody>\n`
    + rows.map((cells, r) => `<tr${annexRows[r] ? ` class="${annexRows[r].kind}"` : ''}>${cells.map((c, i) => {
        const indent = annexRows[r] && i === 1 ? ` style="padding-left:${0.4 + annexRows[r].depth * 1.2}em"` : '';
        return `<td${numeric(i) ? ' class="num"' : ''}${indent}>${escape(c)}</td>`;
    }).join('')}</tr>`).join('\n')
    + '\n</tbody>\n</table>';

const LABEL = 280, BAR = 500, ROW = 18, HEAD = 24;

/**
 * The sub-index table as bars (inline SVG, no script): a group per domain, a bar per unit on a
 * 0–100 % scale with its figure; a unit not assessed on the domain has no bar, only —.
 */
function chart(view: ResultsView): string {
    const parts: string[] = [];
    let y = 20;
    for (const tick of [0, 25, 50, 75, 100]) parts.push(`<text x="${LABEL + (BAR * tick) / 100}" y="12" font-size="11" text-anchor="middle">${tick}%</text>`);
    view.domains.forEach((domain, d) => {
        parts.push(`<text x="0" y="${y + 16}" font-size="13" font-weight="bold">${escape(`${domain.code}. ${domain.title}`)}</text>`);
        y += HEAD;
        for (const row of view.subIndices) {
            const percent = row.percents[d];
            const width = percent === null ? 0 : (BAR * Math.min(100, Math.max(0, percent.valueOf()))) / 100;
            parts.push(`<text x="${LABEL - 6}" y="${y + 13}" font-size="12" text-anchor="end">${escape(row.unit)}</text>`
                + (percent === null ? '' : `<rect x="${LABEL}" y="${y + 2}" width="${width.toFixed(2)}" height="${ROW - 4}" fill="#2f6db5"/>`)
                + `<text x="${(LABEL + width + 6).toFixed(2)}" y="${y + 13}" font-size="12">${escape(orDash(view, percent))}</text>`);
            y += ROW;
        }
    });
    const grid = [0, 25, 50, 75, 100].map(tick => `<line x1="${LABEL + (BAR * tick) / 100}" y1="16" x2="${LABEL + (BAR * tick) / 100}" y2="${y}" stroke="#ccc"/>`).join('');
    return `<figure><figcaption>${escape(renderResultsText(view.lang, 'results-chart'))}</figcaption>`
        + `<svg xmlns="http://www.w3.org/2000/svg" width="${LABEL + BAR + 70}" height="${y + 4}" role="img">${grid}${parts.join('')}</svg></figure>`;
}

function ranking(view: ResultsView, rows: readonly RankingRow[]): string {
    return table(view.rankingColumns, rows.map(row => rankingCells(view, row)), i => i !== 1);
}

export function resultsHtml(view: ResultsView): string {
    const t = (code: PlainTextCode) => escape(renderResultsText(view.lang, code));
    const annexes = view.annexes.map(annex => {
        const rows = annex.lines.map(line => [line.row.code, line.row.title, orDash(view, line.max), orDash(view, line.achieved), line.row.note]);
        return `<section class="unit">\n<h3>${escape(annex.title)}</h3>\n${table(view.annexColumns, rows, i => i === 2 || i === 3, annex.lines.map(line => line.row))}\n<p class="index">${escape(annex.indexLine)}</p>\n</section>`;
    });
    const subIndices = view.subIndices.map(row => [row.unit, ...row.percents.map(p => orDash(view, p))]);
    return htmlPage({
        lang: view.lang, heading: view.heading, subheading: view.subheading,
        css: `h2 { font-size: 1.15em; margin-top: 1.5em; }
h3 { font-size: 1.05em; }
table { margin-bottom: 1em; }
p.index { font-weight: bold; }
section.unit { break-before: page; }
`,
        body: `<h2>${t('results-heading')}</h2>
<h3>${t('results-ranking')}</h3>
${ranking(view, view.ranked)}
${view.unranked.length > 0 ? `<h3>${t('results-unranked')}</h3>\n${ranking(view, view.unranked)}\n` : ''}<h2>${t('results-sub-indices')}</h2>
${table(view.subIndexColumns, subIndices, i => i > 0)}
${chart(view)}
<h2>${t('results-annexes')}</h2>
${annexes.join('\n')}
`,
    });
}
