/**
 * The year-over-year comparison written out: plain text and Markdown for people (the units table,
 * then the items that moved), JSON with exact figures for other tools. The units table's cells and
 * the items' texts come from here; the XLSX writer reads them too.
 */
import { markdownText, word, type CompiledItem, type Lang } from '@chiso/language';
import { jsonPoints } from '@chiso/language/points';
import { display, fromJson } from '../scoring/exact.js';
import { COMPARE_FORMAT_VERSION } from '../output/format-versions.js';
import { publishedText } from '../scoring/published.js';
import { signed, signedPoints } from '../output/signed.js';
import type { Comparison, ItemMove, ItemPoints, OverallMove, Standing, UnitYears } from './compare-table.js';
import { renderCompareText } from './compare-texts.js';

const COLUMNS = ['unit', 'index-before', 'rank-before', 'index-after', 'rank-after', 'index-change', 'rank-change'] as const;

export function compareColumns(lang: Lang): string[] {
    return COLUMNS.map(c => renderCompareText(lang, `compare-column-${c}`));
}

/** An index as that year's results published it (its set's rounding), in the language's number format. */
const percent = (s: Standing, lang: Lang) => `${publishedText(s.rounding, s.published, lang === 'vi')}%`;

export const unitLabel = (u: { unit: string; name: string | null }) => (u.name ? `${u.unit} — ${u.name}` : u.unit);

function rankText(s: Standing | undefined, lang: Lang): string {
    if (!s) return '—';
    return s.rank === null ? word(lang, 'notRanked') : `${s.rank}/${s.rankedCount}`;
}

/** A unit's row, in compareColumns' order. */
export function unitCells(u: UnitYears, lang: Lang): string[] {
    const { before, after } = u;
    const index = (s: Standing | undefined) => (s ? percent(s, lang) : '—');
    let indexChange: string, rankChange: string;
    if (!before || !after) {
        indexChange = rankChange = renderCompareText(lang, before ? 'compare-only-before' : 'compare-only-after');
    } else {
        // The change between the published values: what a reader of both years' decisions computes.
        indexChange = signed(after.published.sub(before.published), v => display(v, 2, lang === 'vi'));
        const places = before.rank !== null && after.rank !== null ? before.rank - after.rank : null;
        rankChange = places === null ? '—' : places > 0 ? renderCompareText(lang, 'compare-rank-up', { places }) : places < 0 ? renderCompareText(lang, 'compare-rank-down', { places: -places }) : renderCompareText(lang, 'compare-rank-same');
    }
    return [unitLabel(u), index(before), rankText(before, lang), index(after), rankText(after, lang), indexChange, rankChange];
}

/** An item's code (and last year's, when it changed) and title. */
export const itemText = (after: CompiledItem, before: CompiledItem | undefined, lang: Lang) =>
    renderCompareText(lang, 'compare-item', { code: after.code, was: before && before.code !== after.code ? before.code : '', title: after.title });

const pointsText = (p: ItemPoints, lang: Lang) => renderCompareText(lang, 'compare-points', { achieved: p.achieved, max: p.max });

function moveLine(m: ItemMove, lang: Lang): string {
    const rescaled = m.before.max.equals(m.after.max) ? 'no' : 'yes';
    return `${itemText(m.after.item, m.before.item, lang)}: ${renderCompareText(lang, 'compare-move', { before: pointsText(m.before, lang), after: pointsText(m.after, lang), change: signedPoints(m.change, lang), rescaled })}`;
}

function overallLine(m: OverallMove, lang: Lang): string {
    return `${itemText(m.after, m.before, lang)}: ${renderCompareText(lang, 'compare-mean-move', { change: signedPoints(m.change, lang), units: m.units })}`;
}

const pointsLine = (p: ItemPoints, lang: Lang) => `${itemText(p.item, undefined, lang)}: ${pointsText(p, lang)}`;
const itemLine = (item: CompiledItem, lang: Lang) => `${itemText(item, undefined, lang)} (${renderCompareText(lang, 'compare-max', { max: fromJson(item.maxPoints ?? 0) })})`;

/** The overall section (without --unit), then each unit's: four lists each, headed, possibly empty. */
function sections(comparison: Comparison, lang: Lang): { heading: string; lists: { heading: string; lines: string[] }[] }[] {
    const list = (code: 'compare-up' | 'compare-down' | 'compare-added' | 'compare-removed', lines: string[]) => ({ heading: renderCompareText(lang, code), lines });
    const result = [];
    if (comparison.overall) {
        const o = comparison.overall;
        result.push({
            heading: renderCompareText(lang, 'compare-overall'),
            lists: [list('compare-up', o.up.map(m => overallLine(m, lang))), list('compare-down', o.down.map(m => overallLine(m, lang))), list('compare-added', o.added.map(i => itemLine(i, lang))), list('compare-removed', o.removed.map(i => itemLine(i, lang)))],
        });
    }
    for (const u of comparison.perUnit) {
        result.push({
            heading: renderCompareText(lang, 'compare-unit-moves', { unit: unitLabel(u) }),
            lists: [list('compare-up', u.up.map(m => moveLine(m, lang))), list('compare-down', u.down.map(m => moveLine(m, lang))), list('compare-added', u.added.map(p => pointsLine(p, lang))), list('compare-removed', u.removed.map(p => pointsLine(p, lang)))],
        });
    }
    return result;
}

export function compareTitle(comparison: Comparison, lang: Lang): string {
    const name = (s: Comparison['before']) => (s.year === null ? s.id : `${s.id}, ${s.year}`);
    return renderCompareText(lang, 'compare-title', { before: name(comparison.before), after: name(comparison.after) });
}

function compareText(comparison: Comparison, lang: Lang): string {
    const rows = [compareColumns(lang), ...comparison.units.map(u => unitCells(u, lang))];
    const widths = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
    const lines = [compareTitle(comparison, lang), '', renderCompareText(lang, 'compare-units'), ...rows.map(r => `  ${r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()}`)];
    for (const section of sections(comparison, lang)) {
        lines.push('', section.heading);
        for (const l of section.lists) {
            lines.push(`  ${l.heading}:`);
            lines.push(...(l.lines.length > 0 ? l.lines : [renderCompareText(lang, 'compare-none')]).map(line => `    ${line}`));
        }
    }
    return lines.join('\n');
}

function compareMarkdown(comparison: Comparison, lang: Lang): string {
    const columns = compareColumns(lang);
    const lines = [`# ${markdownText(compareTitle(comparison, lang))}`, '', `## ${renderCompareText(lang, 'compare-units')}`, ''];
    lines.push(`| ${columns.join(' | ')} |`, `|${columns.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const u of comparison.units) lines.push(`| ${unitCells(u, lang).map(markdownText).join(' | ')} |`);
    for (const section of sections(comparison, lang)) {
        lines.push('', `## ${markdownText(section.heading)}`);
        for (const l of section.lists) {
            lines.push('', `### ${markdownText(l.heading)}`, '');
            lines.push(...(l.lines.length > 0 ? l.lines.map(line => `- ${markdownText(line)}`) : [renderCompareText(lang, 'compare-none')]));
        }
    }
    return lines.join('\n');
}

function compareJson(comparison: Comparison): string {
    const standing = (s: Standing | undefined) => s === undefined ? null : { total: jsonPoints(s.total), maxPoints: jsonPoints(s.maxPoints), index: jsonPoints(s.index), published: jsonPoints(s.published), rank: s.rank, rankedCount: s.rankedCount };
    const ref = (after: CompiledItem, before: CompiledItem) => ({ code: after.code, previousCode: before.code, title: after.title });
    const points = (p: ItemPoints) => ({ achieved: jsonPoints(p.achieved), maxPoints: jsonPoints(p.max) });
    const move = (m: ItemMove) => ({ ...ref(m.after.item, m.before.item), before: points(m.before), after: points(m.after), change: jsonPoints(m.change) });
    const mean = (m: OverallMove) => ({ ...ref(m.after, m.before), units: m.units, change: jsonPoints(m.change) });
    const item = (i: CompiledItem) => ({ code: i.code, title: i.title, maxPoints: i.maxPoints });
    const itemPoints = (p: ItemPoints) => ({ code: p.item.code, title: p.item.title, ...points(p) });
    const set = (s: Comparison['before']) => ({ id: s.id, title: s.title, year: s.year });
    return JSON.stringify({
        formatVersion: COMPARE_FORMAT_VERSION,
        before: set(comparison.before),
        after: set(comparison.after),
        top: comparison.top,
        units: comparison.units.map(u => ({
            unit: u.unit,
            name: u.name,
            before: standing(u.before),
            after: standing(u.after),
            indexChange: u.before && u.after ? jsonPoints(u.after.index.sub(u.before.index)) : null,
            publishedChange: u.before && u.after ? jsonPoints(u.after.published.sub(u.before.published)) : null,
            rankChange: u.before?.rank != null && u.after?.rank != null ? u.before.rank - u.after.rank : null,
        })),
        overall: comparison.overall && {
            up: comparison.overall.up.map(mean),
            down: comparison.overall.down.map(mean),
            added: comparison.overall.added.map(item),
            removed: comparison.overall.removed.map(item),
        },
        perUnit: comparison.perUnit.map(u => ({ unit: u.unit, name: u.name, up: u.up.map(move), down: u.down.map(move), added: u.added.map(itemPoints), removed: u.removed.map(itemPoints) })),
    }, null, 2);
}

export function compareReport(comparison: Comparison, format: 'text' | 'md' | 'json', lang: Lang): string {
    return format === 'json' ? compareJson(comparison) : format === 'md' ? compareMarkdown(comparison, lang) : compareText(comparison, lang);
}
