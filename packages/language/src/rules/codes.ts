/** Item codes: unique, in sequence, under their parent's, written canonically. */
import type { Arg } from '../i18n/texts.js';
import { defineRule, type Bilingual } from './rule.js';

const WHY_CODE: Bilingual = {
    vi: 'Mã mục là cách đơn vị, hội đồng thẩm định và phần mềm chấm điểm gọi tên một mục; mã trùng, thiếu hoặc không thuộc mục cha làm kết quả rơi vào nhầm mục.',
    en: 'Codes are how units, appraisal councils and scoring software name an item; a code used twice, skipped or outside its parent makes results land on the wrong item.',
};

export const CODE_RULES = {
    'duplicate-code': defineRule<{ code: Arg; line: Arg; deduction: Arg; next?: Arg; kinds?: Arg; parent?: Arg; within?: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Một mã được dùng hai lần trong bộ (`01` và `1` là một mã); trong bộ đánh số liên tục, tiêu chí bắt đầu lại từ 1 ở một lĩnh vực.',
                en: 'A code used twice in a set (`01` and `1` are one code); in a set numbered through, criteria starting again at 1 in a domain.',
            },
            why: WHY_CODE,
            fix: {
                vi: 'Đánh số lại theo quyết định; trong bộ đánh số liên tục, tiếp nối tiêu chí cuối của lĩnh vực trước.',
                en: 'Renumber as the decision does; in a set numbered through, continue from the previous domain\'s last criterion.',
            },
            fixed: ['criterion 1.1 "B" max 1', 'criterion 1.2 "B" max 1'],
        },
        fixes: ['fix-code-gap'],
        vi: a => `Mã ${a.code} đã được dùng ở dòng ${a.line}.${a.deduction === 'yes' ? ' Mục của nhóm điểm trừ dùng chung mã với các lĩnh vực; đặt tiền tố, ví dụ Đ1.' : ''}${a.next ? ` Bộ này đánh số ${a.kinds} liên tục trong cả bộ, không bắt đầu lại từ 1 ở mỗi ${a.parent}: mục này là số ${a.next} (hoặc ${a.within} nếu đánh số trong từng ${a.parent}).` : ''}`,
        en: a => `The code ${a.code} is already used on line ${a.line}.${a.deduction === 'yes' ? ' Deduction items share the codes of the domains; give them a prefix, e.g. Đ1.' : ''}${a.next ? ` This set numbers its ${a.kinds} through the whole set, not from 1 in each ${a.parent}: this one follows on as ${a.next} (or ${a.within}, numbered within each ${a.parent}).` : ''}`,
    }),
    'code-not-under-parent': defineRule<{ code: Arg; parentCode: Arg; prefix: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Mã dạng chấm không bắt đầu bằng mã mục cha: `2.1` trong lĩnh vực 1.',
                en: 'A dotted code that does not spell its parent\'s: `2.1` in domain 1.',
            },
            why: WHY_CODE,
            fix: {
                vi: 'Viết mã theo mã mục cha (`1.2`), hoặc chuyển mục về đúng mục cha mà mã của nó chỉ ra.',
                en: 'Write the code under its parent\'s (`1.2`), or move the item to the parent its code names.',
            },
            fixed: ['criterion 2.1 "B"', 'criterion 1.2 "B"'],
        },
        fixes: ['fix-code-under-parent'],
        vi: a => `Mã ${a.code} không thuộc mã ${a.parentCode} của mục cha; mã đúng có dạng ${a.prefix}.<số>.`,
        en: a => `The code ${a.code} is not under its parent's code ${a.parentCode}; expected ${a.prefix}.<n>.`,
    }),
    'code-decimal-comma': defineRule<{ suggested: Arg; code: Arg }, { suggested: string }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Mã viết bằng dấu phẩy: `1,1`.', en: 'A code written with a comma: `1,1`.' },
            why: WHY_CODE,
            fix: { vi: 'Viết mã bằng dấu chấm (`1.1`); dấu phẩy là dấu thập phân.', en: 'Write codes with dots (`1.1`); commas are decimal marks.' },
            fixed: ['criterion 1,1', 'criterion 1.1'],
        },
        fixes: ['fix-code-written'],
        vi: a => `Mã mục viết bằng dấu chấm: ${a.suggested}, không phải ${a.code}.`,
        en: a => `Codes are written with dots: ${a.suggested}, not ${a.code}.`,
    }),
    'code-leading-zero': defineRule<{ code: Arg; suggested: Arg }, { suggested: string }>()({
        severity: 'warning',
        docs: {
            catches: { vi: 'Mã có chữ số 0 ở đầu, `01` (cảnh báo; được so như `1`).', en: 'A code with a leading zero, `01` (a warning; it is compared as `1`).' },
            why: WHY_CODE,
            fix: { vi: 'Viết mã không có chữ số 0 ở đầu (`1`).', en: 'Write the code without the zero (`1`).' },
            fixed: ['domain 01', 'domain 1'],
        },
        fixes: ['fix-code-written'],
        vi: a => `Mã ${a.code} có chữ số 0 ở đầu; viết ${a.suggested}.`,
        en: a => `The code ${a.code} has a leading zero; write ${a.suggested}.`,
    }),
    'code-gap': defineRule<{ code: Arg; previous: Arg; running: Arg; missing: Arg }>()({
        severity: 'warning',
        docs: {
            catches: {
                vi: 'Mã bỏ qua số trong dãy (cảnh báo): `LV1, LV3`, `I, II, IV`.',
                en: 'A code that skips numbers in its sequence (a warning): `LV1, LV3`, `I, II, IV`.',
            },
            why: {
                vi: 'Mã mục là cách đơn vị, hội đồng thẩm định và phần mềm chấm điểm gọi tên một mục; mã trùng, thiếu hoặc không thuộc mục cha làm kết quả rơi vào nhầm mục. Mã bị hở thường là dấu hiệu một mục chưa được chép.',
                en: 'Codes are how units, appraisal councils and scoring software name an item; a code used twice, skipped or outside its parent makes results land on the wrong item. A gap usually means an item was not copied.',
            },
            fix: { vi: 'Thêm mục còn thiếu, hoặc đánh số lại theo thứ tự.', en: 'Add the missing item, or renumber in sequence.' },
            fixed: ['domain LV3 "Ba" max 1', 'domain LV2 "Ba" max 1'],
        },
        fixes: ['fix-code-gap'],
        vi: a => `Mã ${a.code} đứng sau ${a.previous}${a.running === 'yes' ? ' (đánh số liên tục trong cả bộ)' : ''}; thiếu: ${a.missing}.`,
        en: a => `The code ${a.code} follows ${a.previous}${a.running === 'yes' ? ' (numbered through the whole set)' : ''}; missing: ${a.missing}.`,
    }),
    'roman-numeral': defineRule<{ code: Arg; value: Arg; canonical: Arg }, { canonical: string }>()({
        severity: 'warning',
        docs: {
            catches: {
                vi: 'Số La Mã viết không chuẩn: `IIII` thay cho `IV`, `VV` (cảnh báo).',
                en: 'A Roman numeral not written canonically: `IIII` for `IV`, `VV` (a warning).',
            },
            why: WHY_CODE,
            fix: { vi: 'Viết số La Mã theo cách chuẩn (`IV`).', en: 'Write the numeral canonically (`IV`).' },
            fixed: ['domain IIII "Bốn" max 1\n    domain VV "Mười" max 1', 'domain IV "Bốn" max 1\n    domain V "Năm" max 1'],
        },
        fixes: ['fix-roman-numeral'],
        vi: a => `${a.code} không phải cách viết số La Mã: số ${a.value} viết là ${a.canonical}.`,
        en: a => `${a.code} is not how Roman numerals are written: ${a.value} is ${a.canonical}.`,
    }),
};
