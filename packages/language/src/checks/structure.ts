/** Well-formedness: fields given once, valid numbers and dates, items nested by kind, min ≤ max. */
import type { AstNode } from 'langium';
import type { Item } from '../generated/ast.js';
import { isDeductionGroup, isItem } from '../generated/ast.js';
import type { Lang } from '../i18n/index.js';
import { word } from '../i18n/index.js';
import { parsePoints, ZERO } from '../model/points.js';
import { isOutline } from '../model/outline.js';
import { childKind, isLeaf, itemLabel, maxOf, minOf } from '../model/tree.js';
import type { ChecksFor, Report } from './report.js';

/** The keyword users write for each list-backed single-valued field. */
export const SINGLE_FIELDS: Record<string, Record<string, string>> = {
    CriteriaSet: { decisions: 'decision', issuers: 'issuer', levels: 'level', years: 'year', totals: 'total', splits: 'split', counts: 'counts', classes: 'classes', roundings: 'rounding', notes: 'note' },
    Item: { sources: 'source', scorings: 'scoring', notes: 'note', splits: 'split', counts: 'counts' },
    Survey: { conductedBy: 'conductedBy', periods: 'period', questions: 'questions', notes: 'note' },
    DeductionGroup: { notes: 'note' },
};

function checkRepeatedFields(node: AstNode, report: Report): void {
    for (const [property, keyword] of Object.entries(SINGLE_FIELDS[node.$type] ?? {})) {
        const values = (node as unknown as Record<string, unknown[]>)[property];
        for (let index = 1; index < values.length; index++) {
            report('repeated-field', { node, property: property as never, index }, { field: keyword });
        }
    }
}

function checkPoints<N extends AstNode>(node: N, property: keyof N & string, report: Report, index?: number): void {
    const raw = (node as Record<string, unknown>)[property];
    const text = index === undefined ? raw : (raw as unknown[])[index];
    if (typeof text === 'string' && parsePoints(text) === undefined) {
        report('invalid-points', { node, property: property as never, index }, { text });
    }
}

function isCalendarDate(text: string): boolean {
    const [y, m, d] = text.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkDate<N extends AstNode>(node: N, property: keyof N & string, report: Report): void {
    const text = (node as Record<string, unknown>)[property];
    if (typeof text === 'string' && !isCalendarDate(text)) report('invalid-date', { node, property: property as never }, { text });
}

const NESTING_RULE = {
    vi: 'lĩnh vực nằm trực tiếp trong bộ tiêu chí, tiêu chí nằm trong lĩnh vực hoặc nhóm điểm trừ, tiêu chí thành phần nằm trong tiêu chí hoặc tiêu chí thành phần.',
    en: 'domains sit in the set, criteria in a domain or a deduction group, components in a criterion or a component.',
};

function checkNesting(item: Item, report: Report, lang: Lang): void {
    if (item.kind === childKind(item.$container)) return;
    const container = item.$container;
    const parent = isItem(container) ? itemLabel(lang, container) : isDeductionGroup(container) ? word(lang, 'deductions') : word(lang, 'set');
    report('nesting', { node: item, property: 'kind' }, { kind: word(lang, item.kind), parent, rule: NESTING_RULE[lang] });
}

export const structureChecks: ChecksFor = {
    CriteriaSet: (set, report) => {
        checkRepeatedFields(set, report);
        set.totals.forEach((_, i) => checkPoints(set, 'totals', report, i));
    },
    Survey: (survey, report) => checkRepeatedFields(survey, report),
    DeductionGroup: (group, report) => {
        checkRepeatedFields(group, report);
        checkPoints(group, 'max', report);
    },
    Decision: (decision, report) => checkDate(decision, 'date', report),
    Period: (period, report) => {
        checkDate(period, 'from', report);
        checkDate(period, 'to', report);
    },
    SplitEntry: (entry, report) => checkPoints(entry, 'points', report),
    Band: (band, report) => checkPoints(band, 'points', report),
    ChoiceOption: (option, report) => checkPoints(option, 'points', report),
    DeductRule: (rule, report) => {
        checkPoints(rule, 'amount', report);
        checkPoints(rule, 'floor', report);
    },
    Item: (item, report, lang) => {
        checkRepeatedFields(item, report);
        checkPoints(item, 'max', report);
        checkPoints(item, 'min', report);
        if (item.max === undefined && !isOutline(item)) report('max-missing', { node: item, property: 'title' }, { item: itemLabel(lang, item) });
        checkNesting(item, report, lang);
        if (!isLeaf(item) && item.scorings.length > 0) {
            report('scoring-on-parent', { node: item.scorings[0] }, { item: itemLabel(lang, item) });
        }
        const max = maxOf(item), min = minOf(item);
        if (max && min && min.compare(max) > 0) report('min-above-max', { node: item, property: 'min' }, { min, max });
        // Nothing can be scored (or taken off) on an item of max 0: usually a slip for another figure.
        if (max?.equals(ZERO)) report('max-zero', { node: item, property: 'max' }, { item: itemLabel(lang, item) });
    },
};
