/** Points that must add up: children to their parent, domains to the total. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';
import { type TypoArgs, typoSentenceEn, typoSentenceVi } from '../i18n/message-helpers.js';

export const SUM_RULES = {
    'sum-mismatch': defineRule<{ item: Arg; actual: Arg; expected: Arg; difference: Arg } & TypoArgs>()({
        severity: 'error',
        vi: a => `Tổng điểm tối đa của các mục con của ${a.item} là ${a.actual}, khác điểm tối đa ${a.expected} của nó (chênh lệch ${a.difference}).${typoSentenceVi(a)}`,
        en: a => `The children of ${a.item} add up to ${a.actual}, not its max of ${a.expected} (difference ${a.difference}).${typoSentenceEn(a)}`,
    }),
    'total-mismatch': defineRule<{ actual: Arg; declared: Arg; expected: Arg; difference: Arg } & TypoArgs>()({
        severity: 'error',
        vi: a => `Tổng điểm tối đa của các lĩnh vực là ${a.actual}, khác tổng điểm ${a.declared === 'yes' ? 'khai báo' : 'mặc định'} ${a.expected} (chênh lệch ${a.difference})${a.declared === 'yes' ? '' : '; bộ tiêu chí chưa khai báo `total`'}.${typoSentenceVi(a)}`,
        en: a => `The domains add up to ${a.actual}, not the ${a.declared === 'yes' ? 'declared' : 'default'} total of ${a.expected} (difference ${a.difference})${a.declared === 'yes' ? '' : '; the set declares no `total`'}.${typoSentenceEn(a)}`,
    }),
    // Known points already over the parent's max or the total, beside outlines whose points are not known.
    'sum-exceeded': defineRule<{ item: Arg; actual: Arg; expected: Arg; difference: Arg; unknown: Arg }>()({
        severity: 'error',
        vi: a => `Các mục con đã biết điểm của ${a.item} đã cộng lại ${a.actual}, vượt điểm tối đa ${a.expected} của nó (thừa ${a.difference}), chưa kể ${a.unknown} mục dàn ý chưa rõ điểm.`,
        en: a => `The children of ${a.item} whose points are known already add up to ${a.actual}, over its max of ${a.expected} (by ${a.difference}), before ${a.unknown} outline ${a.unknown === '1' ? 'item' : 'items'} whose points are not known.`,
    }),
    'total-exceeded': defineRule<{ actual: Arg; expected: Arg; difference: Arg; unknown: Arg }>()({
        severity: 'error',
        vi: a => `Các lĩnh vực đã biết điểm đã cộng lại ${a.actual}, vượt tổng điểm ${a.expected} (thừa ${a.difference}), chưa kể ${a.unknown} lĩnh vực dàn ý chưa rõ điểm.`,
        en: a => `The domains whose points are known already add up to ${a.actual}, over the total of ${a.expected} (by ${a.difference}), before ${a.unknown} outline ${a.unknown === '1' ? 'domain' : 'domains'} whose points are not known.`,
    }),
    'max-missing': defineRule<{ item: Arg }>()({
        severity: 'error',
        vi: a => `Thiếu \`max\`: viết điểm tối đa của ${a.item} sau tiêu đề, ví dụ \`max 2\`. Chỉ mục dàn ý (chưa có mục con, khai báo \`counts\` cho các cấp dưới) mới được để trống điểm khi chưa công bố.`,
        en: a => `Missing \`max\`: write the max points of ${a.item} after its title, e.g. \`max 2\`. Only an outline item (no children yet, \`counts\` declared for the levels below it) may leave its points out while they are not published.`,
    }),
    'min-sum-mismatch': defineRule<{ item: Arg; actual: Arg; expected: Arg; difference: Arg }>()({
        severity: 'error',
        vi: a => `Tổng điểm tối thiểu của các mục con của ${a.item} là ${a.actual}, khác điểm tối thiểu ${a.expected} của nó (chênh lệch ${a.difference}).`,
        en: a => `The minimum points of the children of ${a.item} add up to ${a.actual}, not its minimum of ${a.expected} (difference ${a.difference}).`,
    }),
};
