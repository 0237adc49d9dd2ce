/** Numbers and dates as written. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';

export const NUMBER_RULES = {
    'invalid-points': defineRule<{ text: Arg }>()({
        severity: 'error',
        vi: a => `“${a.text}” không phải là số điểm hợp lệ (viết số thập phân như 0,25 hoặc 0.25, hay phân số như 10/3, mẫu số khác 0).`,
        en: a => `“${a.text}” is not a valid point value (write a decimal such as 0.25 or 0,25, or a fraction such as 10/3 with a non-zero denominator).`,
    }),
    'decimal-comma-ambiguous': defineRule<{ written: Arg; number: Arg; what: Arg; suggested: Arg }>()({
        severity: 'error',
        vi: a => `Trong \`${a.written}\`, ${a.number} được hiểu là một số thập phân (dấu phẩy giữa hai chữ số là dấu thập phân). Để tách ${a.what}, đặt một dấu cách sau dấu phẩy: \`${a.suggested}\`.`,
        en: a => `In \`${a.written}\`, ${a.number} reads as one decimal number (a comma between digits is a decimal mark). To separate ${a.what}, put a space after the comma: \`${a.suggested}\`.`,
    }),
    'number-range': defineRule<{ text: Arg; side: Arg; field: Arg; min: Arg; max: Arg }>()({
        severity: 'error',
        vi: a => `${a.text} quá ${a.side === 'above' ? 'lớn' : 'nhỏ'} cho ${a.field}: viết một số từ ${a.min} đến ${a.max}.`,
        en: a => `${a.text} is too ${a.side === 'above' ? 'large' : 'small'} for ${a.field}: write a number from ${a.min} to ${a.max}.`,
    }),
    'invalid-date': defineRule<{ text: Arg }>()({
        severity: 'error',
        vi: a => `Ngày ${a.text} không tồn tại.`,
        en: a => `${a.text} is not a calendar date.`,
    }),
};
