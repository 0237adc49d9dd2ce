/** Formulas: proven within the item's points, never dividing by zero. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';
import { en } from '../i18n/message-helpers.js';

export const FORMULA_RULES = {
    'input-range': defineRule<{ min: Arg; name: Arg; max: Arg }>()({
        severity: 'error',
        vi: a => `Giá trị tối thiểu ${a.min} của “${a.name}” lớn hơn giá trị tối đa ${a.max}.`,
        en: a => `The minimum ${a.min} of “${a.name}” exceeds its maximum ${a.max}.`,
    }),
    'division-by-zero': defineRule<{ expression: Arg; example: Arg }>()({
        severity: 'warning',
        vi: a => `Có thể chia cho 0: ${a.expression} bằng 0 khi ${a.example}. Khai báo giá trị tối thiểu cho đầu vào (ví dụ \`min 1\`).`,
        en: a => `Possible division by zero: ${a.expression} is 0 when ${a.example}. Declare a minimum for the input (e.g. \`min 1\`).`,
    }),
    'zero-divisor': defineRule<{ expression: Arg }>()({
        severity: 'error',
        vi: a => `Chia cho 0: ${a.expression} luôn bằng 0.`,
        en: a => `Division by zero: ${a.expression} is always 0.`,
    }),
    'formula-range': defineRule<{ bound: Arg; side: Arg; limit: Arg; item: Arg }>()({
        severity: 'error',
        vi: a => `Công thức có thể cho ${a.bound} điểm, ${a.side} ${a.limit} của ${a.item}.`,
        en: a => `The formula can give ${en(a.bound, 'point')}, ${a.side} ${a.limit} of ${a.item}.`,
    }),
    'formula-unbounded': defineRule<{ max: Arg; item: Arg }>()({
        severity: 'warning',
        vi: a => `Không chứng minh được công thức luôn ≤ điểm tối đa ${a.max} của ${a.item}: khai báo \`max\` cho đầu vào hoặc ràng buộc \`where\` (ví dụ \`where a + b <= n * 8\`).`,
        en: a => `Cannot prove the formula stays within the max of ${a.max} of ${a.item}: declare input \`max\` values or a \`where\` constraint (e.g. \`where a + b <= n * 8\`).`,
    }),
};
