/** Declared counts against the tree, and sets written to their header only. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';
import { upperFirst } from '../i18n/message-helpers.js';

export const COUNT_RULES = {
    'count-mismatch': defineRule<{ scope: Arg; expected: Arg; level: Arg; atLeast?: Arg; actual: Arg; outlined?: Arg; rule: Arg }>()({
        severity: 'error',
        vi: a => `${upperFirst(a.scope)} khai báo ${a.expected} ${a.level} nhưng cây có ${a.atLeast ? 'ít nhất ' : ''}${a.actual}${a.outlined ? ` (trong đó ${a.outlined} do các mục dàn ý khai báo, chưa viết)` : ''}. Cách đếm: ${a.rule}`,
        en: a => `${upperFirst(a.scope)} declares ${a.expected} ${a.level} but the tree has ${a.atLeast ? 'at least ' : ''}${a.actual}${a.outlined ? ` (${a.outlined} of them declared by outline items, not yet written)` : ''}. Counting rule: ${a.rule}`,
    }),
    'set-outline': defineRule<{ remaining?: Arg }>()({
        severity: 'info',
        vi: a => `Bộ tiêu chí mới có phần khai báo chung, chưa có lĩnh vực nào${a.remaining ? ` (còn ${a.remaining} chưa viết)` : ''}; tổng điểm, cơ cấu điểm và số lượng sẽ được đối chiếu khi viết các lĩnh vực.`,
        en: a => `The set has only its header, no domains yet${a.remaining ? ` (${a.remaining} not yet written)` : ''}; its total, split and counts are checked once domains are written.`,
    }),
};
