/**
 * The results a Department publishes with its decision, as one model the HTML, DOCX and XLSX
 * writers only lay out: the ranking table, the units × domains sub-index table (the chart's
 * data), and each unit's scored annex ending with its "Chỉ số CCHC" line. Built once from the
 * set, the scoring report and the language; every figure is exact.
 */
import { buildAnnex, formatPoints, neutraliseControls, type Annex, type AnnexRow, type CompiledSet, type Lang } from '@chiso/language';
import { fromJson, ZERO, type Exact } from '../scoring/exact.js';
import type { ScoreReport, UnitScore } from '../scoring/score.js';
import { publish, roundingOf } from '../scoring/published.js';
import { SOURCES } from '../scoring/set-items.js';
import { renderResultsText, type PlainTextCode } from './results-texts.js';

export interface RankingRow {
    /** STT: the row's number, counted on in the unranked block. */
    readonly number: number;
    readonly unit: string;
    /** Per source column, then deductions when the set has them (ResultsView.pointColumns). */
    readonly points: readonly Exact[];
    readonly total: Exact;
    /** The index as published (rounded as the set declares): the value printed and ranked on. */
    readonly index: Exact;
    /** "k/N", or "Không xếp hạng". */
    readonly rank: string;
    /** The class's title ('' when none holds the index); a column only when the set declares classes. */
    readonly classification: string;
}

export interface SubIndexRow {
    readonly unit: string;
    /** Per domain, achieved / max × 100 rounded as the index is; null for a domain the unit was not assessed on. */
    readonly percents: readonly (Exact | null)[];
}

export interface AnnexLine {
    readonly row: AnnexRow;
    readonly max: Exact | null;
    /** null where the unit was not assessed on the item. */
    readonly achieved: Exact | null;
}

export interface UnitAnnex {
    readonly unit: string;
    readonly title: string;
    readonly lines: readonly AnnexLine[];
    /** "Chỉ số CCHC: 87,65%". */
    readonly indexLine: string;
}

export interface ResultsView {
    readonly lang: Lang;
    /** The set's title and its decision line. */
    readonly heading: string;
    readonly subheading: string;
    readonly rankingColumns: readonly string[];
    /** How many point columns come after the unit's (sources, then deductions). */
    readonly pointColumns: number;
    /** Whether the set declares classes (the Xếp loại column). */
    readonly withClasses: boolean;
    readonly ranked: readonly RankingRow[];
    readonly unranked: readonly RankingRow[];
    readonly domains: readonly { readonly code: string; readonly title: string }[];
    readonly subIndexColumns: readonly string[];
    readonly subIndices: readonly SubIndexRow[];
    readonly annexColumns: readonly string[];
    readonly annexes: readonly UnitAnnex[];
    /** Points as the documents print them: 87,65 in Vietnamese. */
    number(value: Exact): string;
}

/** `annex`: the set's annex in `lang`, when the caller has built it already. */
export function resultsView(set: CompiledSet, report: ScoreReport, lang: Lang, annex: Annex = buildAnnex(set, lang)): ResultsView {
    const { scale } = report;
    const t = (code: PlainTextCode) => renderResultsText(lang, code);
    const number = (value: Exact) => formatPoints(value, lang === 'vi');
    // Appraisal and survey always (the decisions' Thẩm định and ĐTXHH), specialist points and deductions only when the set has them.
    const sources = SOURCES.filter(kind => kind !== 'specialist' || !fromJson(set.totals.bySource.specialist).equals(0));
    const withDeductions = set.deductions.length > 0;
    const unitName = (u: UnitScore) => neutraliseControls(u.name ?? u.unit);
    const places = roundingOf(set);
    const withClasses = (set.set.classes ?? []).length > 0;

    // Each unit's figures once: the three tables read them.
    const figuresOf = new Map(report.units.map(u => [u, report.figures(u)]));
    const rankingRow = (u: UnitScore, i: number): RankingRow => {
        const figures = figuresOf.get(u)!;
        const points = sources.map(kind => scale.exact(figures.bySource[kind]));
        if (withDeductions) points.push(scale.exact(figures.deductions));
        return {
            number: i + 1, unit: unitName(u), points, total: scale.exact(u.total), index: u.published,
            rank: u.rank === null ? t('results-unranked') : `${u.rank}/${report.rankedCount}`, classification: neutraliseControls(u.classification ?? ''),
        };
    };
    const rows = report.units.map(rankingRow);

    const domains = set.items.map(item => ({ code: neutraliseControls(item.code), title: neutraliseControls(item.title) }));
    const subIndices = report.units.map(u => {
        const byCode = new Map(figuresOf.get(u)!.subIndices.filter(s => s.item.kind === 'domain').map(s => [s.item.code, publish(scale.percent(s.achieved, s.max), places)]));
        return { unit: unitName(u), percents: set.items.map(item => byCode.get(item.code) ?? null) };
    });

    const annexes = report.units.map(u => {
        const figures = figuresOf.get(u)!;
        const achieved = (code: string) => {
            const points = figures.achieved(code);
            return points === null ? null : scale.exact(points);
        };
        let group = 0;
        const lines = annex.rows.map((row): AnnexLine => {
            switch (row.kind) {
                case 'total':
                    return { row, max: scale.exact(u.maxPoints), achieved: scale.exact(u.total) };
                case 'subtotal': {
                    // A source's points over what the unit was assessed on; a source not assessed at all (a survey not run) shows —.
                    const assessed = row.subtotalOf ? scale.exact(figures.maxBySource[row.subtotalOf]) : ZERO;
                    return row.subtotalOf && (assessed.compare(0) > 0 || row.maxPoints === null || row.maxPoints.compare(0) === 0)
                        ? { row, max: assessed, achieved: scale.exact(figures.bySource[row.subtotalOf]) }
                        : { row, max: row.maxPoints, achieved: null };
                }
                case 'deductions': {
                    // What the group takes off: its items added up, at most the group's max.
                    const taken = set.deductions[group++].items.reduce((sum, item) => sum.add(achieved(item.code) ?? ZERO), ZERO);
                    return { row, max: row.maxPoints, achieved: row.maxPoints !== null && taken.compare(row.maxPoints) > 0 ? row.maxPoints : taken };
                }
                default: {
                    // A parent's max over what the unit was assessed on (34 of domain 1's 36 with a 2-point item not
                    // assigned), so that its points read against it; an item not assessed keeps its max, achieved —.
                    const assessed = figures.assessedMax(row.code);
                    return { row, max: assessed === null ? row.maxPoints : scale.exact(assessed), achieved: achieved(row.code) };
                }
            }
        });
        return {
            unit: unitName(u),
            title: renderResultsText(lang, 'results-unit-annex', { unit: unitName(u) }),
            lines,
            indexLine: renderResultsText(lang, 'results-index-line', { index: number(u.published) }),
        };
    });

    const sourceColumn = { appraisal: 'results-column-appraisal', survey: 'results-column-survey', specialist: 'results-column-specialist' } as const;
    return {
        lang,
        heading: annex.heading,
        subheading: annex.subheading,
        rankingColumns: [
            t('results-column-number'), t('results-column-unit'),
            ...sources.map(kind => t(sourceColumn[kind])), ...(withDeductions ? [t('results-column-deductions')] : []),
            t('results-column-total'), t('results-column-index'), t('results-column-rank'), ...(withClasses ? [t('results-column-class')] : []),
        ],
        pointColumns: sources.length + (withDeductions ? 1 : 0),
        withClasses,
        ranked: rows.filter((_, i) => report.units[i].ranked),
        unranked: rows.filter((_, i) => !report.units[i].ranked).map((row, i) => ({ ...row, number: i + 1 })),
        domains,
        subIndexColumns: [t('results-column-unit'), ...domains.map(d => `${d.code}. ${d.title}`)],
        subIndices,
        annexColumns: [annex.columns[0], annex.columns[1], t('results-column-max'), t('results-column-achieved'), annex.columns[5]],
        annexes,
        number,
    };
}

/** The cells of a ranking row as text, in rankingColumns' order. */
export function rankingCells(view: ResultsView, row: RankingRow): string[] {
    return [String(row.number), row.unit, ...row.points.map(view.number), view.number(row.total), view.number(row.index), row.rank, ...(view.withClasses ? [row.classification] : [])];
}

/** A percentage or points cell: — where there is none. */
export function orDash(view: ResultsView, value: Exact | null): string {
    return value === null ? '—' : view.number(value);
}
