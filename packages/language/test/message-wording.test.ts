/**
 * Every text of the message tables, rendered with sample arguments in both languages: it starts
 * with a capital (or a figure, a quote, Σ), and English never says "1 points". The arguments
 * are what callers pass: item labels in lower case (`criterion 1.1`), figures as text.
 */
import { describe, expect, test } from 'vitest';
import { EDITOR_TEXTS, renderMessage, RULES, type Lang } from '../src/i18n/index.js';
import { SUMMARY_TEXTS } from '../src/outputs/set-summary-texts.js';
import { DIFF_TEXTS } from '../../cli/src/diff/diff-texts.js';
import { HELP_TEXTS } from '../../cli/src/help-texts.js';
import { REPORT_TEXTS, renderReportText } from '../../cli/src/output/report-texts.js';
import { COMMAND_RULES } from '../../cli/src/rules/index.js';
import { COMPARE_TEXTS } from '../../cli/src/compare/compare-texts.js';
import { DIFFERENCE_TEXTS } from '../../cli/src/differences/difference-texts.js';
import { RESULTS_TEXTS } from '../../cli/src/published/results-texts.js';
import { TASK_TEXTS } from '../../cli/src/tasks/task-texts.js';
import { exact } from '../src/model/points.js';

type Render = (a: Record<string, string>) => string;
const TABLES = { RULES, COMMAND_RULES, SUMMARY_TEXTS, REPORT_TEXTS, HELP_TEXTS, DIFF_TEXTS, EDITOR_TEXTS, COMPARE_TEXTS, DIFFERENCE_TEXTS, RESULTS_TEXTS, TASK_TEXTS } as unknown as Record<string, Record<string, Record<Lang, Render>>>;
/** Tables of documents' cells and headings ("chỉ có năm nay", "lên 1 bậc"): words, not sentences. */
const CELL_TABLES = new Set(['COMPARE_TEXTS', 'DIFFERENCE_TEXTS', 'RESULTS_TEXTS', 'TASK_TEXTS']);

/** Pieces of a sentence (a band's interval, an annex cell, a completion detail, help's parenthesis), not sentences. */
const FRAGMENTS = new Set(['band-between', 'band-from', 'band-above', 'band-up-to', 'band-below', 'annex-deduct', 'annex-deduct-taken-off', 'annex-proportional',
    'annex-formula', 'annex-formula-inputs', 'annex-formula-where', 'rule-formula-where', 'rule-formula-input', 'complete-next-code',
    'choices', 'default', 'outline-short', 'decision', 'including-deductions', 'level-department', 'level-district', 'level-commune',
    'level-ministry', 'level-province', 'level-other', 'sum-total', 'sum-item', 'sum-deductions', 'outline-points-unknown']);

const LABELS: Record<string, Record<Lang, string>> = {
    item: { vi: 'tiêu chí 1.1', en: 'criterion 1.1' },
    scope: { vi: 'bộ tiêu chí', en: 'the criteria set' },
    kind: { vi: 'tiêu chí', en: 'criterion' },
    parent: { vi: 'tiêu chí', en: 'a criterion' },
    Item: { vi: 'Tiêu chí 1.1', en: 'Criterion 1.1' },
};
const FLAGS = new Set(['percent', 'deduction', 'declared', 'hidden', 'lowerInclusive', 'upperInclusive', 'nested']);

/** Every argument is `figure` (flags: yes for 1, no otherwise), labels as callers write them. */
function sampleArgs(lang: Lang, figure: string): Record<string, string> {
    return new Proxy({}, {
        get: (_target, key) => {
            if (typeof key !== 'string') return undefined;
            if (LABELS[key]) return LABELS[key][lang];
            if (FLAGS.has(key)) return figure === '1' ? 'yes' : 'no';
            return figure;
        },
    }) as Record<string, string>;
}

const PLURAL_AFTER_ONE = /(?<![\d.,/])1 (points|errors|warnings|notes|items|files|questions|respondents|domains|components|units|sets)\b/;

const rendered = Object.entries(TABLES).flatMap(([table, texts]) => Object.entries(texts).flatMap(([code, text]) =>
    (['vi', 'en'] as const).flatMap(lang => ['1', '2', '0.5'].map(figure => ({ table, code, lang, figure, text: text[lang](sampleArgs(lang, figure)) })))));

describe('the wording of every message', () => {
    test('covers every text of every table', () => {
        const texts = Object.values(TABLES).reduce((n, table) => n + Object.keys(table).length, 0);
        expect(rendered.length).toBe(texts * 2 * 3);
        expect(Object.keys(RULES).length + Object.keys(COMMAND_RULES).length).toBeGreaterThan(100);
    });

    test('a message starts with a capital letter, in both languages', () => {
        const lower = rendered.filter(r => !FRAGMENTS.has(r.code) && !CELL_TABLES.has(r.table) && /^\p{Ll}/u.test(r.text)).map(r => `${r.table}.${r.code} ${r.lang}: ${r.text}`);
        expect(lower).toEqual([]);
        // An item label opens the message: its first letter is raised, in both languages.
        expect(renderMessage('vi', 'survey-sourced', { item: 'tiêu chí 8.1', points: exact('10'), survey: 'Sipas', inherited: '' }))
            .toBe('Tiêu chí 8.1 (10 điểm) được chấm qua cuộc điều tra Sipas.');
    });

    test('English says "1 point", "1 error", "1 item": never a plural after one', () => {
        const wrong = rendered.filter(r => r.lang === 'en' && PLURAL_AFTER_ONE.test(r.text)).map(r => `${r.table}.${r.code}: ${r.text}`);
        expect(wrong).toEqual([]);
        const survey = (points: string) => renderMessage('en', 'survey-sourced', { item: 'criterion 8.1', points: exact(points), survey: 'Sipas', inherited: '' });
        expect(survey('1')).toBe('Criterion 8.1 (1 point) is scored from the survey Sipas.');
        expect(survey('0.5')).toBe('Criterion 8.1 (0.5 points) is scored from the survey Sipas.');
        expect(renderMessage('en', 'points-above-max', { points: exact('1'), max: exact('0.5'), item: 'component 1.1.1' })).toBe('1 point exceeds the max of 0.5 of component 1.1.1.');
        expect(renderReportText('en', 'checked', { files: 1, errors: 1, warnings: 0, notes: 1, hidden: 'no' })).toBe('Checked 1 file: 1 error, 0 warnings, 1 note.');
        expect(renderReportText('vi', 'checked', { files: 1, errors: 1, warnings: 0, notes: 1, hidden: 'no' })).toBe('Đã kiểm tra 1 tệp: 1 lỗi, 0 cảnh báo, 1 ghi chú.');
    });
});
