/** Survey declarations. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';

export const SURVEY_RULES = {
    'respondents-mismatch': defineRule<{ actual: Arg; expected: Arg; difference: Arg }>()({
        severity: 'error',
        vi: a => `Các nhóm đối tượng cộng lại ${a.actual} người, khác tổng số khai báo ${a.expected} (chênh lệch ${a.difference}).`,
        en: a => `The respondent groups add up to ${a.actual}, not the declared total of ${a.expected} (difference ${a.difference}).`,
    }),
};
