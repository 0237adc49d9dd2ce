/**
 * A scoring report as text (per unit, in the user's language), JSON (exact values, plus the
 * index rounded to 2 places for display) or CSV (one tidy table: a row per unit × measure).
 */
import { stringify } from 'csv-stringify/sync';
import { jsonPoints } from '@chiso/language/points';
import { word, type Lang } from '@chiso/language';
import type { CompiledSet, SourceKind } from '@chiso/language';
import { display, type Exact } from '../scoring/exact.js';
import type { UnitScore } from '../scoring/score.js';

const SOURCES: SourceKind[] = ['appraisal', 'survey', 'specialist'];

const exactText = (v: Exact, lang: Lang) => display(v, 6, lang === 'vi');
const percentText = (v: Exact, lang: Lang) => `${display(v, 2, lang === 'vi')}%`;

export function scoreText(set: CompiledSet, units: readonly UnitScore[], lang: Lang): string {
    const lines: string[] = [`${set.set.title} (${set.set.id})`, ''];
    for (const u of units) {
        const rank = u.rank === null ? word(lang, 'notRanked') : `${word(lang, 'rank')} ${u.rank}`;
        lines.push(`${rank} · ${u.unit}${u.name ? ` — ${u.name}` : ''}`);
        lines.push(`  ${word(lang, 'total')} ${exactText(u.total, lang)} / ${exactText(u.maxPoints, lang)} · ${word(lang, 'index')} ${percentText(u.index, lang)}`);
        const sources = SOURCES.filter(k => u.bySource[k].compare(0) !== 0 || k !== 'specialist').map(k => `${word(lang, k)} ${exactText(u.bySource[k], lang)}`);
        if (u.deductions.compare(0) !== 0) sources.push(`${word(lang, 'deductions')} −${exactText(u.deductions, lang)}`);
        lines.push(`  ${sources.join(' · ')}`);
        lines.push(`  ${word(lang, 'subIndex')}:`);
        for (const s of u.subIndices) {
            lines.push(`    ${s.kind === 'domain' ? '' : '  '}${s.code.padEnd(6)} ${percentText(s.percent, lang).padStart(8)}  ${exactText(s.achieved, lang)}/${exactText(s.max, lang)}  ${s.title}`);
        }
        if (u.lost.length > 0) {
            lines.push(`  ${word(lang, 'lostPoints')}:`);
            for (const l of u.lost) lines.push(`    ${l.code.padEnd(8)} −${exactText(l.lost, lang).padEnd(6)} ${l.title}`);
        }
        lines.push('');
    }
    return lines.join('\n');
}

export function scoreJson(set: CompiledSet, units: readonly UnitScore[]): object {
    return {
        set: { id: set.set.id, title: set.set.title, total: set.set.total },
        units: units.map(u => ({
            unit: u.unit,
            name: u.name,
            ranked: u.ranked,
            rank: u.rank,
            total: jsonPoints(u.total),
            maxPoints: jsonPoints(u.maxPoints),
            index: jsonPoints(u.index),
            indexRounded: Number(display(u.index, 2)),
            bySource: Object.fromEntries(SOURCES.map(k => [k, jsonPoints(u.bySource[k])])),
            deductions: jsonPoints(u.deductions),
            subIndices: u.subIndices.map(s => ({ code: s.code, kind: s.kind, achieved: jsonPoints(s.achieved), max: jsonPoints(s.max), percent: jsonPoints(s.percent) })),
            lost: u.lost.map(l => ({ code: l.code, title: l.title, max: jsonPoints(l.max), achieved: jsonPoints(l.achieved), lost: jsonPoints(l.lost) })),
        })),
    };
}

/** Machine-readable: dot decimals, exact values where finite, percentages to 6 places. */
export function scoreCsv(units: readonly UnitScore[]): string {
    const n = (v: Exact) => display(v, 6);
    const rows: (string | number)[][] = [['unit', 'name', 'rank', 'ranked', 'measure', 'code', 'achieved', 'max', 'percent', 'lost']];
    for (const u of units) {
        const head = [u.unit, u.name ?? '', u.rank ?? '', u.ranked ? 'yes' : 'no'];
        rows.push([...head, 'total', '', n(u.total), n(u.maxPoints), n(u.index), '']);
        for (const k of SOURCES) rows.push([...head, 'source', k, n(u.bySource[k]), '', '', '']);
        rows.push([...head, 'deductions', '', n(u.deductions), '', '', '']);
        for (const s of u.subIndices) rows.push([...head, s.kind, s.code, n(s.achieved), n(s.max), n(s.percent), n(s.max.sub(s.achieved))]);
        for (const l of u.lost) rows.push([...head, 'lost', l.code, n(l.achieved), n(l.max), '', n(l.lost)]);
    }
    return stringify(rows);
}
