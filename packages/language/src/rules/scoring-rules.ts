/** Scoring rules: bands, tiers, choices and deductions give each value exactly one score within the item's points. */
import type { Arg } from '../i18n/texts.js';
import { defineRule, type Bilingual } from './rule.js';
import { en } from '../i18n/message-helpers.js';

const WHY_RULE: Bilingual = {
    vi: 'Mỗi giá trị đơn vị báo cáo phải được chấm đúng một lần, trong phạm vi điểm của mục: nếu không, hai người thẩm định chấm cùng một kết quả khác nhau, hoặc đơn vị được số điểm phụ lục không cho phép.',
    en: 'Every value a unit reports must score exactly once, within the item\'s points: otherwise two appraisers score the same result differently, or a unit gets points the annex does not allow.',
};

export const SCORING_RULE_RULES = {
    'band-unit': defineRule<{ percent: Arg; text: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Ngưỡng của khung điểm thiếu `%`, hoặc ngưỡng của bậc có `%` hay không phải số nguyên.',
                en: 'A band threshold without `%`, or a tier threshold with `%` or not a whole number.',
            },
            why: WHY_RULE,
            fix: {
                vi: 'Viết ngưỡng khung điểm bằng tỷ lệ phần trăm (`80%`) và ngưỡng bậc bằng số nguyên (`2`).',
                en: 'Write band thresholds as percentages (`80%`) and tier thresholds as whole counts (`2`).',
            },
            fixed: ['< 100 -> 0', '< 100% -> 0'],
        },
        vi: a => a.percent === 'yes' ? `Ngưỡng của khung điểm phải là tỷ lệ phần trăm: viết ${a.text}%.`
            : a.percent === 'no' ? `Bậc theo số lượng dùng số nguyên, không dùng %: viết ${a.text}.` : `Bậc theo số lượng dùng số nguyên; ${a.text} không phải số nguyên.`,
        en: a => a.percent === 'yes' ? `Band thresholds are percentages: write ${a.text}%.`
            : a.percent === 'no' ? `Count tiers use whole numbers, not %: write ${a.text}.` : `Count tiers use whole numbers; ${a.text} is not one.`,
    }),
    'band-threshold-range': defineRule<{ text: Arg; range: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Ngưỡng khung điểm nằm ngoài 0%–100% (hoặc bậc âm).', en: 'A band threshold outside 0 %–100 % (or a negative tier).' },
            why: WHY_RULE,
            fix: { vi: 'Viết ngưỡng mà đơn vị thực sự có thể đạt.', en: 'Write a threshold a unit can actually report.' },
            fixed: ['>= 120% -> 1', '>= 100% -> 1'],
        },
        vi: a => `Ngưỡng ${a.text} nằm ngoài khoảng ${a.range}.`,
        en: a => `The threshold ${a.text} is outside ${a.range}.`,
    }),
    'rule-empty': defineRule<{ rule: Arg; entries: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Quy tắc `bands`, `tiers` hoặc `choice` không có mục nào.', en: 'A `bands`, `tiers` or `choice` rule with no entries.' },
            why: WHY_RULE,
            fix: { vi: 'Viết các khung điểm, bậc hoặc phương án mà quyết định liệt kê.', en: 'Write the bands, tiers or options the decision lists.' },
            fixed: ['criterion 1.1 "Tỷ lệ" max 1 { scoring bands "Tỷ lệ hoàn thành" { } }\n        criterion 1.2 "Số lượng" max 1 { scoring tiers { } }\n        criterion 1.3 "Mức độ" max 1 { scoring choice { } }', 'criterion 1.1 "Tỷ lệ" max 1 { scoring bands "Tỷ lệ hoàn thành" { 100% -> 1  < 100% -> 0 } }\n        criterion 1.2 "Số lượng" max 1 { scoring tiers { >= 1 -> 1  0 -> 0 } }\n        criterion 1.3 "Mức độ" max 1 { scoring choice { "Có" -> 1  "Không" -> 0 } }'],
        },
        vi: a => `Quy tắc \`${a.rule}\` không có ${a.entries} nào: không giá trị nào chấm được điểm.`,
        en: a => `The \`${a.rule}\` rule lists no ${a.entries}: no value can be scored.`,
    }),
    'band-empty': defineRule<{ text: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Khoảng không chứa giá trị nào: `[80%, 60%)`.', en: 'An interval that holds no value: `[80%, 60%)`.' },
            why: WHY_RULE,
            fix: { vi: 'Viết hai cận theo thứ tự, cận dưới trước.', en: 'Write the bounds in order, lower first.' },
            fixed: ['>= 50% -> 1\n                < 50% -> 0\n                [80%, 60%) -> 0.5', '>= 80% -> 1\n                [50%, 80%) -> 0.5\n                < 50% -> 0'],
        },
        vi: a => `Khoảng ${a.text} không chứa giá trị nào.`,
        en: a => `The interval ${a.text} contains no value.`,
    }),
    'band-gap': defineRule<{ range: Arg }, { example: string }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Các khung điểm hoặc bậc bỏ sót giá trị, kèm một giá trị trong khoảng hở.',
                en: 'Bands or tiers that leave values unscored, with a value in the gap.',
            },
            why: WHY_RULE,
            fix: {
                vi: 'Mở rộng khung bên dưới hoặc bên trên để lấp khoảng hở (“từ 80% đến dưới 100%” là `[80%, 100%)`).',
                en: 'Extend the band below or the band above to cover the gap (“từ 80% đến dưới 100%” is `[80%, 100%)`).',
            },
            fixed: ['0 -> 0', '< 2 -> 0'],
        },
        fixes: ['fix-band-gap'],
        vi: a => `Các khung điểm bỏ sót giá trị: ${a.range} không thuộc khung nào.`,
        en: a => `The bands leave a gap: ${a.range} matches no band.`,
    }),
    'band-overlap': defineRule<{ line: Arg; range: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Hai khung điểm cùng chứa một giá trị (`[50%, 80%]` và `>= 80%` đều chứa 80%).',
                en: 'Two bands that both match a value (`[50%, 80%]` and `>= 80%` both hold 80 %).',
            },
            why: WHY_RULE,
            fix: { vi: 'Loại cận chung khỏi một khung: `[50%, 80%)`.', en: 'Exclude the shared bound from one band: `[50%, 80%)`.' },
            fixed: ['[50%, 80%] -> 0.5', '[50%, 80%) -> 0.5'],
        },
        vi: a => `Khung này chồng lấn với khung ở dòng ${a.line}: ${a.range} thuộc cả hai.`,
        en: a => `This band overlaps the one on line ${a.line}: ${a.range} matches both.`,
    }),
    'band-non-monotone': defineRule<{ lower: Arg; lowerPoints: Arg; higher: Arg; higherPoints: Arg }>()({
        severity: 'warning',
        docs: {
            catches: { vi: 'Điểm lúc tăng lúc giảm khi giá trị tăng (cảnh báo).', en: 'Points that rise and fall as the value grows (a warning).' },
            why: {
                vi: 'Đơn vị làm tốt hơn không thể được ít điểm hơn; nguyên nhân thường là một khung viết sai thứ tự.',
                en: 'A unit that does better should not score less; a band written in the wrong order is the usual cause.',
            },
            fix: { vi: 'Đối chiếu điểm của từng khung với quyết định.', en: 'Check each band\'s points against the decision.' },
            fixed: ['< 50% -> 1', '< 50% -> 0'],
        },
        vi: a => `Điểm lúc tăng lúc giảm khi giá trị tăng: ${a.lower} → ${a.lowerPoints} điểm, rồi ${a.higher} → ${a.higherPoints} điểm.`,
        en: a => `Points rise and fall as the value grows: ${a.lower} → ${a.lowerPoints}, then ${a.higher} → ${a.higherPoints}.`,
    }),
    'points-above-max': defineRule<{ points: Arg; max: Arg; item: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Một kết quả (khung, bậc, phương án) có điểm lớn hơn điểm tối đa của mục.',
                en: 'An outcome (a band, tier, option or direct score) worth more than the item\'s max.',
            },
            why: WHY_RULE,
            fix: { vi: 'Sửa điểm của kết quả đó, hoặc điểm tối đa của mục.', en: 'Correct the outcome\'s points, or the item\'s max.' },
            fixed: ['"Có sáng kiến" -> 2', '"Có sáng kiến" -> 1'],
        },
        vi: a => `${a.points} điểm vượt điểm tối đa ${a.max} của ${a.item}.`,
        en: a => `${en(a.points, 'point')} ${a.points === '1' ? 'exceeds' : 'exceed'} the max of ${a.max} of ${a.item}.`,
    }),
    'points-below-min': defineRule<{ points: Arg; min: Arg; item: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Một kết quả có điểm thấp hơn điểm tối thiểu (`min`) của mục.', en: 'An outcome worth less than the item\'s `min`.' },
            why: WHY_RULE,
            fix: { vi: 'Sửa điểm của kết quả đó, hoặc điểm tối thiểu của mục.', en: 'Correct the outcome\'s points, or the item\'s min.' },
            fixed: ['domain 1 "Một" max 10 min 1 {', 'domain 1 "Một" max 10 {'],
        },
        vi: a => `${a.points} điểm thấp hơn điểm tối thiểu ${a.min} của ${a.item}.`,
        en: a => `${en(a.points, 'point')} ${a.points === '1' ? 'is' : 'are'} below the minimum of ${a.min} of ${a.item}.`,
    }),
    'max-unreachable': defineRule<{ max: Arg; item: Arg; best: Arg }>()({
        severity: 'warning',
        docs: {
            catches: {
                vi: 'Quy tắc mà không kết quả nào đạt điểm tối đa của mục (cảnh báo).',
                en: 'A rule none of whose outcomes reaches the item\'s max (a warning).',
            },
            why: {
                vi: 'Không đơn vị nào đạt đủ điểm của mục, nên mọi chỉ số đều không thể đạt 100%; thường do điểm của một kết quả bị gõ nhầm.',
                en: 'No unit can get the item\'s full points, so every index is capped below 100 %; usually an outcome\'s points were mistyped.',
            },
            fix: { vi: 'Sửa điểm của kết quả cao nhất, hoặc điểm tối đa của mục.', en: 'Correct the best outcome\'s points, or the item\'s max.' },
            fixed: ['"Có" -> 1', '"Có" -> 2'],
        },
        vi: a => `Không kết quả nào đạt điểm tối đa ${a.max} của ${a.item}; cao nhất là ${a.best}.`,
        en: a => `No outcome reaches the max of ${a.max} of ${a.item}; the best is ${a.best}.`,
    }),
    'duplicate-choice': defineRule<{ title: Arg; line: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Hai phương án trùng tên trong quy tắc `choice` (so theo NFC, không phân biệt hoa thường).',
                en: 'Two options with one title in a `choice` rule (compared in NFC, ignoring case).',
            },
            why: WHY_RULE,
            fix: { vi: 'Đặt cho mỗi phương án một tên riêng, theo đúng lời văn của quyết định.', en: 'Give each option its own title, as the decision words it.' },
            fixed: ['" -> 0', ' (trễ)" -> 0'],
        },
        vi: a => `Phương án “${a.title}” đã có ở dòng ${a.line}.`,
        en: a => `The option “${a.title}” is already listed on line ${a.line}.`,
    }),
    'deduct-zero': defineRule()({
        severity: 'error',
        docs: {
            catches: { vi: 'Quy tắc `deduct` trừ 0 điểm cho mỗi lần vi phạm.', en: 'A `deduct` rule taking 0 points per violation.' },
            why: WHY_RULE,
            fix: { vi: 'Viết số điểm bị trừ cho mỗi lần vi phạm theo quyết định.', en: 'Write the points taken off per violation, as the decision gives them.' },
            fixed: ['scoring deduct 0 per "vi phạm"', 'scoring deduct 0.5 per "vi phạm"'],
        },
        vi: () => `Mức trừ cho mỗi lần vi phạm phải lớn hơn 0.`,
        en: () => `The deduction per violation must be greater than 0.`,
    }),
    'deduction-rule-ambiguous': defineRule<{ item: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Quy tắc `proportional` trong nhóm điểm trừ.', en: 'A `proportional` rule in a deduction group.' },
            why: {
                vi: 'Trong nhóm điểm trừ, điểm của mục là số điểm bị trừ; tỷ lệ phần trăm có thể là phần bị trừ hoặc phần được giữ, và hai cách hiểu cho điểm ngược nhau.',
                en: 'In a deduction group an item\'s points are taken off; a percentage of its max could be the part taken off or the part kept, and the two readings give opposite scores.',
            },
            fix: {
                vi: 'Viết số điểm bị trừ bằng `deduct`, `tiers`, `bands`, `choice` hoặc `formula`.',
                en: 'Write the points taken off with `deduct`, `tiers`, `bands`, `choice` or `formula`.',
            },
            fixed: ['scoring proportional "Tỷ lệ hồ sơ trễ hẹn"', 'scoring deduct 0.5 per "hồ sơ trễ hẹn"'],
        },
        vi: a => `Trong nhóm điểm trừ, điểm của ${a.item} là số điểm bị trừ; \`proportional\` không cho biết tỷ lệ là phần bị trừ hay phần được giữ. Viết số điểm bị trừ bằng \`deduct\`, \`tiers\`, \`bands\`, \`choice\` hoặc \`formula\`.`,
        en: a => `In a deduction group, the points of ${a.item} are the points taken off; \`proportional\` does not say whether its percentage is taken off or kept. Write the points taken off with \`deduct\`, \`tiers\`, \`bands\`, \`choice\` or \`formula\`.`,
    }),
};
