/** Points that must add up: children to their parent, domains to the total. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';
import { type TypoArgs, typoSentenceEn, typoSentenceVi } from '../i18n/message-helpers.js';

/** A suspected mistyped max, as quick fixes read it: where it is written and what it probably is. */
export interface SuspectData {
    item: string;
    written: string;
    intended: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export const SUM_RULES = {
    'sum-mismatch': defineRule<{ item: Arg; actual: Arg; expected: Arg; difference: Arg } & TypoArgs, { expected: string; actual: string; suspects?: SuspectData[] }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Tổng điểm tối đa của các mục con khác điểm tối đa của mục cha (kèm chênh lệch), và nhóm điểm trừ có điểm tối đa lớn hơn số điểm các mục của nó có thể trừ. Thông báo chỉ ra số có lẽ bị gõ nhầm khi một lỗi gõ giải thích được chênh lệch.',
                en: 'Children whose max points do not add up to their parent\'s max (with the difference), and a deduction group whose max is above what its items can take off. The message names the likely mistyped figure when a single slip explains the difference.',
            },
            why: {
                vi: 'Phụ lục được chấm đúng như khi ban hành: mục cha mà tổng các mục con khác điểm tối đa của nó thì không đơn vị nào đạt đúng điểm đó (hoặc vượt), và mọi chỉ số tính từ nó đều sai.',
                en: 'The annex is scored as published: a parent whose children do not add up to its max cannot be reached (or is exceeded) by any unit, and every index computed from it is off.',
            },
            fix: {
                vi: 'Đối chiếu từng số với quyết định: sửa số của mục con bị gõ nhầm (dấu thập phân đặt sai chỗ, hai chữ số bị đảo), hoặc, nếu các mục con đúng, sửa điểm tối đa của mục cha.',
                en: 'Compare each figure with the decision: correct the mistyped child (a moved decimal point, swapped digits), or, if the children are right, the parent\'s max.',
            },
            fixed: ['criterion 1.3 "Ba" max 3.33', 'criterion 1.3 "Ba" max 3.34'],
        },
        fixes: ['fix-typo', 'fix-sum'],
        vi: a => `Tổng điểm tối đa của các mục con của ${a.item} là ${a.actual}, khác điểm tối đa ${a.expected} của nó (chênh lệch ${a.difference}).${typoSentenceVi(a)}`,
        en: a => `The children of ${a.item} add up to ${a.actual}, not its max of ${a.expected} (difference ${a.difference}).${typoSentenceEn(a)}`,
    }),
    'total-mismatch': defineRule<{ actual: Arg; declared: Arg; expected: Arg; difference: Arg } & TypoArgs, { expected: string; actual: string; suspects: SuspectData[] }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Tổng điểm tối đa của các lĩnh vực khác tổng điểm khai báo (100 nếu không khai báo), kèm lĩnh vực có lẽ bị gõ nhầm.',
                en: 'Domains whose max points do not add up to the declared total (100 when none is declared), naming the likely mistyped domain.',
            },
            why: {
                vi: 'Phụ lục được chấm đúng như khi ban hành: mục cha mà tổng các mục con khác điểm tối đa của nó thì không đơn vị nào đạt đúng điểm đó (hoặc vượt), và mọi chỉ số tính từ nó đều sai. Chỉ số là điểm của đơn vị chia cho tổng điểm: tổng sai làm lệch chỉ số của mọi đơn vị.',
                en: 'The annex is scored as published: a parent whose children do not add up to its max cannot be reached (or is exceeded) by any unit, and every index computed from it is off. The index is a unit\'s points over the total: a wrong total skews every unit\'s index.',
            },
            fix: {
                vi: 'Sửa lĩnh vực bị gõ nhầm, hoặc khai báo tổng điểm theo quyết định (`total 60`, `total 80`).',
                en: 'Correct the mistyped domain, or declare the total the decision gives (`total 60`, `total 80`).',
            },
            fixed: ['domain 1 "Một" max 90', 'domain 1 "Một" max 100'],
        },
        fixes: ['fix-typo', 'fix-total', 'fix-total-declare'],
        vi: a => `Tổng điểm tối đa của các lĩnh vực là ${a.actual}, khác tổng điểm ${a.declared === 'yes' ? 'khai báo' : 'mặc định'} ${a.expected} (chênh lệch ${a.difference})${a.declared === 'yes' ? '' : '; bộ tiêu chí chưa khai báo `total`'}.${typoSentenceVi(a)}`,
        en: a => `The domains add up to ${a.actual}, not the ${a.declared === 'yes' ? 'declared' : 'default'} total of ${a.expected} (difference ${a.difference})${a.declared === 'yes' ? '' : '; the set declares no `total`'}.${typoSentenceEn(a)}`,
    }),
    // Known points already over the parent's max or the total, beside outlines whose points are not known.
    'sum-exceeded': defineRule<{ item: Arg; actual: Arg; expected: Arg; difference: Arg; unknown: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Bên cạnh các mục dàn ý chưa công bố điểm, các mục con đã biết điểm đã cộng lại vượt điểm tối đa của mục cha.',
                en: 'Beside outline items whose points are not published, children whose known points already exceed their parent\'s max.',
            },
            why: {
                vi: 'Dù các mục chưa công bố điểm có bao nhiêu điểm, điểm tối đa của mục cha đã bị vượt: bản dự thảo không thể thành phụ lục hợp lệ nếu không sửa một số đã công bố.',
                en: 'Whatever the unpublished items turn out to be worth, the parent\'s max is already passed: the draft cannot become a valid annex without changing a published figure.',
            },
            fix: {
                vi: 'Đối chiếu các số đã biết với quyết định và giảm số bị sai.',
                en: 'Check the known figures against the decision and lower the one that is wrong.',
            },
            fixed: ['criterion 1.2 "Báo cáo CCHC" max 22', 'criterion 1.2 "Báo cáo CCHC" max 12'],
        },
        vi: a => `Các mục con đã biết điểm của ${a.item} đã cộng lại ${a.actual}, vượt điểm tối đa ${a.expected} của nó (thừa ${a.difference}), chưa kể ${a.unknown} mục dàn ý chưa rõ điểm.`,
        en: a => `The children of ${a.item} whose points are known already add up to ${a.actual}, over its max of ${a.expected} (by ${a.difference}), before ${a.unknown} outline ${a.unknown === '1' ? 'item' : 'items'} whose points are not known.`,
    }),
    'total-exceeded': defineRule<{ actual: Arg; expected: Arg; difference: Arg; unknown: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Bên cạnh các lĩnh vực dàn ý chưa công bố điểm, các lĩnh vực đã biết điểm đã cộng lại vượt tổng điểm.',
                en: 'Beside outline domains whose points are not published, domains whose known points already exceed the total.',
            },
            why: {
                vi: 'Dù các lĩnh vực chưa công bố điểm có bao nhiêu điểm, tổng điểm đã bị vượt: không cách chia điểm nào làm bộ tiêu chí khớp được.',
                en: 'Whatever the unpublished domains are worth, the total is already passed: no assignment of their points can make the set add up.',
            },
            fix: {
                vi: 'Đối chiếu điểm của các lĩnh vực đã biết và tổng điểm với quyết định.',
                en: 'Check the known domains\' points and the total against the decision.',
            },
            fixed: ['domain 2 "Cải cách thể chế" max 50', 'domain 2 "Cải cách thể chế" max 30'],
        },
        vi: a => `Các lĩnh vực đã biết điểm đã cộng lại ${a.actual}, vượt tổng điểm ${a.expected} (thừa ${a.difference}), chưa kể ${a.unknown} lĩnh vực dàn ý chưa rõ điểm.`,
        en: a => `The domains whose points are known already add up to ${a.actual}, over the total of ${a.expected} (by ${a.difference}), before ${a.unknown} outline ${a.unknown === '1' ? 'domain' : 'domains'} whose points are not known.`,
    }),
    'max-missing': defineRule<{ item: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Mục không có `max` mà không phải mục dàn ý (chỉ mục dàn ý mới được để trống điểm).',
                en: 'An item without `max` that is not an outline (only an outline item may leave its points out).',
            },
            why: {
                vi: 'Điểm của mục là điều phụ lục công bố và là thành phần của tổng mục cha; thiếu điểm thì không kiểm tra hay chấm được gì ở các cấp trên.',
                en: 'An item\'s points are what the annex publishes and what its parent\'s sum is made of; without them nothing above it can be checked or scored.',
            },
            fix: {
                vi: 'Viết điểm tối đa sau tiêu đề của mục (`max 2`); mục chưa viết chi tiết thì khai báo `counts` cho các cấp bên dưới.',
                en: 'Write the item\'s max after its title (`max 2`); an item whose detail is not written yet declares `counts` for the levels below it.',
            },
            fixed: ['criterion 1.1 "Kế hoạch CCHC" {', 'criterion 1.1 "Kế hoạch CCHC" max 2 {'],
        },
        vi: a => `Thiếu \`max\`: viết điểm tối đa của ${a.item} sau tiêu đề, ví dụ \`max 2\`. Chỉ mục dàn ý (chưa có mục con, khai báo \`counts\` cho các cấp dưới) mới được để trống điểm khi chưa công bố.`,
        en: a => `Missing \`max\`: write the max points of ${a.item} after its title, e.g. \`max 2\`. Only an outline item (no children yet, \`counts\` declared for the levels below it) may leave its points out while they are not published.`,
    }),
    'min-sum-mismatch': defineRule<{ item: Arg; actual: Arg; expected: Arg; difference: Arg }, { actual: string }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Khi có mục con khai báo `min`, tổng điểm tối thiểu của các mục con (0 nếu không khai báo) khác điểm tối thiểu của mục cha (0 nếu không khai báo).',
                en: 'Where any child declares `min`, children\'s minima (0 for a child without one) that do not add up to the parent\'s `min` (0 when it declares none).',
            },
            why: {
                vi: 'Điểm tối thiểu là mức sàn đơn vị không thể thấp hơn (các nội dung PAPI chấm từ 1 đến 10); sàn không khớp làm điểm của mục cha thấp hơn, hoặc không bao giờ xuống tới, sàn của chính nó.',
                en: 'Minima are floors a unit cannot score below (PAPI\'s dimensions score 1 to 10); floors that do not add up let a parent\'s score fall below, or never reach down to, its own floor.',
            },
            fix: {
                vi: 'Khai báo `min` của mục cha bằng tổng của các mục con, hoặc sửa điểm tối thiểu của các mục con.',
                en: 'Declare the parent\'s `min` as the children\'s sum, or correct the children\'s minima.',
            },
            fixed: ['domain 1 "Một" max 10 {', 'domain 1 "Một" max 10 min 1 {'],
        },
        fixes: ['fix-min-sum'],
        vi: a => `Tổng điểm tối thiểu của các mục con của ${a.item} là ${a.actual}, khác điểm tối thiểu ${a.expected} của nó (chênh lệch ${a.difference}).`,
        en: a => `The minimum points of the children of ${a.item} add up to ${a.actual}, not its minimum of ${a.expected} (difference ${a.difference}).`,
    }),
};
