/**
 * A scoring report as text (per unit, in the user's language), JSON (exact values, plus the
 * index rounded to 2 places for display) or CSV (one tidy table: a row per unit × measure),
 * written unit by unit through `write`: a ministry's run is hundreds of megabytes.
 */
import { stringify } from 'csv-stringify/sync';
import { jsonPoints } from '@chiso/language/points';
import { word, type Lang } from '@chiso/language';
import type { CompiledItem, CompiledSet } from '@chiso/language';
import { display, type Exact } from '../scoring/exact.js';
import { JsonRatios } from './json-ratio.js';
import type { Points, Scale } from '../scoring/scale.js';
import type { ScoreReport, UnitScore } from '../scoring/score.js';
import { SOURCES } from '../scoring/set-items.js';

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

/** JSON values: integer points in number arithmetic (json-ratio.ts), fractions that do not fit the scale as jsonPoints spells them. */
class JsonTexts implements NumberTexts {
    private readonly ratios = new JsonRatios();
    private readonly denominator: number;

    constructor(private readonly scale: Scale) {
        this.denominator = Number(scale.denominator);
    }

    points(p: Points): string {
        return typeof p === 'number' ? this.ratios.text(p, this.denominator) : JSON.stringify(jsonPoints(p));
    }

    percent(a: Points, of: Points): string {
        // a / D ÷ of / D × 100 = 100 a / of.
        return typeof a === 'number' && typeof of === 'number' ? this.ratios.text(100 * a, of) : JSON.stringify(jsonPoints(this.scale.percent(a, of)));
    }
}

/** The unit's index: total / maxPoints × 100, or 0 without a max. */
function indexText(texts: NumberTexts, scale: Scale, u: UnitScore): string {
    return scale.compare(u.maxPoints, 0) > 0 ? texts.percent(u.total, u.maxPoints) : texts.points(0);
}

function scoreText(set: CompiledSet, report: ScoreReport, lang: Lang, write: (text: string) => void): void {
    const exact = new MemoTexts(report.scale, v => display(v, 6, lang === 'vi'));
    const percent = new MemoTexts(report.scale, v => `${display(v, 2, lang === 'vi')}%`);
    write(`${set.set.title} (${set.set.id})\n`);
    for (const u of report.units) {
        const { bySource, deductions, subIndices, lost } = report.figures(u);
        const rank = u.rank === null ? word(lang, 'notRanked') : `${word(lang, 'rank')} ${u.rank}`;
        const lines = ['', `${rank} · ${u.unit}${u.name ? ` — ${u.name}` : ''}`];
        lines.push(`  ${word(lang, 'total')} ${exact.points(u.total)} / ${exact.points(u.maxPoints)} · ${word(lang, 'index')} ${indexText(percent, report.scale, u)}`);
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
        write(lines.join('\n') + '\n');
    }
}

const INDENT = Array.from({ length: 6 }, (_, depth) => '  '.repeat(depth));

/**
 * An object as JSON.stringify(…, null, 2) lays it out at `depth` (its first brace already placed):
 * `fields` are names (plain words) and JSON texts, in turn.
 */
function jsonObject(depth: number, fields: readonly string[]): string {
    let text = '{';
    for (let i = 0; i < fields.length; i += 2) text += `${i > 0 ? ',' : ''}\n${INDENT[depth + 1]}"${fields[i]}": ${fields[i + 1]}`;
    return `${text}\n${INDENT[depth]}}`;
}

/** A list of objects at `depth`, as JSON.stringify lays it out. */
function jsonList(depth: number, count: number, element: (j: number) => string): string {
    if (count === 0) return '[]';
    let text = '[';
    for (let j = 0; j < count; j++) text += `${j > 0 ? ',' : ''}\n${INDENT[depth + 1]}${element(j)}`;
    return `${text}\n${INDENT[depth]}]`;
}

/** The same bytes as JSON.stringify(report, null, 2) + '\n', written a unit at a time. */
function scoreJson(set: CompiledSet, report: ScoreReport, write: (text: string) => void): void {
    const json = new JsonTexts(report.scale);
    const rounded = new MemoTexts(report.scale, v => JSON.stringify(Number(display(v, 2))));
    // Each item's strings as JSON, once.
    const quoted = new Map<CompiledItem, { code: string; kind: string; title: string }>();
    const quote = (item: CompiledItem) => {
        let texts = quoted.get(item);
        if (!texts) quoted.set(item, (texts = { code: JSON.stringify(item.code), kind: JSON.stringify(item.kind), title: JSON.stringify(item.title) }));
        return texts;
    };
    const head = JSON.stringify({ set: { id: set.set.id, title: set.set.title, total: set.set.total } }, null, 2);
    // The head without its closing brace; the units follow it.
    write(`${head.slice(0, -2)},\n  "units": ${report.units.length === 0 ? '[]' : '['}`);
    report.units.forEach((u, i) => {
        const { bySource, deductions, subIndices, lost } = report.figures(u);
        write(`${i > 0 ? ',' : ''}\n${INDENT[2]}${jsonObject(2, [
            'unit', JSON.stringify(u.unit),
            'name', JSON.stringify(u.name),
            'ranked', String(u.ranked),
            'rank', JSON.stringify(u.rank),
            'total', json.points(u.total),
            'maxPoints', json.points(u.maxPoints),
            'index', indexText(json, report.scale, u),
            'indexRounded', indexText(rounded, report.scale, u),
            'bySource', jsonObject(3, SOURCES.flatMap(k => [k, json.points(bySource[k])])),
            'deductions', json.points(deductions),
            'subIndices', jsonList(3, subIndices.length, j => {
                const s = subIndices[j], item = quote(s.item);
                return jsonObject(4, ['code', item.code, 'kind', item.kind, 'achieved', json.points(s.achieved), 'max', json.points(s.max), 'percent', json.percent(s.achieved, s.max)]);
            }),
            'lost', jsonList(3, lost.length, j => {
                const l = lost[j], item = quote(l.item);
                return jsonObject(4, ['code', item.code, 'title', item.title, 'max', json.points(l.max), 'achieved', json.points(l.achieved), 'lost', json.points(l.lost)]);
            }),
        ])}`);
    });
    write(`${report.units.length === 0 ? '' : `\n${INDENT[1]}]`}\n}\n`);
}

/** Machine-readable: dot decimals, exact values where finite, percentages to 6 places. */
function scoreCsv(report: ScoreReport, write: (text: string) => void): void {
    const n = new MemoTexts(report.scale, v => display(v, 6));
    write(stringify([['unit', 'name', 'rank', 'ranked', 'measure', 'code', 'achieved', 'max', 'percent', 'lost']]));
    for (const u of report.units) {
        const { bySource, deductions, subIndices, lost } = report.figures(u);
        const head = [u.unit, u.name ?? '', u.rank ?? '', u.ranked ? 'yes' : 'no'];
        const rows: (string | number)[][] = [[...head, 'total', '', n.points(u.total), n.points(u.maxPoints), indexText(n, report.scale, u), '']];
        for (const k of SOURCES) rows.push([...head, 'source', k, n.points(bySource[k]), '', '', '']);
        rows.push([...head, 'deductions', '', n.points(deductions), '', '', '']);
        for (const s of subIndices) rows.push([...head, s.item.kind, s.item.code, n.points(s.achieved), n.points(s.max), n.percent(s.achieved, s.max), n.points(report.scale.sub(s.max, s.achieved))]);
        for (const l of lost) rows.push([...head, 'lost', l.item.code, n.points(l.achieved), n.points(l.max), '', n.points(l.lost)]);
        write(stringify(rows));
    }
}

export function writeScoreReport(set: CompiledSet, report: ScoreReport, format: ScoreFormat, lang: Lang, write: (text: string) => void): void {
    if (format === 'json') scoreJson(set, report, write);
    else if (format === 'csv') scoreCsv(report, write);
    else scoreText(set, report, lang, write);
}
