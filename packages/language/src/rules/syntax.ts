/** Syntax errors: every message is reported as `chiso/syntax`, each common slip saying what to write; and nesting past the limits. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';

export const SYNTAX_RULES = {
    'syntax-expected': defineRule<{ expected: Arg; actual: Arg }>()({
        code: 'syntax',
        severity: 'error',
        vi: a => `Cần ${a.expected} nhưng gặp \`${a.actual}\`.`,
        en: a => `Expected ${a.expected} but found \`${a.actual}\`.`,
    }),
    'syntax-unexpected': defineRule<{ actual: Arg; expected?: Arg }>()({
        code: 'syntax',
        severity: 'error',
        vi: a => `Không hiểu \`${a.actual}\` ở đây${a.expected ? `; cần ${a.expected}` : ''}.`,
        en: a => `Unexpected \`${a.actual}\` here${a.expected ? `; expected ${a.expected}` : ''}.`,
    }),
    'syntax-character': defineRule<{ text: Arg }>()({
        code: 'syntax',
        severity: 'error',
        vi: a => `Ký tự không hợp lệ \`${a.text}\` (chữ tiếng Việt chỉ được viết trong dấu ngoặc kép).`,
        en: a => `Unexpected character \`${a.text}\` (Vietnamese text belongs inside double quotes).`,
    }),
    // Common slips, each saying what to write (syntax-slips.ts, chiso-lexer.ts).
    'syntax-unclosed-string': defineRule()({
        code: 'syntax',
        severity: 'error',
        vi: () => `Chuỗi chưa đóng: thêm dấu \`"\` ở cuối chuỗi, trên cùng dòng này.`,
        en: () => `Unclosed string: add the closing \`"\` on this line.`,
    }),
    'syntax-space-after-keyword': defineRule<{ keyword: Arg; number: Arg }>()({
        code: 'syntax',
        severity: 'error',
        vi: a => `Cần khoảng trắng sau \`${a.keyword}\`: viết \`${a.keyword} ${a.number}\`.`,
        en: a => `Write a space after \`${a.keyword}\`: \`${a.keyword} ${a.number}\`.`,
    }),
    'syntax-missing-max': defineRule<{ points: Arg }>()({
        code: 'syntax',
        severity: 'error',
        vi: a => `Thiếu \`max\` trước điểm tối đa: viết \`max ${a.points}\`.`,
        en: a => `Missing \`max\` before the max points: write \`max ${a.points}\`.`,
    }),
    'syntax-band-interval': defineRule<{ interval: Arg }>()({
        code: 'syntax',
        severity: 'error',
        vi: a => `Viết khoảng giá trị bằng ký hiệu: \`${a.interval}\` (\`[\` gồm cận dưới, \`)\` không gồm cận trên).`,
        en: a => `Write the interval with brackets: \`${a.interval}\` (\`[\` includes the lower bound, \`)\` excludes the upper one).`,
    }),
    'too-deep': defineRule<{ limit: Arg; what: Arg }>()({
        severity: 'error',
        vi: a => `Lồng sâu quá ${a.limit} cấp (${a.what}): Chiso không đọc tệp này. Không bộ chỉ số thực tế nào gần tới giới hạn này; hãy kiểm tra lại tệp.`,
        en: a => `Nesting deeper than ${a.limit} levels (${a.what}): Chiso does not read this file. No real criteria set comes near this limit; check the file.`,
    }),
};
