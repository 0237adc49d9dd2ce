/** Where points come from: appraisal, survey, specialist, and the declared split. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';
import { BOUND_EN, BOUND_VI, en, upperFirst } from '../i18n/message-helpers.js';

export const SOURCE_RULES = {
    'split-mismatch': defineRule<{ scope: Arg; kinds: Arg; bound?: Arg; actual: Arg; expected: Arg; difference: Arg }>()({
        severity: 'error',
        vi: a => `${upperFirst(a.scope)}: điểm từ nguồn ${a.kinds} là ${BOUND_VI[a.bound] ?? ''}${a.actual}${a.bound ? ' (kể cả điểm của các mục dàn ý chưa rõ nguồn)' : ''}, khác số khai báo ${a.expected} (chênh lệch ${a.difference}).`,
        en: a => `${upperFirst(a.scope)}: points sourced from ${a.kinds} add up to ${BOUND_EN[a.bound] ?? ''}${a.actual}${a.bound ? ' (counting outline items whose source is not known yet)' : ''}, not the declared ${a.expected} (difference ${a.difference}).`,
    }),
    'split-total': defineRule<{ actual: Arg; expected: Arg }>()({
        severity: 'error',
        vi: a => `Các phần của cơ cấu điểm cộng lại ${a.actual}, khác tổng điểm ${a.expected}.`,
        en: a => `The split's parts add up to ${a.actual}, not the total of ${a.expected}.`,
    }),
    'split-repeated-kind': defineRule<{ kind: Arg }>()({
        severity: 'error',
        vi: a => `Nguồn “${a.kind}” đã có trong một phần khác của cơ cấu điểm.`,
        en: a => `The source “${a.kind}” is already in another part of the split.`,
    }),
    'survey-in-appraisal-item': defineRule<{ scope: Arg; item: Arg; points: Arg; survey: Arg }>()({
        severity: 'error',
        vi: a => `${upperFirst(a.scope)} khai báo không có điểm điều tra xã hội học, nhưng ${a.item} lấy ${a.points} điểm từ cuộc điều tra ${a.survey}.`,
        en: a => `${upperFirst(a.scope)} declares no survey points, but ${a.item} takes ${en(a.points, 'point')} from the survey ${a.survey}.`,
    }),
    'survey-sourced': defineRule<{ item: Arg; points: Arg; survey: Arg; inherited: Arg }>()({
        severity: 'info',
        vi: a => `${upperFirst(a.item)} (${a.points} điểm) được chấm qua cuộc điều tra ${a.survey}${a.inherited}.`,
        en: a => `${upperFirst(a.item)} (${en(a.points, 'point')}) is scored from the survey ${a.survey}${a.inherited}.`,
    }),
};
