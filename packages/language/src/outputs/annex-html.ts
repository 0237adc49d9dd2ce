/**
 * The annex as one self-contained HTML page: the table, and a small chart of how the total is
 * shared between domains and, within each, between appraisal and survey points. Rows carry
 * `data-code` so the editor preview can reveal an item when its row is clicked.
 */
import type { Lang } from '../i18n/index.js';
import { exact, formatPoints, ZERO, type Exact } from '../model/points.js';
import { annexPoints, type Annex } from './annex.js';
import type { CompiledItem, CompiledSet } from './criteria-json.js';

const escape = (text: string) => text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** Text made safe inside HTML elements and attributes (the published results page uses it too). */
export { escape as htmlText };

const CHART = {
    vi: { title: 'Phân bổ điểm theo lĩnh vực', appraisal: 'Thẩm định', survey: 'Điều tra xã hội học', specialist: 'Phòng chuyên môn' },
    en: { title: 'Points by domain', appraisal: 'Appraisal', survey: 'Survey', specialist: 'Specialist offices' },
} as const;

const COLOURS = { appraisal: '#2f6db5', survey: '#e08a1e', specialist: '#5a9e4b' } as const;

function leafPoints(item: CompiledItem, totals: Record<keyof typeof COLOURS, Exact>): void {
    if (item.children.length === 0) totals[item.source.kind] = totals[item.source.kind].add(exact(String(item.maxPoints ?? 0)));
    else item.children.forEach(child => leafPoints(child, totals));
}

function chart(compiled: CompiledSet, lang: Lang): string {
    const text = CHART[lang];
    const total = exact(String(compiled.set.total));
    const width = 900, barHeight = 18, gap = 6, labelWidth = 44;
    // A domain whose points were not published has no bar.
    const bars = compiled.items.filter(domain => domain.maxPoints !== null).map((domain, i) => {
        const parts = { appraisal: ZERO, survey: ZERO, specialist: ZERO };
        leafPoints(domain, parts);
        let x = labelWidth;
        const y = 28 + i * (barHeight + gap);
        const segments = (Object.keys(parts) as (keyof typeof parts)[]).filter(k => parts[k].compare(0) > 0).map(k => {
            const w = parts[k].div(total).mul(width).valueOf();
            const rect = `<rect x="${x.toFixed(2)}" y="${y}" width="${w.toFixed(2)}" height="${barHeight}" fill="${COLOURS[k]}"><title>${escape(`${domain.code} ${domain.title}: ${text[k]} ${formatPoints(parts[k], lang === 'vi')}`)}</title></rect>`;
            x += w;
            return rect;
        });
        const share = exact(String(domain.maxPoints)).div(total).mul(100);
        return `<text x="0" y="${y + 13}" font-size="12">${escape(domain.code)}</text>${segments.join('')}`
            + `<text x="${(x + 6).toFixed(2)}" y="${y + 13}" font-size="12">${escape(formatPoints(exact(String(domain.maxPoints)), lang === 'vi'))} (${escape(formatPoints(share.round(1), lang === 'vi'))}%)</text>`;
    });
    const legend = (Object.keys(COLOURS) as (keyof typeof COLOURS)[]).map((k, i) =>
        `<rect x="${labelWidth + i * 150}" y="4" width="12" height="12" fill="${COLOURS[k]}"/><text x="${labelWidth + i * 150 + 16}" y="14" font-size="12">${escape(text[k])}</text>`).join('');
    const height = 28 + compiled.items.length * (barHeight + gap);
    return `<figure><figcaption>${escape(text.title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + width + 90}" height="${height}" role="img">${legend}${bars.join('')}</svg></figure>`;
}

export function annexHtml(annex: Annex, compiled: CompiledSet, lang: Lang): string {
    const rows = annex.rows.map(row => {
        const cls = [row.kind, row.surveySourced ? 'survey' : ''].filter(Boolean).join(' ');
        const scoring = row.scoring.length > 0 ? `<ul class="scoring">${row.scoring.map(l => `<li>${escape(l)}</li>`).join('')}</ul>` : '';
        return `<tr class="${cls}"${row.code ? ` data-code="${escape(row.code)}"` : ''}><td>${escape(row.code)}</td>`
            + `<td style="padding-left:${0.4 + row.depth * 1.2}em">${escape(row.title)}${scoring}</td>`
            + `<td class="num">${escape(annexPoints(row, lang))}</td><td></td><td></td><td>${escape(row.note)}</td></tr>`;
    }).join('\n');
    return htmlPage({
        lang, heading: annex.heading, subheading: annex.subheading,
        css: `tr.survey td:last-child { color: #a35a00; }
tr[data-code] { cursor: pointer; }
ul.scoring { margin: 0.2em 0 0 1.2em; padding: 0; font-size: 0.9em; color: #333; }
`,
        body: `${chart(compiled, lang)}
<table>
<colgroup><col style="width:7%"><col style="width:47%"><col style="width:8%"><col style="width:9%"><col style="width:9%"><col style="width:20%"></colgroup>
<thead><tr>${annex.columns.map(c => `<th>${escape(c)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
`,
    });
}

/**
 * A page as the annex and the published results print (Times New Roman, the heading centred,
 * bordered tables with right-aligned points, domain rows bold): `css` adds the page's own rules,
 * `body` follows the heading. No scripts, no external resources.
 */
export function htmlPage(page: { readonly lang: Lang; readonly heading: string; readonly subheading?: string; readonly css: string; readonly body: string }): string {
    return `<!DOCTYPE html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<title>${escape(page.heading)}</title>
<style>
body { font-family: "Times New Roman", serif; margin: 2em; color: #111; }
h1 { font-size: 1.3em; text-align: center; margin-bottom: 0.2em; }
p.sub { text-align: center; font-style: italic; margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.95em; }
th, td { border: 1px solid #555; padding: 0.25em 0.4em; vertical-align: top; }
th { background: #eee; }
td.num { text-align: right; white-space: nowrap; }
tr.domain td, tr.total td, tr.deductions td { font-weight: bold; }
tr.domain td { background: #f4f4f4; }
${page.css}figure { margin: 1.5em 0; font-family: sans-serif; }
figcaption { font-weight: bold; margin-bottom: 0.4em; }
</style>
</head>
<body>
<h1>${escape(page.heading)}</h1>
${page.subheading ? `<p class="sub">${escape(page.subheading)}</p>` : ''}
${page.body}</body>
</html>
`;
}
