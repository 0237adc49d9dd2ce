/**
 * The decision's annex (Phụ lục) as a table model, built from the compiled set — the same
 * document scoring engines load — so the published table and the scoring cannot disagree.
 * Columns: STT | Lĩnh vực / tiêu chí / tiêu chí thành phần | Điểm tối đa | Điểm tự đánh giá |
 * Điểm đạt được | Ghi chú. Renderers (Markdown, HTML, DOCX, XLSX) only lay this model out.
 */
import type { Lang } from '../i18n/index.js';
import type { PartialCounts } from '../model/outline.js';
import { remainingText } from '../model/outline-status.js';
import { exact, formatPoints, type Exact, type JsonPoints } from '../model/points.js';
import type { CompiledItem, CompiledSet } from './criteria-json.js';
import { ruleWords } from './rule-words.js';
import { neutraliseControls } from './safe-text.js';

export type AnnexRowKind = 'domain' | 'criterion' | 'component' | 'deductions' | 'subtotal' | 'total';

export interface AnnexRow {
    readonly kind: AnnexRowKind;
    /** Nesting below the domains: 0 for domains and total rows, 1 for criteria, 2+ for components. */
    readonly depth: number;
    readonly code: string;
    readonly title: string;
    /** null where an outline's points were not published (shown as —). */
    readonly maxPoints: Exact | null;
    readonly scoring: readonly string[];
    readonly note: string;
    readonly surveySourced: boolean;
    /** Source kind of a scored (leaf) row; null on rows whose points are sums. */
    readonly leafSource: CompiledItem['source']['kind'] | null;
    /** Whose points a subtotal row adds up (a unit's published annex fills it from the unit's points by source). */
    readonly subtotalOf?: CompiledItem['source']['kind'];
}

export interface Annex {
    readonly heading: string;
    readonly subheading: string;
    readonly columns: readonly string[];
    readonly rows: readonly AnnexRow[];
}

const TEXT = {
    vi: {
        columns: ['STT', 'Lĩnh vực / tiêu chí / tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm đạt được', 'Ghi chú'],
        attached: (decision: string, date: string | null, issuer: string | null) => `(Kèm theo Quyết định số ${decision}${date ? ` ngày ${viDate(date)}` : ''}${issuer ? ` của ${issuer}` : ''})`,
        survey: 'ĐTXHH',
        specialist: 'Phòng chuyên môn đánh giá',
        total: 'Tổng cộng',
        appraisal: 'Điểm tự đánh giá, thẩm định',
        surveyPoints: 'Điểm điều tra xã hội học',
        specialistPoints: 'Điểm đánh giá của phòng chuyên môn',
        deductions: 'Điểm trừ (tối đa)',
        outline: (remaining: string) => `(chưa chi tiết${remaining ? `: ${remaining}` : ''})`,
        exempt: (units: string) => `Không áp dụng đối với: ${units}`,
    },
    en: {
        columns: ['No.', 'Domain / criterion / component', 'Max points', 'Self-assessment', 'Achieved', 'Note'],
        attached: (decision: string, date: string | null, issuer: string | null) => `(Attached to Decision ${decision}${date ? ` of ${date}` : ''}${issuer ? `, ${issuer}` : ''})`,
        survey: 'Survey',
        specialist: 'Assessed by specialist offices',
        total: 'Total',
        appraisal: 'Self-assessment and appraisal points',
        surveyPoints: 'Sociological survey points',
        specialistPoints: 'Specialist offices’ points',
        deductions: 'Deductions (at most)',
        outline: (remaining: string) => `(not yet detailed${remaining ? `: ${remaining}` : ''})`,
        exempt: (units: string) => `Not assigned to: ${units}`,
    },
} as const;

/** Declared counts as the outline texts take them: a level declared as null is not declared. */
function counts(declared: { readonly domains?: number | null; readonly criteria?: number | null; readonly components?: number | null }): PartialCounts {
    return { domains: declared.domains ?? undefined, criteria: declared.criteria ?? undefined, components: declared.components ?? undefined };
}

function viDate(iso: string): string {
    const [y, m, d] = iso.split('-');
    return `${d}/${m}/${y}`;
}

const value = (p: JsonPoints) => exact(String(p));

/** A row's points as the annex prints them: `—` where an outline's points were not published. */
export function annexPoints(row: AnnexRow, lang: Lang): string {
    return row.maxPoints === null ? '—' : formatPoints(row.maxPoints, lang === 'vi');
}

export function buildAnnex(compiled: CompiledSet, lang: Lang): Annex {
    const t = TEXT[lang];
    const surveyTitle = new Map(compiled.surveys.map(s => [s.id, s.title]));
    const agencyTitle = new Map(compiled.agencies.map(a => [a.id, a.title]));
    const rows: AnnexRow[] = [];
    const note = (item: CompiledItem): string => {
        const parts: string[] = [];
        // Mark the row where a survey or specialist source is declared; its children inherit it.
        if (item.source.kind === 'survey' && !item.source.inherited) parts.push(`${t.survey}${item.source.survey ? ` (${surveyTitle.get(item.source.survey) ?? item.source.survey})` : ''}`);
        if (item.source.kind === 'specialist' && !item.source.inherited) parts.push(t.specialist);
        // The units the set exempts from the item, where it declares them (its children inherit it).
        if (item.exempt) parts.push(t.exempt(item.exempt.map(id => agencyTitle.get(id) ?? id).join(', ')));
        parts.push(...item.notes);
        if (item.outline) parts.push(t.outline(remainingText(lang, counts(item.outline))));
        return parts.join('; ');
    };
    const walk = (item: CompiledItem, depth: number, inDeductionGroup = false) => {
        const takenOffFrom = inDeductionGroup ? item.maxPoints ?? undefined : undefined;
        rows.push({
            kind: item.kind, depth, code: item.code, title: item.title, maxPoints: item.maxPoints === null ? null : value(item.maxPoints),
            scoring: item.scoring ? ruleWords(item.scoring, lang, takenOffFrom) : [], note: note(item),
            surveySourced: item.source.kind === 'survey',
            leafSource: item.children.length === 0 ? item.source.kind : null,
        });
        item.children.forEach(child => walk(child, depth + 1, inDeductionGroup));
    };
    compiled.items.forEach(item => walk(item, 0));
    const bySource = compiled.totals.bySource;
    const subtotal = (title: string, points: JsonPoints, subtotalOf: AnnexRow['subtotalOf']): AnnexRow => ({ kind: 'subtotal', depth: 0, code: '', title, maxPoints: value(points), scoring: [], note: '', surveySourced: false, leafSource: null, subtotalOf });
    if (compiled.items.length === 0) {
        // Published with its header only: the declared total, and what remains to write.
        const remaining = remainingText(lang, counts(compiled.set.declaredCounts ?? {}));
        rows.push({ kind: 'total', depth: 0, code: '', title: t.total, maxPoints: value(compiled.set.total), scoring: [], note: t.outline(remaining), surveySourced: false, leafSource: null });
    } else {
        rows.push({ kind: 'total', depth: 0, code: '', title: t.total, maxPoints: value(compiled.totals.maxPoints), scoring: [], note: '', surveySourced: false, leafSource: null });
        rows.push(subtotal(t.appraisal, bySource.appraisal, 'appraisal'));
        if (value(bySource.survey).compare(0) > 0) rows.push(subtotal(t.surveyPoints, bySource.survey, 'survey'));
        if (value(bySource.specialist).compare(0) > 0) rows.push(subtotal(t.specialistPoints, bySource.specialist, 'specialist'));
    }
    for (const group of compiled.deductions) {
        const max = group.maxPoints !== null ? value(group.maxPoints) : group.items.reduce((acc, i) => acc.add(value(i.maxPoints ?? 0)), exact('0'));
        rows.push({ kind: 'deductions', depth: 0, code: '', title: `${group.title} — ${t.deductions}`, maxPoints: max, scoring: [], note: group.notes.join('; '), surveySourced: false, leafSource: null });
        group.items.forEach(item => walk(item, 1, true));
    }
    const decision = compiled.set.decision;
    // Every format (HTML, Markdown, DOCX, XLSX) is written from these texts: neutralised once, here.
    const safe = neutraliseControls;
    return {
        heading: safe(compiled.set.title),
        subheading: safe(decision ? t.attached(decision.number, decision.date, compiled.set.issuer) : ''),
        columns: t.columns,
        rows: rows.map(row => ({ ...row, code: safe(row.code), title: safe(row.title), note: safe(row.note), scoring: row.scoring.map(safe) })),
    };
}
