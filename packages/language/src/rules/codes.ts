/** Item codes: unique, in sequence, under their parent's, written canonically. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';

export const CODE_RULES = {
    'duplicate-code': defineRule<{ code: Arg; line: Arg; deduction: Arg; next?: Arg; kinds?: Arg; parent?: Arg; within?: Arg }>()({
        severity: 'error',
        vi: a => `Mã ${a.code} đã được dùng ở dòng ${a.line}.${a.deduction === 'yes' ? ' Mục của nhóm điểm trừ dùng chung mã với các lĩnh vực; đặt tiền tố, ví dụ Đ1.' : ''}${a.next ? ` Bộ này đánh số ${a.kinds} liên tục trong cả bộ, không bắt đầu lại từ 1 ở mỗi ${a.parent}: mục này là số ${a.next} (hoặc ${a.within} nếu đánh số trong từng ${a.parent}).` : ''}`,
        en: a => `The code ${a.code} is already used on line ${a.line}.${a.deduction === 'yes' ? ' Deduction items share the codes of the domains; give them a prefix, e.g. Đ1.' : ''}${a.next ? ` This set numbers its ${a.kinds} through the whole set, not from 1 in each ${a.parent}: this one follows on as ${a.next} (or ${a.within}, numbered within each ${a.parent}).` : ''}`,
    }),
    'code-not-under-parent': defineRule<{ code: Arg; parentCode: Arg; prefix: Arg }>()({
        severity: 'error',
        vi: a => `Mã ${a.code} không thuộc mã ${a.parentCode} của mục cha; mã đúng có dạng ${a.prefix}.<số>.`,
        en: a => `The code ${a.code} is not under its parent's code ${a.parentCode}; expected ${a.prefix}.<n>.`,
    }),
    'code-decimal-comma': defineRule<{ suggested: Arg; code: Arg }>()({
        severity: 'error',
        vi: a => `Mã mục viết bằng dấu chấm: ${a.suggested}, không phải ${a.code}.`,
        en: a => `Codes are written with dots: ${a.suggested}, not ${a.code}.`,
    }),
    'code-leading-zero': defineRule<{ code: Arg; suggested: Arg }>()({
        severity: 'warning',
        vi: a => `Mã ${a.code} có chữ số 0 ở đầu; viết ${a.suggested}.`,
        en: a => `The code ${a.code} has a leading zero; write ${a.suggested}.`,
    }),
    'code-gap': defineRule<{ code: Arg; previous: Arg; running: Arg; missing: Arg }>()({
        severity: 'warning',
        vi: a => `Mã ${a.code} đứng sau ${a.previous}${a.running === 'yes' ? ' (đánh số liên tục trong cả bộ)' : ''}; thiếu: ${a.missing}.`,
        en: a => `The code ${a.code} follows ${a.previous}${a.running === 'yes' ? ' (numbered through the whole set)' : ''}; missing: ${a.missing}.`,
    }),
    'roman-numeral': defineRule<{ code: Arg; value: Arg; canonical: Arg }>()({
        severity: 'warning',
        vi: a => `${a.code} không phải cách viết số La Mã: số ${a.value} viết là ${a.canonical}.`,
        en: a => `${a.code} is not how Roman numerals are written: ${a.value} is ${a.canonical}.`,
    }),
};
