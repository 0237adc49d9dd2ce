/** Scoring rules: bands, tiers, choices and deductions give each value exactly one score within the item's points. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';
import { en } from '../i18n/message-helpers.js';

export const SCORING_RULE_RULES = {
    'band-unit': defineRule<{ percent: Arg; text: Arg }>()({
        severity: 'error',
        vi: a => a.percent === 'yes' ? `Ngưỡng của khung điểm phải là tỷ lệ phần trăm: viết ${a.text}%.`
            : a.percent === 'no' ? `Bậc theo số lượng dùng số nguyên, không dùng %: viết ${a.text}.` : `Bậc theo số lượng dùng số nguyên; ${a.text} không phải số nguyên.`,
        en: a => a.percent === 'yes' ? `Band thresholds are percentages: write ${a.text}%.`
            : a.percent === 'no' ? `Count tiers use whole numbers, not %: write ${a.text}.` : `Count tiers use whole numbers; ${a.text} is not one.`,
    }),
    'band-threshold-range': defineRule<{ text: Arg; range: Arg }>()({
        severity: 'error',
        vi: a => `Ngưỡng ${a.text} nằm ngoài khoảng ${a.range}.`,
        en: a => `The threshold ${a.text} is outside ${a.range}.`,
    }),
    'rule-empty': defineRule<{ rule: Arg; entries: Arg }>()({
        severity: 'error',
        vi: a => `Quy tắc \`${a.rule}\` không có ${a.entries} nào: không giá trị nào chấm được điểm.`,
        en: a => `The \`${a.rule}\` rule lists no ${a.entries}: no value can be scored.`,
    }),
    'band-empty': defineRule<{ text: Arg }>()({
        severity: 'error',
        vi: a => `Khoảng ${a.text} không chứa giá trị nào.`,
        en: a => `The interval ${a.text} contains no value.`,
    }),
    'band-gap': defineRule<{ range: Arg }>()({
        severity: 'error',
        vi: a => `Các khung điểm bỏ sót giá trị: ${a.range} không thuộc khung nào.`,
        en: a => `The bands leave a gap: ${a.range} matches no band.`,
    }),
    'band-overlap': defineRule<{ line: Arg; range: Arg }>()({
        severity: 'error',
        vi: a => `Khung này chồng lấn với khung ở dòng ${a.line}: ${a.range} thuộc cả hai.`,
        en: a => `This band overlaps the one on line ${a.line}: ${a.range} matches both.`,
    }),
    'band-non-monotone': defineRule<{ lower: Arg; lowerPoints: Arg; higher: Arg; higherPoints: Arg }>()({
        severity: 'warning',
        vi: a => `Điểm lúc tăng lúc giảm khi giá trị tăng: ${a.lower} → ${a.lowerPoints} điểm, rồi ${a.higher} → ${a.higherPoints} điểm.`,
        en: a => `Points rise and fall as the value grows: ${a.lower} → ${a.lowerPoints}, then ${a.higher} → ${a.higherPoints}.`,
    }),
    'points-above-max': defineRule<{ points: Arg; max: Arg; item: Arg }>()({
        severity: 'error',
        vi: a => `${a.points} điểm vượt điểm tối đa ${a.max} của ${a.item}.`,
        en: a => `${en(a.points, 'point')} ${a.points === '1' ? 'exceeds' : 'exceed'} the max of ${a.max} of ${a.item}.`,
    }),
    'points-below-min': defineRule<{ points: Arg; min: Arg; item: Arg }>()({
        severity: 'error',
        vi: a => `${a.points} điểm thấp hơn điểm tối thiểu ${a.min} của ${a.item}.`,
        en: a => `${en(a.points, 'point')} ${a.points === '1' ? 'is' : 'are'} below the minimum of ${a.min} of ${a.item}.`,
    }),
    'max-unreachable': defineRule<{ max: Arg; item: Arg; best: Arg }>()({
        severity: 'warning',
        vi: a => `Không kết quả nào đạt điểm tối đa ${a.max} của ${a.item}; cao nhất là ${a.best}.`,
        en: a => `No outcome reaches the max of ${a.max} of ${a.item}; the best is ${a.best}.`,
    }),
    'duplicate-choice': defineRule<{ title: Arg; line: Arg }>()({
        severity: 'error',
        vi: a => `Phương án “${a.title}” đã có ở dòng ${a.line}.`,
        en: a => `The option “${a.title}” is already listed on line ${a.line}.`,
    }),
    'deduct-zero': defineRule()({
        severity: 'error',
        vi: () => `Mức trừ cho mỗi lần vi phạm phải lớn hơn 0.`,
        en: () => `The deduction per violation must be greater than 0.`,
    }),
    'deduction-rule-ambiguous': defineRule<{ item: Arg }>()({
        severity: 'error',
        vi: a => `Trong nhóm điểm trừ, điểm của ${a.item} là số điểm bị trừ; \`proportional\` không cho biết tỷ lệ là phần bị trừ hay phần được giữ. Viết số điểm bị trừ bằng \`deduct\`, \`tiers\`, \`bands\`, \`choice\` hoặc \`formula\`.`,
        en: a => `In a deduction group, the points of ${a.item} are the points taken off; \`proportional\` does not say whether its percentage is taken off or kept. Write the points taken off with \`deduct\`, \`tiers\`, \`bands\`, \`choice\` or \`formula\`.`,
    }),
};
