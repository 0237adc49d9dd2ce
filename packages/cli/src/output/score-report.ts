/**
 * A scoring report as text (per unit, in the user's language: rank k/N, the published index, the
 * class; the units not ranked under their own heading), JSON (exact values, the published index and
 * class) or CSV (one tidy table: a row per unit × measure), made unit by unit, in pieces: a
 * ministry's run is hundreds of megabytes.
 */
import { stringify } from 'csv-stringify/sync';
import { jsonPoints } from '@chiso/language/points';
import { word, type Lang } from '@chiso/language';
import type { CompiledSet } from '@chiso/language';
import { display, type Exact } from '../scoring/exact.js';
import { SCORE_FORMAT_VERSION } from './format-versions.js';
import { encode, JsonBytes } from './json-bytes.js';
import type { Points, Scale } from '../scoring/scale.js';
import { publishedText, roundingOf } from '../scoring/published.js';
import type { ScoreReport, UnitScore } from '../scoring/score.js';
import { renderReportText } from './report-texts.js';
import { SetItems, SOURCES } from '../scoring/set-items.js';

export type ScoreFormat = 'text' | 'json' | 'csv';

/** How a report spells points and percentages. */
interface NumberTexts {
    points(p: Points): string;
    /** a / of × 100 (of > 0). */
    percent(a: Points, of: Points): string;
}

/** Through a formatter of exact fractions, each distinct value's text made once: figures repeat across units. */
class MemoTexts implements NumberTexts {
    private readonly ofPoints = new Map<number, string>();
    private readonly ofPercent = new Map<number, Map<number, string>>();

    constructor(private readonly scale: Scale, private readonly format: (v: Exact) => string) {}

    points(p: Points): string {
        if (typeof p !== 'number') return this.format(p);
        let text = this.ofPoints.get(p);
        if (text === undefined) this.ofPoints.set(p, (text = this.format(this.scale.exact(p))));
        return text;
    }

    percent(a: Points, of: Points): string {
        if (typeof a !== 'number' || typeof of !== 'number') return this.format(this.scale.percent(a, of));
        let texts = this.ofPercent.get(of);
        if (!texts) this.ofPercent.set(of, (texts = new Map()));
        let text = texts.get(a);
        if (text === undefined) texts.set(a, (text = this.format(this.scale.percent(a, of))));
        return text;
    }
}

/** The unit's index: total / maxPoints × 100, or 0 without a max. */
function indexText(texts: NumberTexts, scale: Scale, u: UnitScore): string {
    return scale.compare(u.maxPoints, 0) > 0 ? texts.percent(u.total, u.maxPoints) : texts.points(0);
}

/** The unit's class when the set declares classes: its title, or that it is in none. */
function classText(set: CompiledSet, u: UnitScore, lang: Lang): string | undefined {
    if (!set.set.classes?.length) return undefined;
    return u.classification === null ? renderReportText(lang, 'score-unclassified') : renderReportText(lang, 'score-class', { title: u.classification });
}

function* scoreText(set: CompiledSet, report: ScoreReport, lang: Lang): Generator<string> {
    const exact = new MemoTexts(report.scale, v => display(v, 6, lang === 'vi'));
    const percent = new MemoTexts(report.scale, v => `${display(v, 2, lang === 'vi')}%`);
    yield `${set.set.title} (${set.set.id})\n`;
    for (const u of report.units) {
        const { bySource, deductions, subIndices, lost } = report.figures(u);
        // The units not ranked come last, under their own heading.
        if (u === report.units[report.rankedCount]) yield `\n${renderReportText(lang, 'score-unranked-units', { count: report.units.length - report.rankedCount })}\n`;
        const rank = u.rank === null ? word(lang, 'notRanked') : renderReportText(lang, 'score-rank', { rank: u.rank, of: report.rankedCount });
        const lines = ['', `${rank} · ${u.unit}${u.name ? ` — ${u.name}` : ''}`];
        const published = `${word(lang, 'index')} ${publishedText(set.set.rounding, u.published, lang === 'vi')}%`;
        lines.push(`  ${[`${word(lang, 'total')} ${exact.points(u.total)} / ${exact.points(u.maxPoints)}`, published, classText(set, u, lang)].filter(Boolean).join(' · ')}`);
        const { notAssigned } = u.notAssessed;
        if (notAssigned.length > 0) lines.push(`  ${word(lang, 'notAssigned')}: ${notAssigned.map(item => `${item.code} ${item.title}`).join('; ')}`);
        const sources = SOURCES.filter(k => report.scale.compare(bySource[k], 0) !== 0 || k !== 'specialist').map(k => `${word(lang, k)} ${exact.points(bySource[k])}`);
        if (report.scale.compare(deductions, 0) !== 0) sources.push(`${word(lang, 'deductions')} −${exact.points(deductions)}`);
        lines.push(`  ${sources.join(' · ')}`);
        lines.push(`  ${word(lang, 'subIndex')}:`);
        for (const s of subIndices) {
            lines.push(`    ${s.item.kind === 'domain' ? '' : '  '}${s.item.code.padEnd(6)} ${percent.percent(s.achieved, s.max).padStart(8)}  ${exact.points(s.achieved)}/${exact.points(s.max)}  ${s.item.title}`);
        }
        if (lost.length > 0) {
            lines.push(`  ${word(lang, 'lostPoints')}:`);
            for (const l of lost) lines.push(`    ${l.item.code.padEnd(8)} −${exact.points(l.lost).padEnd(6)} ${l.item.title}`);
        }
        yield lines.join('\n') + '\n';
    }
}

/**
 * The fixed text of an object as JSON.stringify(…, null, 2) lays it out at `depth`: what comes
 * before each field's value (the brace or comma, the line break, the name), and the end.
 */
function objectShape(depth: number, names: readonly string[]): { before: string[]; end: string } {
    const indent = '  '.repeat(depth + 1);
    return { before: names.map((name, i) => `${i === 0 ? '{' : ','}\n${indent}"${name}": `), end: `\n${'  '.repeat(depth)}}` };
}

/** The same bytes as JSON.stringify(report, null, 2) + '\n', written a few units at a time. */
function* scoreJson(set: CompiledSet, report: ScoreReport): Generator<string | Uint8Array> {
    const { scale } = report;
    const out = new JsonBytes();
    const denominator = Number(scale.denominator);
    const points = (p: Points) => (typeof p === 'number' ? out.ratio(p, denominator) : out.text(JSON.stringify(jsonPoints(p))));
    // a / D ÷ of / D × 100 = 100 a / of.
    const percent = (a: Points, of: Points) => (typeof a === 'number' && typeof of === 'number' ? out.ratio(100 * a, of) : out.text(JSON.stringify(jsonPoints(scale.percent(a, of)))));
    const rounded = new MemoTexts(scale, v => JSON.stringify(Number(display(v, 2))));

    const unit = objectShape(2, ['unit', 'name', 'ranked', 'rank', 'total', 'maxPoints', 'index', 'indexRounded', 'published', 'classification', 'bySource', 'deductions', 'subIndices', 'lost', 'notAssigned']);
    const unitShape = unit.before.map(encode), unitEnd = encode(unit.end);
    const sources = objectShape(3, SOURCES);
    const sourceShape = sources.before.map(encode), sourceEnd = encode(sources.end);
    const subIndex = objectShape(4, ['code', 'kind', 'achieved', 'max', 'percent']);
    const lost = objectShape(4, ['code', 'title', 'max', 'achieved', 'lost']);
    const subIndexShape = subIndex.before.map(encode), lostShape = lost.before.map(encode), entryEnd = encode(subIndex.end);
    // Lists of entries at depth 3: the first entry, the next ones, the end.
    const [listStart, listNext, listEnd, emptyList] = ['[\n        ', ',\n        ', '\n      ]', '[]'].map(encode);
    // Each item's entries up to their first value, once.
    const { items } = new SetItems(set);
    const subIndexStarts = new Map(items.map(item => [item, encode(`${subIndex.before[0]}${JSON.stringify(item.code)}${subIndex.before[1]}${JSON.stringify(item.kind)}${subIndex.before[2]}`)]));
    const lostStarts = new Map(items.map(item => [item, encode(`${lost.before[0]}${JSON.stringify(item.code)}${lost.before[1]}${JSON.stringify(item.title)}${lost.before[2]}`)]));
    /** An entry of a list: its item's start, then two points and a third (`null`: the first as a percentage of the second). */
    const entry = (j: number, start: Uint8Array, shape: readonly Uint8Array[], first: Points, second: Points, third: Points | null) => {
        out.raw(j === 0 ? listStart : listNext);
        out.raw(start);
        points(first);
        out.raw(shape[3]);
        points(second);
        out.raw(shape[4]);
        if (third === null) percent(first, second);
        else points(third);
        out.raw(entryEnd);
    };

    const head = JSON.stringify({ formatVersion: SCORE_FORMAT_VERSION, set: { id: set.set.id, title: set.set.title, total: set.set.total, rounding: roundingOf(set) }, rankedCount: report.rankedCount }, null, 2);
    // The head without its closing brace; the units follow it.
    yield `${head.slice(0, -2)},\n  "units": ${report.units.length === 0 ? '[]' : '['}`;
    for (const [i, u] of report.units.entries()) {
        const figures = report.figures(u);
        out.text(`${i > 0 ? ',' : ''}\n    `);
        out.raw(unitShape[0]);
        out.text(JSON.stringify(u.unit));
        out.raw(unitShape[1]);
        out.text(JSON.stringify(u.name));
        out.raw(unitShape[2]);
        out.text(String(u.ranked));
        out.raw(unitShape[3]);
        out.text(JSON.stringify(u.rank));
        out.raw(unitShape[4]);
        points(u.total);
        out.raw(unitShape[5]);
        points(u.maxPoints);
        const positive = scale.compare(u.maxPoints, 0) > 0;
        out.raw(unitShape[6]);
        if (positive) percent(u.total, u.maxPoints);
        else points(0);
        out.raw(unitShape[7]);
        out.text(positive ? rounded.percent(u.total, u.maxPoints) : rounded.points(0));
        out.raw(unitShape[8]);
        out.text(JSON.stringify(jsonPoints(u.published)));
        out.raw(unitShape[9]);
        out.text(JSON.stringify(u.classification));
        out.raw(unitShape[10]);
        SOURCES.forEach((kind, k) => {
            out.raw(sourceShape[k]);
            points(figures.bySource[kind]);
        });
        out.raw(sourceEnd);
        out.raw(unitShape[11]);
        points(figures.deductions);
        out.raw(unitShape[12]);
        figures.subIndices.forEach((s, j) => entry(j, subIndexStarts.get(s.item)!, subIndexShape, s.achieved, s.max, null));
        out.raw(figures.subIndices.length === 0 ? emptyList : listEnd);
        out.raw(unitShape[13]);
        figures.lost.forEach((l, j) => entry(j, lostStarts.get(l.item)!, lostShape, l.max, l.achieved, l.lost));
        out.raw(figures.lost.length === 0 ? emptyList : listEnd);
        out.raw(unitShape[14]);
        u.notAssessed.notAssigned.forEach((item, j) => {
            out.raw(j === 0 ? listStart : listNext);
            out.text(JSON.stringify(item.code));
        });
        out.raw(u.notAssessed.notAssigned.length === 0 ? emptyList : listEnd);
        out.raw(unitEnd);
        // Whole units at a time, so a chunk never ends inside a character.
        if (out.length >= 1 << 20) {
            yield out.written;
            out.clear();
        }
    }
    yield out.written;
    yield `${report.units.length === 0 ? '' : '\n  ]'}\n}\n`;
}

/**
 * A text cell a spreadsheet will not run: one starting with = + - @, a tab or a CR is a formula
 * to Excel (`=HYPERLINK(…)`, `+cmd|…`), so it gets a leading apostrophe, which Excel hides.
 */
function csvText(text: string): string {
    return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Machine-readable: dot decimals, exact values where finite, percentages to 6 places. */
function* scoreCsv(set: CompiledSet, report: ScoreReport): Generator<string> {
    const n = new MemoTexts(report.scale, v => display(v, 6));
    yield stringify([['unit', 'name', 'rank', 'ranked', 'measure', 'code', 'achieved', 'max', 'percent', 'lost']]);
    for (const u of report.units) {
        const { bySource, deductions, subIndices, lost } = report.figures(u);
        const head = [csvText(u.unit), csvText(u.name ?? ''), u.rank ?? '', u.ranked ? 'yes' : 'no'];
        const rows: (string | number)[][] = [[...head, 'total', '', n.points(u.total), n.points(u.maxPoints), indexText(n, report.scale, u), '']];
        // The index as published, with the class holding it in the code column.
        rows.push([...head, 'published', csvText(u.classification ?? ''), '', '', publishedText(set.set.rounding, u.published, false), '']);
        for (const k of SOURCES) rows.push([...head, 'source', k, n.points(bySource[k]), '', '', '']);
        rows.push([...head, 'deductions', '', n.points(deductions), '', '', '']);
        for (const s of subIndices) rows.push([...head, s.item.kind, csvText(s.item.code), n.points(s.achieved), n.points(s.max), n.percent(s.achieved, s.max), n.points(report.scale.sub(s.max, s.achieved))]);
        for (const l of lost) rows.push([...head, 'lost', csvText(l.item.code), n.points(l.achieved), n.points(l.max), '', n.points(l.lost)]);
        for (const item of u.notAssessed.notAssigned) rows.push([...head, 'notAssigned', csvText(item.code), '', '', '', '']);
        yield stringify(rows);
    }
}

/** The report in pieces: texts, or UTF-8 bytes valid only until the next piece is asked for. */
export function scoreReport(set: CompiledSet, report: ScoreReport, format: ScoreFormat, lang: Lang): Generator<string | Uint8Array> {
    return format === 'json' ? scoreJson(set, report) : format === 'csv' ? scoreCsv(set, report) : scoreText(set, report, lang);
}
