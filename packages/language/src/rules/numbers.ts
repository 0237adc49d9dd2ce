/** Numbers and dates as written. */
import type { Arg } from '../i18n/texts.js';
import { defineRule, type Bilingual } from './rule.js';

const WHY_NUM: Bilingual = {
    vi: 'Điểm và ngày được chép từ quyết định; một giá trị không phải số hay ngày hợp lệ thì không biên dịch, chấm điểm hay công bố được như đã viết.',
    en: 'Points and dates are copied from the decision; a value that is not a number or a date cannot be compiled, scored or published as written.',
};

export const NUMBER_RULES = {
    'invalid-points': defineRule<{ text: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Số điểm không hợp lệ: `1/0`, phân số có mẫu số 0.', en: 'A point value that is not a number: `1/0`, a fraction with a zero denominator.' },
            why: WHY_NUM,
            fix: {
                vi: 'Viết số thập phân (`0,25` hoặc `0.25`) hoặc phân số có mẫu số khác 0 (`10/3`).',
                en: 'Write a decimal (`0.25` or `0,25`) or a fraction with a non-zero denominator (`10/3`).',
            },
            fixed: ['max 1/0', 'max 1'],
        },
        vi: a => `“${a.text}” không phải là số điểm hợp lệ (viết số thập phân như 0,25 hoặc 0.25, hay phân số như 10/3, mẫu số khác 0).`,
        en: a => `“${a.text}” is not a valid point value (write a decimal such as 0.25 or 0,25, or a fraction such as 10/3 with a non-zero denominator).`,
    }),
    'decimal-comma-ambiguous': defineRule<{ written: Arg; number: Arg; what: Arg; suggested: Arg }, { suggested: string }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Dấu phẩy không có dấu cách ở chỗ có thể định dùng để phân tách: `[80,100%)` là một cận 80,100, `min(1,5)` là một đối số 1,5.',
                en: 'A comma without a space where a separator may have been meant: `[80,100%)` is the one bound 80,100, `min(1,5)` the one argument 1,5.',
            },
            why: {
                vi: 'Dấu phẩy giữa hai chữ số là dấu thập phân (`0,5` = `0.5`), nên văn bản mang nghĩa khác với vẻ ngoài; chấm như đã viết thì đơn vị nhận điểm khác ý quyết định.',
                en: 'A comma between digits is a decimal mark (`0,5` = `0.5`), so the text means a different band or formula than it seems to; scored as written, units get other points than the decision intends.',
            },
            fix: {
                vi: 'Đặt một dấu cách sau dấu phẩy phân tách (`[80%, 100%)`, `min(1, 5)`), hoặc giữ số thập phân và viết sao cho không thể hiểu nhầm.',
                en: 'Put a space after a separating comma (`[80%, 100%)`, `min(1, 5)`), or keep the decimal and write it unambiguously.',
            },
            fixed: ['[80,100%)', '[80%, 100%)'],
        },
        fixes: ['fix-comma-separated'],
        vi: a => `Trong \`${a.written}\`, ${a.number} được hiểu là một số thập phân (dấu phẩy giữa hai chữ số là dấu thập phân). Để tách ${a.what}, đặt một dấu cách sau dấu phẩy: \`${a.suggested}\`.`,
        en: a => `In \`${a.written}\`, ${a.number} reads as one decimal number (a comma between digits is a decimal mark). To separate ${a.what}, put a space after the comma: \`${a.suggested}\`.`,
    }),
    'number-range': defineRule<{ text: Arg; side: Arg; field: Arg; min: Arg; max: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Số nguyên nằm ngoài phạm vi của trường: năm không có bốn chữ số, số lượng, số câu hỏi hay số người trả lời vượt 9007199254740991.',
                en: 'A whole number outside its field\'s range: a year not of four digits, counts, questions or respondents past 9007199254740991.',
            },
            why: {
                vi: 'Năm viết như `23` là mơ hồ trong quyết định ban hành, và các số vượt phạm vi chính xác của số thực bị thay đổi khi phần mềm đọc JSON.',
                en: 'A year such as `23` is ambiguous in a published decision, and figures past a double\'s exact range change when a JSON reader loads them.',
            },
            fix: { vi: 'Viết năm đầy đủ (`2023`) và số liệu đúng như quyết định.', en: 'Write the year in full (`2023`) and the figure as the decision gives it.' },
            fixed: ['year 23', 'year 2023'],
        },
        vi: a => `${a.text} quá ${a.side === 'above' ? 'lớn' : 'nhỏ'} cho ${a.field}: viết một số từ ${a.min} đến ${a.max}.`,
        en: a => `${a.text} is too ${a.side === 'above' ? 'large' : 'small'} for ${a.field}: write a number from ${a.min} to ${a.max}.`,
    }),
    'invalid-date': defineRule<{ text: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Ngày không có trong lịch: `2023-02-30`.', en: 'A date that does not exist in the calendar: `2023-02-30`.' },
            why: WHY_NUM,
            fix: { vi: 'Viết ngày dạng YYYY-MM-DD, đúng như in trên quyết định.', en: 'Write the date as YYYY-MM-DD, as printed on the decision.' },
            fixed: ['2023-02-30', '2023-02-28'],
        },
        vi: a => `Ngày ${a.text} không tồn tại.`,
        en: a => `${a.text} is not a calendar date.`,
    }),
};
