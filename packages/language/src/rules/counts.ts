/** Declared counts against the tree, and sets written to their header only. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';
import { upperFirst } from '../i18n/message-helpers.js';

export const COUNT_RULES = {
    'count-mismatch': defineRule<{ scope: Arg; expected: Arg; level: Arg; atLeast?: Arg; actual: Arg; outlined?: Arg; rule: Arg }, { actual?: number }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Số lượng khai báo (lĩnh vực, tiêu chí, tiêu chí thành phần) khác số trong cây cộng với số các mục dàn ý khai báo; thông báo nêu cách đếm.',
                en: 'Declared counts (domains, criteria, components) that differ from the tree plus what outline items declare; the message states the counting rule.',
            },
            why: {
                vi: 'Quyết định công bố số lượng (“8 lĩnh vực, 34 tiêu chí, 99 tiêu chí thành phần”); số lượng không khớp cây tiêu chí nghĩa là một mục bị bỏ sót hoặc thêm thừa khi chép.',
                en: 'Decisions announce their counts (“8 lĩnh vực, 34 tiêu chí, 99 tiêu chí thành phần”); a count the tree does not match means an item was dropped or added while copying.',
            },
            fix: {
                vi: 'Đối chiếu với quyết định để tìm mục thiếu hoặc thừa; nếu cây tiêu chí đúng, sửa số lượng khai báo.',
                en: 'Find the missing or extra item against the decision; if the tree is right, correct the declared count.',
            },
            fixed: ['criteria 1 }', 'criteria 2 }'],
        },
        fixes: ['fix-count'],
        vi: a => `${upperFirst(a.scope)} khai báo ${a.expected} ${a.level} nhưng cây có ${a.atLeast ? 'ít nhất ' : ''}${a.actual}${a.outlined ? ` (trong đó ${a.outlined} do các mục dàn ý khai báo, chưa viết)` : ''}. Cách đếm: ${a.rule}`,
        en: a => `${upperFirst(a.scope)} declares ${a.expected} ${a.level} but the tree has ${a.atLeast ? 'at least ' : ''}${a.actual}${a.outlined ? ` (${a.outlined} of them declared by outline items, not yet written)` : ''}. Counting rule: ${a.rule}`,
    }),
    'set-outline': defineRule<{ remaining?: Arg }>()({
        severity: 'info',
        docs: {
            catches: {
                vi: 'Ghi chú ở bộ tiêu chí mới có phần khai báo chung (chưa có lĩnh vực), nêu phần còn phải viết.',
                en: 'A note on a set that has its header only (no domains yet), saying what remains to write.',
            },
            why: {
                vi: 'Tổng điểm, cơ cấu điểm và số lượng chờ các lĩnh vực: ghi chú giải thích vì sao chúng chưa được kiểm tra.',
                en: 'Its total, split and counts wait for the domains: the note says why they are not checked yet.',
            },
            fix: { vi: 'Không cần sửa: viết các lĩnh vực khi đã được quyết định.', en: 'Nothing to fix: write the domains when they are decided.' },
            // Once its domains are written, the note gives way to the checks of the whole set.
            fixed: ['split { appraisal 60  survey 30 }', 'split { appraisal 100 }\n    domain 1 "Cải cách hành chính" max 100'],
        },
        vi: a => `Bộ tiêu chí mới có phần khai báo chung, chưa có lĩnh vực nào${a.remaining ? ` (còn ${a.remaining} chưa viết)` : ''}; tổng điểm, cơ cấu điểm và số lượng sẽ được đối chiếu khi viết các lĩnh vực.`,
        en: a => `The set has only its header, no domains yet${a.remaining ? ` (${a.remaining} not yet written)` : ''}; its total, split and counts are checked once domains are written.`,
    }),
};
