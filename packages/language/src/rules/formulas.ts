/** Formulas: proven within the item's points, never dividing by zero. */
import type { Arg } from '../i18n/texts.js';
import { defineRule, type Bilingual } from './rule.js';
import { en } from '../i18n/message-helpers.js';

const WHY_FORMULA: Bilingual = {
    vi: 'Công thức được phần mềm tính cho mọi đơn vị: kết quả vượt điểm của mục hoặc phép chia cho 0 làm hỏng việc chấm điểm của các đơn vị thật.',
    en: 'A formula is scored by software over every unit\'s inputs: a result outside the item\'s points or a division by zero stops or skews the scoring of real units.',
};

export const FORMULA_RULES = {
    'input-range': defineRule<{ min: Arg; name: Arg; max: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Đầu vào của công thức có giá trị tối thiểu lớn hơn giá trị tối đa.', en: 'A formula input whose `min` is above its `max`.' },
            why: WHY_FORMULA,
            fix: { vi: 'Sửa hai giới hạn của đầu vào.', en: 'Correct the input\'s bounds.' },
            fixed: ['min 5 max 2', 'min 0 max 2'],
        },
        vi: a => `Giá trị tối thiểu ${a.min} của “${a.name}” lớn hơn giá trị tối đa ${a.max}.`,
        en: a => `The minimum ${a.min} of “${a.name}” exceeds its maximum ${a.max}.`,
    }),
    'division-by-zero': defineRule<{ expression: Arg; example: Arg }>()({
        severity: 'warning',
        docs: {
            catches: {
                vi: 'Số chia có thể bằng 0 với một số đầu vào, kèm giá trị làm nó bằng 0 (cảnh báo).',
                en: 'A divisor that can be 0 for some inputs, with values that make it 0 (a warning).',
            },
            why: WHY_FORMULA,
            fix: {
                vi: 'Khai báo giá trị tối thiểu cho đầu vào (`min 1`), hoặc ràng buộc `where` loại trừ giá trị 0.',
                en: 'Declare a minimum for the input (`min 1`), or a `where` constraint that rules 0 out.',
            },
            fixed: ['input n "số mẫu"', 'input n "số mẫu" min 1'],
        },
        vi: a => `Có thể chia cho 0: ${a.expression} bằng 0 khi ${a.example}. Khai báo giá trị tối thiểu cho đầu vào (ví dụ \`min 1\`).`,
        en: a => `Possible division by zero: ${a.expression} is 0 when ${a.example}. Declare a minimum for the input (e.g. \`min 1\`).`,
    }),
    'zero-divisor': defineRule<{ expression: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Số chia luôn bằng 0: `a / 0`.', en: 'A divisor that is always 0: `a / 0`.' },
            why: WHY_FORMULA,
            fix: { vi: 'Sửa công thức theo đúng quyết định.', en: 'Correct the formula as the decision writes it.' },
            fixed: ['result a / 0', 'result a / 1'],
        },
        vi: a => `Chia cho 0: ${a.expression} luôn bằng 0.`,
        en: a => `Division by zero: ${a.expression} is always 0.`,
    }),
    'formula-range': defineRule<{ bound: Arg; side: Arg; limit: Arg; item: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Công thức có miền giá trị (đã chứng minh) vượt điểm tối đa của mục (hoặc dưới điểm tối thiểu).',
                en: 'A formula whose proven range goes above the item\'s max (or below its min).',
            },
            why: WHY_FORMULA,
            fix: {
                vi: 'Sửa hệ số của công thức, hoặc giới hạn các đầu vào (`max`, `where`).',
                en: 'Correct the formula\'s scale, or bound its inputs (`max`, `where`).',
            },
            fixed: ['result s / n * 40', 'result s / n * 30'],
        },
        vi: a => `Công thức có thể cho ${a.bound} điểm, ${a.side} ${a.limit} của ${a.item}.`,
        en: a => `The formula can give ${en(a.bound, 'point')}, ${a.side} ${a.limit} of ${a.item}.`,
    }),
    'formula-unbounded': defineRule<{ max: Arg; item: Arg }>()({
        severity: 'warning',
        docs: {
            catches: {
                vi: 'Công thức không xác định được miền giá trị từ các đầu vào (cảnh báo).',
                en: 'A formula whose range cannot be bounded from its inputs (a warning).',
            },
            why: WHY_FORMULA,
            fix: {
                vi: 'Khai báo `max` cho các đầu vào hoặc ràng buộc `where` (`where s <= n * 8`).',
                en: 'Declare inputs\' `max` values or a `where` constraint (`where s <= n * 8`).',
            },
            fixed: ['result s / n * 30', 'where s <= n\n            result s / n * 30'],
        },
        vi: a => `Không chứng minh được công thức luôn ≤ điểm tối đa ${a.max} của ${a.item}: khai báo \`max\` cho đầu vào hoặc ràng buộc \`where\` (ví dụ \`where a + b <= n * 8\`).`,
        en: a => `Cannot prove the formula stays within the max of ${a.max} of ${a.item}: declare input \`max\` values or a \`where\` constraint (e.g. \`where a + b <= n * 8\`).`,
    }),
};
