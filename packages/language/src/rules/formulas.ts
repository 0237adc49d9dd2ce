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
    // A counter-example: input values the declared ranges and `where` constraints admit, evaluated exactly.
    'formula-range': defineRule<{ result: Arg; side: Arg; limit: Arg; item: Arg; example: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Công thức cho kết quả vượt điểm tối đa của mục (hoặc dưới điểm tối thiểu) với những giá trị đầu vào mà các khai báo `min`, `max` và `where` cho phép; thông báo nêu các giá trị đó.',
                en: 'A formula that gives more than the item\'s max (or less than its min) for input values its `min`, `max` and `where` declarations admit; the message names those values.',
            },
            why: WHY_FORMULA,
            fix: {
                vi: 'Sửa hệ số của công thức, hoặc giới hạn các đầu vào (`max`, `where`).',
                en: 'Correct the formula\'s scale, or bound its inputs (`max`, `where`).',
            },
            fixed: ['result s / n * 40', 'result s / n * 30'],
        },
        vi: a => `Công thức cho ${a.result} điểm, ${a.side} ${a.limit} của ${a.item}, khi ${a.example}.`,
        en: a => `The formula gives ${en(a.result, 'point')}, ${a.side} ${a.limit} of ${a.item}, when ${a.example}.`,
    }),
    // Neither a bound within [min, max] nor a counter-example was found.
    'formula-unbounded': defineRule<{ side: Arg; limit: Arg; item: Arg }>()({
        severity: 'warning',
        docs: {
            catches: {
                vi: 'Công thức mà Chiso không chứng minh được luôn nằm trong điểm tối thiểu và tối đa của mục, cũng không tìm được giá trị đầu vào làm nó vượt ra ngoài (cảnh báo).',
                en: 'A formula Chiso can neither prove to stay within the item\'s min and max nor show leaving them with admitted inputs (a warning).',
            },
            why: WHY_FORMULA,
            fix: {
                vi: 'Khai báo `max` cho các đầu vào hoặc ràng buộc `where` (`where s <= n * 8`), hoặc giới hạn kết quả bằng `min(…, điểm tối đa)`.',
                en: 'Declare inputs\' `max` values or a `where` constraint (`where s <= n * 8`), or cap the result with `min(…, max)`.',
            },
            fixed: ['result min(a, b) / b * 10', 'result min(min(a, b) / b * 10, 10)'],
        },
        vi: a => `Không chứng minh được công thức luôn ${a.side === 'below' ? `≥ điểm tối thiểu ${a.limit}` : `≤ điểm tối đa ${a.limit}`} của ${a.item}: khai báo \`max\` cho đầu vào hoặc ràng buộc \`where\` (ví dụ \`where a + b <= n * 8\`).`,
        en: a => `Cannot prove the formula stays ${a.side === 'below' ? `at or above the minimum of ${a.limit}` : `within the max of ${a.limit}`} of ${a.item}: declare input \`max\` values or a \`where\` constraint (e.g. \`where a + b <= n * 8\`).`,
    }),
    // A constant in a divisor's product (Mỹ Đức's respondents × 8) is the number of answers per form.
    'formula-questions': defineRule<{ factor: Arg; survey: Arg; questions: Arg }>()({
        severity: 'warning',
        docs: {
            catches: {
                vi: 'Công thức chấm theo khảo sát nhân số mẫu với một hằng số (số câu hỏi của mỗi phiếu, như `respondents * 8` của Mỹ Đức) khác số câu hỏi (`questions`) mà cuộc khảo sát khai báo.',
                en: 'A survey-scored formula that multiplies the respondents by a constant (the questions on each form, as Mỹ Đức\'s `respondents * 8`) other than the `questions` its survey declares.',
            },
            why: WHY_FORMULA,
            fix: {
                vi: 'Sửa hằng số trong công thức hoặc số câu hỏi của cuộc khảo sát, theo phiếu khảo sát thực tế.',
                en: 'Correct the constant in the formula or the survey\'s number of questions, as the real form has it.',
            },
        },
        vi: a => `Công thức nhân với ${a.factor} (số câu hỏi của mỗi phiếu), nhưng cuộc khảo sát ${a.survey} khai báo ${a.questions} câu hỏi: một trong hai số bị sai.`,
        en: a => `The formula multiplies by ${a.factor} (the questions on each form), but survey ${a.survey} declares ${en(a.questions, 'question')}: one of the two is wrong.`,
    }),
};
