/** Survey declarations. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';

export const SURVEY_RULES = {
    'respondents-mismatch': defineRule<{ actual: Arg; expected: Arg; difference: Arg }, { actual: number }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Các nhóm đối tượng khảo sát không cộng lại bằng tổng số mẫu khai báo.',
                en: 'Respondent groups that do not add up to the sample\'s declared total.',
            },
            why: {
                vi: 'Mẫu khảo sát được công bố cùng kế hoạch điều tra và công thức hài lòng chia cho nó; mẫu không khớp làm thay đổi điểm điều tra của mọi đơn vị.',
                en: 'The sample is published with the survey plan and the satisfaction formulas divide by it; a sample that does not add up changes every unit\'s survey points.',
            },
            fix: { vi: 'Đối chiếu các nhóm và tổng số mẫu với kế hoạch điều tra.', en: 'Check the groups and the total against the survey plan.' },
            fixed: ['total 333', 'total 331'],
        },
        fixes: ['fix-respondents'],
        vi: a => `Các nhóm đối tượng cộng lại ${a.actual} người, khác tổng số khai báo ${a.expected} (chênh lệch ${a.difference}).`,
        en: a => `The respondent groups add up to ${a.actual}, not the declared total of ${a.expected} (difference ${a.difference}).`,
    }),
};
