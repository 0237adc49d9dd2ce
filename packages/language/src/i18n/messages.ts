/**
 * Every message Chiso shows a user, in Vietnamese and English, keyed by its stable diagnostic
 * code. A typed table (instead of string-keyed resource files) makes a missing translation or a
 * misspelt argument a compile error. Exact numbers are formatted per language: `0,5` / `0.5`.
 */
import { formatPoints, type Exact } from '../model/points.js';

export type Lang = 'vi' | 'en';
export type Severity = 'error' | 'warning' | 'info';

type Text = (a: Record<string, string>) => string;

/** A message may open with an argument (`tiêu chí 1.1 …`): its first letter is written as a capital. */
function upperFirst(text: string): string {
    // String(): a missing argument must read "undefined" in a message, never throw in the server.
    return String(text).replace(/^./, c => c.toUpperCase());
}

/**
 * The sentence a sum mismatch ends with, naming the likely mistyped figure (model/likely-typos.ts):
 * `typos` is how many explain the difference; one is named by `suspect`, `written`, `intended`,
 * several are listed in `suspects`. No sentence where the check looked for none.
 */
function typoSentenceVi(a: Record<string, string>): string {
    if (a.typos === undefined) return '';
    if (a.typos === '0') return ' Không có một số gõ nhầm nào giải thích được chênh lệch.';
    if (a.typos === '1') return ` Có lẽ điểm tối đa của ${a.suspect} là ${a.intended} chứ không phải ${a.written}.`;
    return ` Có thể một trong các số sau bị gõ nhầm: ${a.suspects}.`;
}

function typoSentenceEn(a: Record<string, string>): string {
    if (a.typos === undefined) return '';
    if (a.typos === '0') return ' No single mistyped figure explains the difference.';
    if (a.typos === '1') return ` ${upperFirst(a.suspect)}'s ${a.written} is probably ${a.intended}.`;
    return ` One of these figures may be mistyped: ${a.suspects}.`;
}

/** English nouns after a number: `1 point`, `0.5 points`, `2 points`. */
function en(count: string, singular: string, plural = `${singular}s`): string {
    return `${count} ${count === '1' ? singular : plural}`;
}
interface MessageDef {
    readonly severity: Severity;
    readonly vi: Text;
    readonly en: Text;
}

/** A figure that outlines make a bound: `ít nhất 40` / `at least 40`. */
const BOUND_VI: Record<string, string> = { min: 'ít nhất ', max: 'nhiều nhất ' };
const BOUND_EN: Record<string, string> = { min: 'at least ', max: 'at most ' };

export const MESSAGES = {
    // ── structure ──────────────────────────────────────────────────────────────────────────
    'repeated-field': {
        severity: 'error',
        vi: a => `“${a.field}” đã được khai báo ở trên; mỗi mục chỉ khai báo một lần.`,
        en: a => `“${a.field}” is already given above; give it once.`,
    },
    'invalid-points': {
        severity: 'error',
        vi: a => `“${a.text}” không phải là số điểm hợp lệ (viết số thập phân như 0,25 hoặc 0.25, hay phân số như 10/3, mẫu số khác 0).`,
        en: a => `“${a.text}” is not a valid point value (write a decimal such as 0.25 or 0,25, or a fraction such as 10/3 with a non-zero denominator).`,
    },
    'decimal-comma-ambiguous': {
        severity: 'error',
        vi: a => `Trong \`${a.written}\`, ${a.number} được hiểu là một số thập phân (dấu phẩy giữa hai chữ số là dấu thập phân). Để tách ${a.what}, đặt một dấu cách sau dấu phẩy: \`${a.suggested}\`.`,
        en: a => `In \`${a.written}\`, ${a.number} reads as one decimal number (a comma between digits is a decimal mark). To separate ${a.what}, put a space after the comma: \`${a.suggested}\`.`,
    },
    'number-range': {
        severity: 'error',
        vi: a => `${a.text} quá ${a.side === 'above' ? 'lớn' : 'nhỏ'} cho ${a.field}: viết một số từ ${a.min} đến ${a.max}.`,
        en: a => `${a.text} is too ${a.side === 'above' ? 'large' : 'small'} for ${a.field}: write a number from ${a.min} to ${a.max}.`,
    },
    'invalid-date': {
        severity: 'error',
        vi: a => `Ngày ${a.text} không tồn tại.`,
        en: a => `${a.text} is not a calendar date.`,
    },
    'nesting': {
        severity: 'error',
        vi: a => `${upperFirst(a.kind)} không được đặt trong ${a.parent}: ${a.rule}`,
        en: a => `A ${a.kind} cannot sit in ${a.parent}: ${a.rule}`,
    },
    'scoring-on-parent': {
        severity: 'error',
        vi: a => `${upperFirst(a.item)} có các mục con nên điểm của nó là tổng điểm các mục con; quy tắc chấm điểm chỉ đặt ở mục không có mục con.`,
        en: a => `${upperFirst(a.item)} has children, so its points are their sum; put scoring rules on items without children.`,
    },
    'min-above-max': {
        severity: 'error',
        vi: a => `Điểm tối thiểu ${a.min} lớn hơn điểm tối đa ${a.max}.`,
        en: a => `Minimum points ${a.min} exceed the maximum ${a.max}.`,
    },
    'max-zero': {
        severity: 'warning',
        vi: a => `${upperFirst(a.item)} có điểm tối đa 0: mục này không được điểm nào. Kiểm tra lại điểm tối đa theo quyết định, hoặc xóa mục.`,
        en: a => `${upperFirst(a.item)} has a max of 0: it scores nothing. Check the max against the decision, or remove the item.`,
    },
    'duplicate-name': {
        severity: 'error',
        vi: a => `Tên “${a.name}” đã được dùng cho ${a.what} khác${a.where}.`,
        en: a => `The name “${a.name}” is already used by another ${a.what}${a.where}.`,
    },
    'unknown-survey': {
        severity: 'error',
        vi: a => `Không tìm thấy cuộc điều tra “${a.name}”. Khai báo nó bằng \`survey ${a.name} "…"\` trong một tệp .chiso của cùng thư mục.`,
        en: a => `No survey named “${a.name}”. Declare it with \`survey ${a.name} "…"\` in a .chiso file of the same folder.`,
    },
    'unknown-agency': {
        severity: 'error',
        vi: a => `Không tìm thấy cơ quan “${a.name}”. Khai báo nó bằng \`agency ${a.name} "…"\` trong một tệp .chiso của cùng thư mục.`,
        en: a => `No agency named “${a.name}”. Declare it with \`agency ${a.name} "…"\` in a .chiso file of the same folder.`,
    },
    'unknown-input': {
        severity: 'error',
        vi: a => `Công thức dùng “${a.name}” nhưng chưa khai báo \`input ${a.name}\`.`,
        en: a => `The formula uses “${a.name}” but declares no \`input ${a.name}\`.`,
    },

    'syntax-expected': {
        severity: 'error',
        vi: a => `Cần ${a.expected} nhưng gặp \`${a.actual}\`.`,
        en: a => `Expected ${a.expected} but found \`${a.actual}\`.`,
    },
    'syntax-unexpected': {
        severity: 'error',
        vi: a => `Không hiểu \`${a.actual}\` ở đây${a.expected ? `; cần ${a.expected}` : ''}.`,
        en: a => `Unexpected \`${a.actual}\` here${a.expected ? `; expected ${a.expected}` : ''}.`,
    },
    'syntax-character': {
        severity: 'error',
        vi: a => `Ký tự không hợp lệ \`${a.text}\` (chữ tiếng Việt chỉ được viết trong dấu ngoặc kép).`,
        en: a => `Unexpected character \`${a.text}\` (Vietnamese text belongs inside double quotes).`,
    },
    // Common slips, each saying what to write (syntax-slips.ts, chiso-lexer.ts).
    'syntax-unclosed-string': {
        severity: 'error',
        vi: () => `Chuỗi chưa đóng: thêm dấu \`"\` ở cuối chuỗi, trên cùng dòng này.`,
        en: () => `Unclosed string: add the closing \`"\` on this line.`,
    },
    'syntax-space-after-keyword': {
        severity: 'error',
        vi: a => `Cần khoảng trắng sau \`${a.keyword}\`: viết \`${a.keyword} ${a.number}\`.`,
        en: a => `Write a space after \`${a.keyword}\`: \`${a.keyword} ${a.number}\`.`,
    },
    'syntax-missing-max': {
        severity: 'error',
        vi: a => `Thiếu \`max\` trước điểm tối đa: viết \`max ${a.points}\`.`,
        en: a => `Missing \`max\` before the max points: write \`max ${a.points}\`.`,
    },
    'syntax-band-interval': {
        severity: 'error',
        vi: a => `Viết khoảng giá trị bằng ký hiệu: \`${a.interval}\` (\`[\` gồm cận dưới, \`)\` không gồm cận trên).`,
        en: a => `Write the interval with brackets: \`${a.interval}\` (\`[\` includes the lower bound, \`)\` excludes the upper one).`,
    },
    'too-deep': {
        severity: 'error',
        vi: a => `Lồng sâu quá ${a.limit} cấp (${a.what}): Chiso không đọc tệp này. Không bộ chỉ số thực tế nào gần tới giới hạn này; hãy kiểm tra lại tệp.`,
        en: a => `Nesting deeper than ${a.limit} levels (${a.what}): Chiso does not read this file. No real criteria set comes near this limit; check the file.`,
    },
    'internal': {
        severity: 'error',
        vi: a => `Lỗi nội bộ của Chiso: phép kiểm tra “${a.check}” bị dừng tại đây nên kết quả kiểm tra của nó ở chỗ này có thể bị thiếu. Đây là lỗi của Chiso, không phải của tệp; xin báo lỗi kèm tệp này.`,
        en: a => `Internal error in Chiso: the check “${a.check}” stopped here, so its findings for this place may be missing. This is a bug in Chiso, not in the file; please report it with this file.`,
    },

    // ── sums ───────────────────────────────────────────────────────────────────────────────
    'sum-mismatch': {
        severity: 'error',
        vi: a => `Tổng điểm tối đa của các mục con của ${a.item} là ${a.actual}, khác điểm tối đa ${a.expected} của nó (chênh lệch ${a.difference}).${typoSentenceVi(a)}`,
        en: a => `The children of ${a.item} add up to ${a.actual}, not its max of ${a.expected} (difference ${a.difference}).${typoSentenceEn(a)}`,
    },
    'total-mismatch': {
        severity: 'error',
        vi: a => `Tổng điểm tối đa của các lĩnh vực là ${a.actual}, khác tổng điểm ${a.declared === 'yes' ? 'khai báo' : 'mặc định'} ${a.expected} (chênh lệch ${a.difference})${a.declared === 'yes' ? '' : '; bộ tiêu chí chưa khai báo `total`'}.${typoSentenceVi(a)}`,
        en: a => `The domains add up to ${a.actual}, not the ${a.declared === 'yes' ? 'declared' : 'default'} total of ${a.expected} (difference ${a.difference})${a.declared === 'yes' ? '' : '; the set declares no `total`'}.${typoSentenceEn(a)}`,
    },
    // Known points already over the parent's max or the total, beside outlines whose points are not known.
    'sum-exceeded': {
        severity: 'error',
        vi: a => `Các mục con đã biết điểm của ${a.item} đã cộng lại ${a.actual}, vượt điểm tối đa ${a.expected} của nó (thừa ${a.difference}), chưa kể ${a.unknown} mục dàn ý chưa rõ điểm.`,
        en: a => `The children of ${a.item} whose points are known already add up to ${a.actual}, over its max of ${a.expected} (by ${a.difference}), before ${a.unknown} outline ${a.unknown === '1' ? 'item' : 'items'} whose points are not known.`,
    },
    'total-exceeded': {
        severity: 'error',
        vi: a => `Các lĩnh vực đã biết điểm đã cộng lại ${a.actual}, vượt tổng điểm ${a.expected} (thừa ${a.difference}), chưa kể ${a.unknown} lĩnh vực dàn ý chưa rõ điểm.`,
        en: a => `The domains whose points are known already add up to ${a.actual}, over the total of ${a.expected} (by ${a.difference}), before ${a.unknown} outline ${a.unknown === '1' ? 'domain' : 'domains'} whose points are not known.`,
    },
    'max-missing': {
        severity: 'error',
        vi: a => `Thiếu \`max\`: viết điểm tối đa của ${a.item} sau tiêu đề, ví dụ \`max 2\`. Chỉ mục dàn ý (chưa có mục con, khai báo \`counts\` cho các cấp dưới) mới được để trống điểm khi chưa công bố.`,
        en: a => `Missing \`max\`: write the max points of ${a.item} after its title, e.g. \`max 2\`. Only an outline item (no children yet, \`counts\` declared for the levels below it) may leave its points out while they are not published.`,
    },
    'min-sum-mismatch': {
        severity: 'error',
        vi: a => `Tổng điểm tối thiểu của các mục con của ${a.item} là ${a.actual}, khác điểm tối thiểu ${a.expected} của nó (chênh lệch ${a.difference}).`,
        en: a => `The minimum points of the children of ${a.item} add up to ${a.actual}, not its minimum of ${a.expected} (difference ${a.difference}).`,
    },

    // ── sources ────────────────────────────────────────────────────────────────────────────
    'split-mismatch': {
        severity: 'error',
        vi: a => `${upperFirst(a.scope)}: điểm từ nguồn ${a.kinds} là ${BOUND_VI[a.bound] ?? ''}${a.actual}${a.bound ? ' (kể cả điểm của các mục dàn ý chưa rõ nguồn)' : ''}, khác số khai báo ${a.expected} (chênh lệch ${a.difference}).${typoSentenceVi(a)}`,
        en: a => `${upperFirst(a.scope)}: points sourced from ${a.kinds} add up to ${BOUND_EN[a.bound] ?? ''}${a.actual}${a.bound ? ' (counting outline items whose source is not known yet)' : ''}, not the declared ${a.expected} (difference ${a.difference}).${typoSentenceEn(a)}`,
    },
    'split-total': {
        severity: 'error',
        vi: a => `Các phần của cơ cấu điểm cộng lại ${a.actual}, khác tổng điểm ${a.expected}.`,
        en: a => `The split's parts add up to ${a.actual}, not the total of ${a.expected}.`,
    },
    'split-repeated-kind': {
        severity: 'error',
        vi: a => `Nguồn “${a.kind}” đã có trong một phần khác của cơ cấu điểm.`,
        en: a => `The source “${a.kind}” is already in another part of the split.`,
    },
    'survey-in-appraisal-item': {
        severity: 'error',
        vi: a => `${upperFirst(a.scope)} khai báo không có điểm điều tra xã hội học, nhưng ${a.item} lấy ${a.points} điểm từ cuộc điều tra ${a.survey}.`,
        en: a => `${upperFirst(a.scope)} declares no survey points, but ${a.item} takes ${en(a.points, 'point')} from the survey ${a.survey}.`,
    },
    'survey-sourced': {
        severity: 'info',
        vi: a => `${upperFirst(a.item)} (${a.points} điểm) được chấm qua cuộc điều tra ${a.survey}${a.inherited}.`,
        en: a => `${upperFirst(a.item)} (${en(a.points, 'point')}) is scored from the survey ${a.survey}${a.inherited}.`,
    },

    // ── counts ─────────────────────────────────────────────────────────────────────────────
    'count-mismatch': {
        severity: 'error',
        vi: a => `${upperFirst(a.scope)} khai báo ${a.expected} ${a.level} nhưng cây có ${a.atLeast ? 'ít nhất ' : ''}${a.actual}${a.outlined ? ` (trong đó ${a.outlined} do các mục dàn ý khai báo, chưa viết)` : ''}. Cách đếm: ${a.rule}`,
        en: a => `${upperFirst(a.scope)} declares ${a.expected} ${a.level} but the tree has ${a.atLeast ? 'at least ' : ''}${a.actual}${a.outlined ? ` (${a.outlined} of them declared by outline items, not yet written)` : ''}. Counting rule: ${a.rule}`,
    },
    'set-outline': {
        severity: 'info',
        vi: a => `Bộ tiêu chí mới có phần khai báo chung, chưa có lĩnh vực nào${a.remaining ? ` (còn ${a.remaining} chưa viết)` : ''}; tổng điểm, cơ cấu điểm và số lượng sẽ được đối chiếu khi viết các lĩnh vực.`,
        en: a => `The set has only its header, no domains yet${a.remaining ? ` (${a.remaining} not yet written)` : ''}; its total, split and counts are checked once domains are written.`,
    },

    // ── codes ──────────────────────────────────────────────────────────────────────────────
    'duplicate-code': {
        severity: 'error',
        vi: a => `Mã ${a.code} đã được dùng ở dòng ${a.line}.${a.deduction === 'yes' ? ' Mục của nhóm điểm trừ dùng chung mã với các lĩnh vực; đặt tiền tố, ví dụ Đ1.' : ''}${a.next ? ` Bộ này đánh số ${a.kinds} liên tục trong cả bộ, không bắt đầu lại từ 1 ở mỗi ${a.parent}: mục này là số ${a.next} (hoặc ${a.within} nếu đánh số trong từng ${a.parent}).` : ''}`,
        en: a => `The code ${a.code} is already used on line ${a.line}.${a.deduction === 'yes' ? ' Deduction items share the codes of the domains; give them a prefix, e.g. Đ1.' : ''}${a.next ? ` This set numbers its ${a.kinds} through the whole set, not from 1 in each ${a.parent}: this one follows on as ${a.next} (or ${a.within}, numbered within each ${a.parent}).` : ''}`,
    },
    'code-not-under-parent': {
        severity: 'error',
        vi: a => `Mã ${a.code} không thuộc mã ${a.parentCode} của mục cha; mã đúng có dạng ${a.prefix}.<số>.`,
        en: a => `The code ${a.code} is not under its parent's code ${a.parentCode}; expected ${a.prefix}.<n>.`,
    },
    'code-decimal-comma': {
        severity: 'error',
        vi: a => `Mã mục viết bằng dấu chấm: ${a.suggested}, không phải ${a.code}.`,
        en: a => `Codes are written with dots: ${a.suggested}, not ${a.code}.`,
    },
    'code-leading-zero': {
        severity: 'warning',
        vi: a => `Mã ${a.code} có chữ số 0 ở đầu; viết ${a.suggested}.`,
        en: a => `The code ${a.code} has a leading zero; write ${a.suggested}.`,
    },
    'code-gap': {
        severity: 'warning',
        vi: a => `Mã ${a.code} đứng sau ${a.previous}${a.running === 'yes' ? ' (đánh số liên tục trong cả bộ)' : ''}; thiếu: ${a.missing}.`,
        en: a => `The code ${a.code} follows ${a.previous}${a.running === 'yes' ? ' (numbered through the whole set)' : ''}; missing: ${a.missing}.`,
    },
    'roman-numeral': {
        severity: 'warning',
        vi: a => `${a.code} không phải cách viết số La Mã: số ${a.value} viết là ${a.canonical}.`,
        en: a => `${a.code} is not how Roman numerals are written: ${a.value} is ${a.canonical}.`,
    },

    // ── scoring rules ──────────────────────────────────────────────────────────────────────
    'band-unit': {
        severity: 'error',
        vi: a => a.percent === 'yes' ? `Ngưỡng của khung điểm phải là tỷ lệ phần trăm: viết ${a.text}%.`
            : a.percent === 'no' ? `Bậc theo số lượng dùng số nguyên, không dùng %: viết ${a.text}.` : `Bậc theo số lượng dùng số nguyên; ${a.text} không phải số nguyên.`,
        en: a => a.percent === 'yes' ? `Band thresholds are percentages: write ${a.text}%.`
            : a.percent === 'no' ? `Count tiers use whole numbers, not %: write ${a.text}.` : `Count tiers use whole numbers; ${a.text} is not one.`,
    },
    'band-threshold-range': {
        severity: 'error',
        vi: a => `Ngưỡng ${a.text} nằm ngoài khoảng ${a.range}.`,
        en: a => `The threshold ${a.text} is outside ${a.range}.`,
    },
    'rule-empty': {
        severity: 'error',
        vi: a => `Quy tắc \`${a.rule}\` không có ${a.entries} nào: không giá trị nào chấm được điểm.`,
        en: a => `The \`${a.rule}\` rule lists no ${a.entries}: no value can be scored.`,
    },
    'band-empty': {
        severity: 'error',
        vi: a => `Khoảng ${a.text} không chứa giá trị nào.`,
        en: a => `The interval ${a.text} contains no value.`,
    },
    'band-gap': {
        severity: 'error',
        vi: a => `Các khung điểm bỏ sót giá trị: ${a.range} không thuộc khung nào.`,
        en: a => `The bands leave a gap: ${a.range} matches no band.`,
    },
    'band-overlap': {
        severity: 'error',
        vi: a => `Khung này chồng lấn với khung ở dòng ${a.line}: ${a.range} thuộc cả hai.`,
        en: a => `This band overlaps the one on line ${a.line}: ${a.range} matches both.`,
    },
    'band-non-monotone': {
        severity: 'warning',
        vi: a => `Điểm lúc tăng lúc giảm khi giá trị tăng: ${a.lower} → ${a.lowerPoints} điểm, rồi ${a.higher} → ${a.higherPoints} điểm.`,
        en: a => `Points rise and fall as the value grows: ${a.lower} → ${a.lowerPoints}, then ${a.higher} → ${a.higherPoints}.`,
    },
    'points-above-max': {
        severity: 'error',
        vi: a => `${a.points} điểm vượt điểm tối đa ${a.max} của ${a.item}.`,
        en: a => `${en(a.points, 'point')} ${a.points === '1' ? 'exceeds' : 'exceed'} the max of ${a.max} of ${a.item}.`,
    },
    'points-below-min': {
        severity: 'error',
        vi: a => `${a.points} điểm thấp hơn điểm tối thiểu ${a.min} của ${a.item}.`,
        en: a => `${en(a.points, 'point')} ${a.points === '1' ? 'is' : 'are'} below the minimum of ${a.min} of ${a.item}.`,
    },
    'max-unreachable': {
        severity: 'warning',
        vi: a => `Không kết quả nào đạt điểm tối đa ${a.max} của ${a.item}; cao nhất là ${a.best}.`,
        en: a => `No outcome reaches the max of ${a.max} of ${a.item}; the best is ${a.best}.`,
    },
    'duplicate-choice': {
        severity: 'error',
        vi: a => `Phương án “${a.title}” đã có ở dòng ${a.line}.`,
        en: a => `The option “${a.title}” is already listed on line ${a.line}.`,
    },
    'deduct-zero': {
        severity: 'error',
        vi: () => `Mức trừ cho mỗi lần vi phạm phải lớn hơn 0.`,
        en: () => `The deduction per violation must be greater than 0.`,
    },
    'deduction-rule-ambiguous': {
        severity: 'error',
        vi: a => `Trong nhóm điểm trừ, điểm của ${a.item} là số điểm bị trừ; \`proportional\` không cho biết tỷ lệ là phần bị trừ hay phần được giữ. Viết số điểm bị trừ bằng \`deduct\`, \`tiers\`, \`bands\`, \`choice\` hoặc \`formula\`.`,
        en: a => `In a deduction group, the points of ${a.item} are the points taken off; \`proportional\` does not say whether its percentage is taken off or kept. Write the points taken off with \`deduct\`, \`tiers\`, \`bands\`, \`choice\` or \`formula\`.`,
    },
    'input-range': {
        severity: 'error',
        vi: a => `Giá trị tối thiểu ${a.min} của “${a.name}” lớn hơn giá trị tối đa ${a.max}.`,
        en: a => `The minimum ${a.min} of “${a.name}” exceeds its maximum ${a.max}.`,
    },
    'division-by-zero': {
        severity: 'warning',
        vi: a => `Có thể chia cho 0: ${a.expression} bằng 0 khi ${a.example}. Khai báo giá trị tối thiểu cho đầu vào (ví dụ \`min 1\`).`,
        en: a => `Possible division by zero: ${a.expression} is 0 when ${a.example}. Declare a minimum for the input (e.g. \`min 1\`).`,
    },
    'zero-divisor': {
        severity: 'error',
        vi: a => `Chia cho 0: ${a.expression} luôn bằng 0.`,
        en: a => `Division by zero: ${a.expression} is always 0.`,
    },
    // A counter-example: input values the declared ranges and `where` constraints admit, evaluated exactly.
    'formula-range': {
        severity: 'error',
        vi: a => `Công thức cho ${a.result} điểm, ${a.side} ${a.limit} của ${a.item}, khi ${a.example}.`,
        en: a => `The formula gives ${en(a.result, 'point')}, ${a.side} ${a.limit} of ${a.item}, when ${a.example}.`,
    },
    // Neither a bound within [min, max] nor a counter-example was found.
    'formula-unbounded': {
        severity: 'warning',
        vi: a => `Không chứng minh được công thức luôn ${a.side === 'below' ? `≥ điểm tối thiểu ${a.limit}` : `≤ điểm tối đa ${a.limit}`} của ${a.item}: khai báo \`max\` cho đầu vào hoặc ràng buộc \`where\` (ví dụ \`where a + b <= n * 8\`).`,
        en: a => `Cannot prove the formula stays ${a.side === 'below' ? `at or above the minimum of ${a.limit}` : `within the max of ${a.limit}`} of ${a.item}: declare input \`max\` values or a \`where\` constraint (e.g. \`where a + b <= n * 8\`).`,
    },
    // A constant in a divisor's product (Mỹ Đức's respondents × 8) is the number of answers per form.
    'formula-questions': {
        severity: 'warning',
        vi: a => `Công thức nhân với ${a.factor} (số câu hỏi của mỗi phiếu), nhưng cuộc khảo sát ${a.survey} khai báo ${a.questions} câu hỏi: một trong hai số bị sai.`,
        en: a => `The formula multiplies by ${a.factor} (the questions on each form), but survey ${a.survey} declares ${en(a.questions, 'question')}: one of the two is wrong.`,
    },

    // ── surveys ────────────────────────────────────────────────────────────────────────────
    'respondents-mismatch': {
        severity: 'error',
        vi: a => `Các nhóm đối tượng cộng lại ${a.actual} người, khác tổng số khai báo ${a.expected} (chênh lệch ${a.difference}).`,
        en: a => `The respondent groups add up to ${a.actual}, not the declared total of ${a.expected} (difference ${a.difference}).`,
    },

    // ── text ───────────────────────────────────────────────────────────────────────────────
    'not-nfc': {
        severity: 'warning',
        vi: () => `Văn bản chứa chữ tiếng Việt ở dạng tổ hợp (NFD, thường do dán từ Word); nên chuẩn hóa về NFC để tìm kiếm và so sánh đúng.`,
        en: () => `The text holds decomposed (NFD) Vietnamese, often pasted from Word; normalise it to NFC so that search and comparison work.`,
    },

    'control-character': {
        severity: 'error',
        vi: a => `Văn bản chứa ký tự điều khiển vô hình ${a.character}; hãy xóa nó: ký tự này có thể che giấu hoặc đảo thứ tự nội dung người duyệt nhìn thấy.`,
        en: a => `The text holds the invisible control character ${a.character}; remove it: it can hide or reorder what reviewers see.`,
    },

    // ── inputs (reported by the CLI before any parsing) ───────────────────────────────────
    'input-missing': {
        severity: 'error',
        vi: () => `Không tìm thấy tệp hoặc thư mục này.`,
        en: () => `No such file or folder.`,
    },
    'input-unreadable': {
        severity: 'error',
        vi: a => `Không đọc được: ${a.detail}`,
        en: a => `Cannot read it: ${a.detail}`,
    },
    'input-not-utf8': {
        severity: 'error',
        vi: () => `Tệp không phải văn bản UTF-8 (byte không hợp lệ ở vị trí này). Lưu lại tệp với mã hóa UTF-8.`,
        en: () => `The file is not UTF-8 text (invalid byte here). Save it with UTF-8 encoding.`,
    },
    'input-binary': {
        severity: 'error',
        vi: () => `Đây là tệp nhị phân, không phải tệp văn bản .chiso.`,
        en: () => `This is a binary file, not a .chiso text file.`,
    },
    'input-no-chiso-files': {
        severity: 'error',
        vi: () => `Thư mục không có tệp .chiso nào.`,
        en: () => `The folder holds no .chiso files.`,
    },
    'input-not-file': {
        severity: 'error',
        vi: () => `Đây không phải tệp thông thường (thiết bị, ống dẫn hoặc socket); chỉ đọc được tệp thông thường.`,
        en: () => `This is not a regular file (a device, pipe or socket); only regular files are read.`,
    },
    'input-too-large': {
        severity: 'error',
        vi: a => `Tệp quá lớn để đọc (${a.detail}).`,
        en: a => `The file is too large to read (${a.detail}).`,
    },

    // ── commands ───────────────────────────────────────────────────────────────────────────
    'node-too-old': {
        severity: 'error',
        vi: a => `Chiso cần Node.js ${a.required} trở lên; máy này đang chạy Node.js ${a.version}. Hãy cài Node.js ${a.required} hoặc 24 (bản LTS).`,
        en: a => `Chiso needs Node.js ${a.required} or later; this machine runs Node.js ${a.version}. Install Node.js ${a.required} or 24 (LTS).`,
    },
    'output-checks-withheld': {
        severity: 'info',
        vi: a => `${a.file}: các kiểm tra khác (tổng điểm, số lượng, cơ cấu điểm, tên…) sẽ chạy khi lỗi cú pháp được sửa.`,
        en: a => `${a.file}: the other checks (sums, totals, counts, splits, names…) resume once its syntax errors are fixed.`,
    },
    'compile-refused': {
        severity: 'error',
        vi: a => `Không biên dịch: ${a.count} lỗi phải được sửa trước (xem ở trên).`,
        en: a => `Not compiled: ${en(a.count, 'error')} must be fixed first (see above).`,
    },
    'compile-no-sets': {
        severity: 'error',
        vi: () => `Không có bộ tiêu chí nào (\`set\`) trong các tệp đã cho để biên dịch.`,
        en: () => `The given files hold no criteria set (\`set\`) to compile.`,
    },
    'compile-needs-out': {
        severity: 'error',
        vi: a => `Có ${a.count} bộ tiêu chí: dùng \`-o <thư mục>\` để ghi mỗi bộ vào một tệp JSON.`,
        en: a => `There are ${a.count} criteria sets: use \`-o <folder>\` to write one JSON file each.`,
    },
    'compile-wrote': {
        severity: 'info',
        vi: a => `Đã ghi ${a.file}`,
        en: a => `Wrote ${a.file}`,
    },
    'output-unwritable': {
        severity: 'error',
        vi: a => `Không ghi được ${a.file}: ${a.detail}`,
        en: a => `Cannot write ${a.file}: ${a.detail}`,
    },
    'output-is-input': {
        severity: 'error',
        vi: a => `Không ghi ${a.file}: đó là tệp đầu vào của lệnh này (${a.input}), ghi đè sẽ làm mất nó. Hãy chọn tệp đầu ra khác.`,
        en: a => `Not writing ${a.file}: it is an input of this command (${a.input}) and would be destroyed. Choose another output file.`,
    },
    'output-collision': {
        severity: 'error',
        vi: a => `Bộ tiêu chí ${a.id} ở ${a.first} và ở ${a.second} đều sẽ được ghi vào ${a.file}; không ghi tệp nào. Hãy biên dịch từng thư mục vào một thư mục đầu ra riêng.`,
        en: a => `The set ${a.id} in ${a.first} and the one in ${a.second} would both be written to ${a.file}; nothing was written. Compile each folder into its own output folder.`,
    },
    'output-not-folder': {
        severity: 'error',
        vi: a => `${a.file} là một tệp đã có, không phải thư mục: dùng \`-o <tệp>.json\` cho một bộ tiêu chí hoặc \`-o <thư mục>\`.`,
        en: a => `${a.file} is an existing file, not a folder: use \`-o <file>.json\` for one set or \`-o <folder>\`.`,
    },
    'output-folder-missing': {
        severity: 'error',
        vi: a => `Không ghi được ${a.file}: thư mục ${a.folder} không tồn tại.`,
        en: a => `Cannot write ${a.file}: the folder ${a.folder} does not exist.`,
    },

    'export-needs-out': {
        severity: 'error',
        vi: a => `Định dạng ${a.format} là tệp nhị phân: dùng \`-o <tệp>\` để ghi ra tệp.`,
        en: a => `The ${a.format} format is binary: use \`-o <file>\` to write it to a file.`,
    },
    'export-too-large': {
        severity: 'error',
        vi: a => `Bộ tiêu chí có ${a.count} mục, quá giới hạn ${a.limit} mục của định dạng ${a.format}; hãy xuất HTML hoặc Markdown.`,
        en: a => `The set has ${en(a.count, 'item')}, past the ${a.format} format's limit of ${a.limit}; export HTML or Markdown instead.`,
    },

    'import-too-large': {
        severity: 'error',
        vi: a => `Tệp quá lớn để nhập (${a.detail}); giới hạn là 50 MB, và 200 MB khi giải nén.`,
        en: a => `The file is too large to import (${a.detail}); the limits are 50 MB, and 200 MB unpacked.`,
    },
    'import-not-spreadsheet': {
        severity: 'error',
        vi: () => `Đây không phải bảng tính XLSX (hoặc tệp bị hỏng); hãy dùng tệp .xlsx hoặc .csv.`,
        en: () => `This is not an XLSX workbook (or it is damaged); use an .xlsx or .csv file.`,
    },
    'import-no-table': {
        severity: 'error',
        vi: a => `Không tìm thấy bảng phụ lục: ${a.detail}.`,
        en: a => `No annex table found: ${a.detail}.`,
    },
    'import-row-skipped': {
        severity: 'warning',
        vi: a => `Bỏ qua dòng này: ${a.detail}.`,
        en: a => `Row skipped: ${a.detail}.`,
    },
    'import-bad-metadata': {
        severity: 'error',
        vi: a => `Trang ẩn \`chiso\` của bảng tính bị hỏng (${a.detail}); xóa trang đó để nhập chỉ từ bảng hiển thị.`,
        en: a => `The workbook's hidden \`chiso\` sheet is damaged (${a.detail}); delete that sheet to import from the visible table alone.`,
    },
    'import-cached-values': {
        severity: 'warning',
        vi: a => `Ô này là công thức (${a.formula}); dùng giá trị Excel đã lưu lần tính cuối, có thể đã cũ${a.external ? ', và lấy từ tệp khác' : ''}.`,
        en: a => `This cell is a formula (${a.formula}); its value as Excel last saved it is used, which may be stale${a.external ? ', and comes from another file' : ''}.`,
    },
    'import-not-chiso': {
        severity: 'error',
        vi: () => `Không ghi: mã nguồn tạo ra từ bảng này không phân tích được (lỗi ở trên); tệp đầu ra không được tạo.`,
        en: () => `Not written: the source made from this table does not parse (errors above); no output file was made.`,
    },

    // ── scoring (chiso score) ─────────────────────────────────────────────────────────────
    'set-json-invalid': {
        severity: 'error',
        vi: a => `Tệp bộ tiêu chí JSON không đúng hợp đồng (criteria-set.schema.json): ${a.detail}`,
        en: a => `The criteria-set JSON does not follow the contract (criteria-set.schema.json): ${a.detail}`,
    },
    'set-json-points': {
        severity: 'error',
        vi: a => `Tệp bộ tiêu chí JSON: ${a.place} = ${a.value} không phải số điểm hợp lệ.`,
        en: a => `The criteria-set JSON: ${a.place} = ${a.value} is not a valid point value.`,
    },
    'score-points-unknown': {
        severity: 'error',
        vi: a => `Không chấm được: điểm tối đa của ${a.count} mục dàn ý chưa được công bố (${a.codes}), nên không tính được chỉ số. Hãy viết \`max\` cho các mục này.`,
        en: a => `Cannot score: the max points of ${a.count} outline ${a.count === '1' ? 'item are' : 'items are'} not published (${a.codes}), so no index can be computed. Write their \`max\` first.`,
    },
    'set-json-sum': {
        severity: 'error',
        vi: a => `Tệp bộ tiêu chí JSON không nhất quán: ${a.place} là ${a.declared}, nhưng ${a.parts} cộng lại ${a.actual}.`,
        en: a => `The criteria-set JSON does not add up: ${a.place} is ${a.declared}, but ${a.parts} add up to ${a.actual}.`,
    },
    'set-json-count': {
        severity: 'error',
        vi: a => `Tệp bộ tiêu chí JSON không nhất quán: ${a.place} là ${a.declared}, nhưng cây có ${a.actual}.`,
        en: a => `The criteria-set JSON does not add up: ${a.place} is ${a.declared}, but the tree has ${a.actual}.`,
    },
    'set-json-deduction-rule': {
        severity: 'error',
        vi: a => `Tệp bộ tiêu chí JSON: ${a.place} là \`proportional\` trong nhóm điểm trừ, nơi điểm là số điểm bị trừ: không rõ tỷ lệ là phần bị trừ hay phần được giữ.`,
        en: a => `The criteria-set JSON: ${a.place} is \`proportional\` in a deduction group, where points are taken off: its percentage could be taken off or kept.`,
    },
    'results-unreadable': {
        severity: 'error',
        vi: a => `Không đọc được tệp kết quả: ${a.detail}`,
        en: a => `Cannot read the results file: ${a.detail}`,
    },
    'results-format': {
        severity: 'error',
        vi: a => `Tệp kết quả không đúng định dạng: ${a.detail}`,
        en: a => `The results file is not in the expected form: ${a.detail}`,
    },
    'results-empty': {
        severity: 'error',
        vi: () => `Tệp kết quả không có dòng kết quả nào.`,
        en: () => `The results file holds no results.`,
    },
    'results-score-and-value': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: dòng có cả \`score\` và \`value\`; chỉ điền một trong hai.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the row has both \`score\` and \`value\`; fill in one of them.`,
    },
    'score-unknown-item': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}: không có mục ${a.item} trong bộ tiêu chí.`,
        en: a => `Unit ${a.unit}: the set has no item ${a.item}.`,
    },
    'score-not-leaf': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: mục có các mục con, điểm của nó là tổng điểm các mục con; hãy chấm các mục con.`,
        en: a => `Unit ${a.unit}, item ${a.item}: it has children, whose scores add up to its own; score the children.`,
    },
    'score-duplicate-row': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: đã có kết quả ở dòng ${a.line}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: already has a result on line ${a.line}.`,
    },
    'score-missing-result': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}: thiếu kết quả cho mục ${a.item}.`,
        en: a => `Unit ${a.unit}: no result for item ${a.item}.`,
    },
    'score-missing-input': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: thiếu ${a.input} (cần cho quy tắc chấm điểm ${a.rule}).`,
        en: a => `Unit ${a.unit}, item ${a.item}: ${a.input} is missing (the ${a.rule} rule needs it).`,
    },
    'score-bad-value': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: giá trị “${a.value}” không hợp lệ; cần ${a.expected}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: “${a.value}” is not valid; expected ${a.expected}.`,
    },
    'score-above-max': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: ${a.points} điểm vượt điểm tối đa ${a.max}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: ${en(a.points, 'point')} ${a.points === '1' ? 'exceeds' : 'exceed'} the max of ${a.max}.`,
    },
    'score-below-min': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: ${a.points} điểm thấp hơn điểm tối thiểu ${a.min}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: ${en(a.points, 'point')} ${a.points === '1' ? 'is' : 'are'} below the minimum of ${a.min}.`,
    },
    'score-unknown-option': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: không có phương án “${a.value}”; các phương án: ${a.options}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: no option “${a.value}”; the options are: ${a.options}.`,
    },
    'score-no-band': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: giá trị ${a.value} không thuộc khung điểm nào.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the value ${a.value} matches no band.`,
    },
    'score-constraint': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: các đầu vào không thỏa ràng buộc ${a.constraint}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the inputs break the constraint ${a.constraint}.`,
    },
    'score-division-by-zero': {
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: công thức chia cho 0 với các đầu vào đã cho.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the formula divides by zero with these inputs.`,
    },
} as const satisfies Record<string, MessageDef>;

export type MessageCode = keyof typeof MESSAGES;
export type MessageArgs = Record<string, string | number | Exact>;

/** The code as users see it and as tools filter on it, e.g. `chiso/sum-mismatch`. */
export function qualifiedCode(code: MessageCode): string {
    return `chiso/${code}`;
}

export function renderMessage(lang: Lang, code: MessageCode, args: MessageArgs = {}): string {
    return MESSAGES[code][lang](formatArgs(lang, args));
}

function formatArgs(lang: Lang, args: MessageArgs): Record<string, string> {
    const formatted: Record<string, string> = {};
    for (const [key, value] of Object.entries(args)) {
        formatted[key] = typeof value === 'object' ? formatPoints(value, lang === 'vi') : String(value);
    }
    return formatted;
}

/**
 * The editor's texts besides diagnostics: quick-fix titles, completion details, hovers, inlay-hint
 * tooltips and outline details. Code shown in backticks is passed as text, so it reads as written
 * (`total 7.5`); exact numbers read per language.
 */
export const EDITOR_TEXTS = {
    // ── the protocol (src/lsp/connection-guard.ts) ─────────────────────────────────────────
    'lsp-not-initialized': {
        vi: () => `Máy chủ ngôn ngữ chưa được khởi tạo: hãy gửi \`initialize\` trước.`,
        en: () => `The language server is not initialized: send \`initialize\` first.`,
    },
    'lsp-initialized-twice': {
        vi: () => `Máy chủ ngôn ngữ đã được khởi tạo; \`initialize\` chỉ được gửi một lần.`,
        en: () => `The language server is already initialized; \`initialize\` may be sent only once.`,
    },
    // ── hovers, inlay hints, outline (src/lsp) ──────────────────────────────────────────────
    'points': {
        vi: a => `${a.points} điểm`,
        en: a => en(a.points, 'point'),
    },
    'hover-max': {
        vi: a => `Điểm tối đa: ${a.max}${a.min ? ` (tối thiểu ${a.min})` : ''}`,
        en: a => `Max points: ${a.max}${a.min ? ` (min ${a.min})` : ''}`,
    },
    'hover-syntax-errors': {
        vi: () => `_Tệp có lỗi cú pháp: các tổng và các kiểm tra khác sẽ chạy lại khi lỗi cú pháp được sửa._`,
        en: () => `_The file has syntax errors: sums and the other checks resume once they are fixed._`,
    },
    'hover-children-sum': {
        vi: a => `Σ mục con ${a.actual} / ${a.max} ${a.mark}`,
        en: a => `Σ children ${a.actual} / ${a.max} ${a.mark}`,
    },
    // Beside outlines whose points were not published, sums are lower bounds.
    'hover-points-unknown': {
        vi: () => `Điểm tối đa: chưa công bố (mục dàn ý)`,
        en: () => `Max points: not published yet (outline item)`,
    },
    'hover-children-partial': {
        vi: a => `Σ mục con ≥ ${a.actual} / ${a.max}${a.mark ? ` ${a.mark}` : ''}: chưa rõ điểm của ${a.unknown} mục`,
        en: a => `Σ children ≥ ${a.actual} / ${a.max}${a.mark ? ` ${a.mark}` : ''}: the points of ${a.unknown} ${a.unknown === '1' ? 'item are' : 'items are'} not known`,
    },
    'hover-domains-partial': {
        vi: a => `Σ lĩnh vực ≥ ${a.actual} / ${a.total}${a.mark ? ` ${a.mark}` : ''}: chưa rõ điểm của ${a.unknown} lĩnh vực`,
        en: a => `Σ domains ≥ ${a.actual} / ${a.total}${a.mark ? ` ${a.mark}` : ''}: the points of ${a.unknown} ${a.unknown === '1' ? 'domain are' : 'domains are'} not known`,
    },
    'hover-domains-sum': {
        vi: a => `Σ lĩnh vực ${a.actual} / ${a.total} ${a.mark}`,
        en: a => `Σ domains ${a.actual} / ${a.total} ${a.mark}`,
    },
    'outline-domains': {
        vi: a => `${a.count} lĩnh vực`,
        en: a => `${a.count} ${a.count === '1' ? 'domain' : 'domains'}`,
    },
    'outline-criteria': {
        vi: a => `${a.count} tiêu chí`,
        en: a => `${a.count} ${a.count === '1' ? 'criterion' : 'criteria'}`,
    },
    'outline-components': {
        vi: a => `${a.count} tiêu chí thành phần`,
        en: a => `${a.count} ${a.count === '1' ? 'component' : 'components'}`,
    },
    'outline-item': {
        vi: a => `Dàn ý: còn ${a.remaining} chưa viết`,
        en: a => `Outline: ${a.remaining} not yet written`,
    },
    'outline-set': {
        vi: a => `Dàn ý: ${a.items} mục chưa chi tiết${a.remaining ? `, còn ${a.remaining} chưa viết` : ''}`,
        en: a => `Outline: ${a.items} ${a.items === '1' ? 'item' : 'items'} not yet detailed${a.remaining ? `, ${a.remaining} not yet written` : ''}`,
    },
    'outline-header-only': {
        vi: a => `Dàn ý: mới có phần khai báo chung, chưa có lĩnh vực nào${a.remaining ? `; còn ${a.remaining} chưa viết` : ''}`,
        en: a => `Outline: only the header is written, no domains yet${a.remaining ? `; ${a.remaining} not yet written` : ''}`,
    },
    'outline-points-unknown': {
        vi: a => `chưa rõ điểm của ${a.count} mục`,
        en: a => `the points of ${a.count} ${a.count === '1' ? 'item are' : 'items are'} not known`,
    },
    'outline-short': {
        vi: a => `${a.headerOnly ? 'chưa có lĩnh vực' : 'dàn ý'}${a.remaining ? `: còn ${a.remaining}` : ''}`,
        en: a => `${a.headerOnly ? 'no domains yet' : 'outline'}${a.remaining ? `: ${a.remaining} to write` : ''}`,
    },
    'hover-share': {
        vi: a => `${a.share}% tổng điểm của bộ tiêu chí`,
        en: a => `${a.share}% of the set's total`,
    },
    'hover-outside-total': {
        vi: () => `Điểm trừ, nằm ngoài tổng điểm của bộ tiêu chí`,
        en: () => `Deducted points, outside the set's total`,
    },
    'hover-source': {
        vi: a => `Nguồn điểm: ${a.source}${a.from ? `, kế thừa từ ${a.from}` : ''}`,
        en: a => `Source: ${a.source}${a.from ? `, inherited from ${a.from}` : ''}`,
    },
    'hover-source-default': {
        vi: a => `Nguồn điểm: ${a.source} (mặc định)`,
        en: a => `Source: ${a.source} (default)`,
    },
    'hover-by-source': {
        vi: a => `Theo nguồn: ${a.parts}`,
        en: a => `By source: ${a.parts}`,
    },
    'hover-evidence': {
        vi: a => `Tài liệu kiểm chứng: ${a.list}`,
        en: a => `Evidence: ${a.list}`,
    },
    'hover-lead': {
        vi: a => `Cơ quan chủ trì: ${a.list}`,
        en: a => `Lead: ${a.list}`,
    },
    'hover-coordinating': {
        vi: a => `Cơ quan phối hợp: ${a.list}`,
        en: a => `Coordinating: ${a.list}`,
    },
    'hover-note': {
        vi: a => `Ghi chú: ${a.text}`,
        en: a => `Note: ${a.text}`,
    },
    'hover-decision': {
        vi: a => `Quyết định số ${a.number}${a.date ? ` ngày ${a.date}` : ''}`,
        en: a => `Decision ${a.number}${a.date ? ` of ${a.date}` : ''}`,
    },
    'hover-conducted-by': {
        vi: a => `Đơn vị thực hiện: ${a.agency}`,
        en: a => `Conducted by: ${a.agency}`,
    },
    'hover-period': {
        vi: a => `Thời gian: từ ${a.from} đến ${a.to}`,
        en: a => `Period: ${a.from} to ${a.to}`,
    },
    'hover-questions': {
        vi: a => `${a.count} câu hỏi cho mỗi người trả lời`,
        en: a => `${en(a.count, 'question')} per respondent`,
    },
    'hover-sample': {
        vi: a => `Mẫu khảo sát${a.title ? ` “${a.title}”` : ''}: ${a.total} người`,
        en: a => `Sample${a.title ? ` “${a.title}”` : ''}: ${en(a.total, 'respondent')}`,
    },
    'hover-sample-groups': {
        vi: a => `Σ nhóm ${a.actual} / ${a.total} ${a.mark}`,
        en: a => `Σ groups ${a.actual} / ${a.total} ${a.mark}`,
    },
    'hover-no-sample': {
        vi: () => `Chưa khai báo mẫu khảo sát.`,
        en: () => `No sample declared.`,
    },
    'hover-survey-use': {
        vi: a => `Dùng cho ${a.set}: ${a.count} mục, ${a.points} điểm`,
        en: a => `Used by ${a.set}: ${en(a.count, 'item')}, ${en(a.points, 'point')}`,
    },
    'hover-agency-use': {
        vi: a => `Chủ trì ${a.lead} mục, phối hợp ${a.coordinating} mục trong thư mục này`,
        en: a => `Leads ${en(a.lead, 'item')} and coordinates ${a.coordinating} in this folder`,
    },
    'rule-bands': {
        vi: a => `Chấm điểm theo tỷ lệ${a.label ? ` “${a.label}”` : ''}:`,
        en: a => `Scored by percentage${a.label ? ` “${a.label}”` : ''}:`,
    },
    'rule-tiers': {
        vi: a => `Chấm điểm theo số lượng${a.label ? ` “${a.label}”` : ''}:`,
        en: a => `Scored by count${a.label ? ` “${a.label}”` : ''}:`,
    },
    'rule-choice': {
        vi: a => `Chấm điểm theo phương án${a.label ? ` “${a.label}”` : ''}:`,
        en: a => `Scored by choice${a.label ? ` “${a.label}”` : ''}:`,
    },
    'rule-deduct': {
        vi: a => `Chấm điểm trừ: ${a.max} điểm, trừ ${a.amount} điểm cho mỗi ${a.unit}, thấp nhất ${a.floor} điểm`,
        en: a => `Scored by deduction: ${en(a.max, 'point')}, ${a.amount} off per ${a.unit}, never below ${a.floor}`,
    },
    'rule-deduct-taken-off': {
        vi: a => `Chấm điểm trừ: trừ ${a.amount} điểm cho mỗi ${a.unit}, trừ tối đa ${a.most} điểm`,
        en: a => `Scored by deduction: ${a.amount} off per ${a.unit}, at most ${en(a.most, 'point')} off`,
    },
    'rule-proportional': {
        vi: a => `Chấm điểm theo tỷ lệ${a.label ? ` “${a.label}”` : ''}: điểm = tỷ lệ đạt được (%) × ${a.max} / 100`,
        en: a => `Scored proportionally${a.label ? ` to “${a.label}”` : ''}: points = percentage achieved × ${a.max} / 100`,
    },
    'rule-formula': {
        vi: a => `Chấm điểm theo công thức: ${a.formula}`,
        en: a => `Scored by formula: ${a.formula}`,
    },
    'rule-formula-input': {
        vi: a => `${a.name}${a.title ? `: ${a.title}` : ''} (${a.range})`,
        en: a => `${a.name}${a.title ? `: ${a.title}` : ''} (${a.range})`,
    },
    'rule-formula-where': {
        vi: a => `với điều kiện ${a.constraint}`,
        en: a => `provided ${a.constraint}`,
    },
    'annex-deduct': {
        vi: a => `trừ ${a.amount} điểm mỗi ${a.unit}, thấp nhất ${a.floor} điểm`,
        en: a => `${a.amount} off per ${a.unit}, not below ${a.floor}`,
    },
    // In a deduction group an item's points are those taken off: 1 per violation, up to max − floor.
    'annex-deduct-taken-off': {
        vi: a => `trừ ${a.amount} điểm mỗi ${a.unit}, trừ tối đa ${a.most} điểm`,
        en: a => `${a.amount} off per ${a.unit}, at most ${a.most} off`,
    },
    'annex-proportional': {
        vi: a => `điểm = tỷ lệ đạt được × điểm tối đa${a.label ? ` (${a.label})` : ''}`,
        en: a => `points = share achieved × max points${a.label ? ` (${a.label})` : ''}`,
    },
    'annex-formula': {
        vi: a => `điểm = ${a.formula}`,
        en: a => `points = ${a.formula}`,
    },
    'annex-formula-inputs': {
        vi: a => `trong đó ${a.inputs}`,
        en: a => `where ${a.inputs}`,
    },
    'annex-formula-where': {
        vi: a => `với điều kiện ${a.constraint}`,
        en: a => `provided ${a.constraint}`,
    },
    'band-between': {
        vi: a => `${a.lowerInclusive === 'yes' ? 'từ' : 'trên'} ${a.lower} đến ${a.upperInclusive === 'yes' ? '' : 'dưới '}${a.upper}`,
        en: a => `${a.lowerInclusive === 'yes' ? 'from' : 'above'} ${a.lower} to ${a.upperInclusive === 'yes' ? '' : 'below '}${a.upper}`,
    },
    'band-from': {
        vi: a => `từ ${a.value} trở lên`,
        en: a => `${a.value} or more`,
    },
    'band-above': {
        vi: a => `trên ${a.value}`,
        en: a => `above ${a.value}`,
    },
    'band-up-to': {
        vi: a => `từ ${a.value} trở xuống`,
        en: a => `${a.value} or less`,
    },
    'band-below': {
        vi: a => `dưới ${a.value}`,
        en: a => `below ${a.value}`,
    },
    'hint-sum': {
        vi: () => `Tổng điểm tối đa của các mục con (≠: khác điểm tối đa khai báo)`,
        en: () => `Sum of the children's max points (≠: not the declared max)`,
    },
    'hint-set': {
        vi: () => `Tổng điểm các lĩnh vực và điểm theo nguồn (≠: khác tổng điểm hoặc cơ cấu điểm khai báo)`,
        en: () => `The domains' sum and points by source (≠: not the declared total or split)`,
    },
    'fix-write': {
        vi: a => `Viết \`${a.text}\``,
        en: a => `Write \`${a.text}\``,
    },
    // Related information on a sum or split mismatch, at the figure a single slip explains.
    'related-typo': {
        vi: a => `Có lẽ điểm tối đa của ${a.item} là ${a.intended} chứ không phải ${a.written}`,
        en: a => `${upperFirst(a.item)}'s ${a.written} is probably ${a.intended}`,
    },
    // The figure a single slip explains (checks/likely-typo-report.ts), corrected where it is written.
    'fix-typo': {
        vi: a => `Sửa ${a.written} thành ${a.intended} (${a.item})`,
        en: a => `Correct ${a.item}'s ${a.written} to ${a.intended}`,
    },
    'fix-sum': {
        vi: a => `Đặt điểm tối đa bằng tổng các mục con (${a.value})`,
        en: a => `Set max to Σ children (${a.value})`,
    },
    'fix-min-sum': {
        vi: a => `Đặt điểm tối thiểu bằng tổng điểm tối thiểu của các mục con (${a.value})`,
        en: a => `Set min to Σ children's minima (${a.value})`,
    },
    'fix-total': {
        vi: a => `Sửa tổng điểm thành tổng các lĩnh vực (${a.value})`,
        en: a => `Set the total to the domains' sum (${a.value})`,
    },
    'fix-total-declare': {
        vi: a => `Khai báo \`total ${a.value}\`, tổng các lĩnh vực`,
        en: a => `Declare \`total ${a.value}\`, the domains' sum`,
    },
    'fix-count': {
        vi: a => `Sửa số lượng thành ${a.value} theo cây tiêu chí`,
        en: a => `Set the count to ${a.value}, as the tree has`,
    },
    'fix-split': {
        vi: a => `Sửa thành ${a.value}, số điểm cây tiêu chí lấy từ nguồn ${a.kinds}`,
        en: a => `Set to ${a.value}, the points the tree takes from ${a.kinds}`,
    },
    'fix-respondents': {
        vi: a => `Sửa tổng số mẫu thành ${a.value}, tổng của các nhóm`,
        en: a => `Set the sample total to ${a.value}, the groups' sum`,
    },
    'fix-band-gap': {
        vi: a => `Lấp khoảng trống: sửa \`${a.before}\` thành \`${a.after}\``,
        en: a => `Close the gap: change \`${a.before}\` to \`${a.after}\``,
    },
    'fix-code-gap': {
        vi: a => `Đánh số lại theo thứ tự: ${a.renames}${a.nested === 'yes' ? ' (cùng mã các mục con)' : ''}`,
        en: a => `Renumber in sequence: ${a.renames}${a.nested === 'yes' ? ' (and the codes under them)' : ''}`,
    },
    'fix-roman-numeral': {
        vi: a => `Viết ${a.canonical}`,
        en: a => `Write ${a.canonical}`,
    },
    'fix-code-under-parent': {
        vi: a => `Đổi mã thành ${a.code}, thuộc mã ${a.parentCode} của mục cha`,
        en: a => `Change the code to ${a.code}, under the parent's ${a.parentCode}`,
    },
    'fix-comma-separated': {
        vi: a => `Tách bằng dấu phẩy và dấu cách: \`${a.text}\``,
        en: a => `Separate with a comma and a space: \`${a.text}\``,
    },
    'fix-code-written': {
        vi: a => `Viết mã là ${a.code}`,
        en: a => `Write the code as ${a.code}`,
    },
    'fix-nfc': {
        vi: () => `Chuẩn hóa văn bản này về NFC`,
        en: () => `Normalise this text to NFC`,
    },
    'fix-nfc-all': {
        vi: () => `Chuẩn hóa toàn bộ văn bản về NFC`,
        en: () => `Normalise all text to NFC`,
    },
    'complete-next-code': {
        vi: () => `mã tiếp theo trong dãy`,
        en: () => `the next code in sequence`,
    },
    'complete-new-item': {
        vi: a => `Thêm ${a.kind} mới: mã, tên, điểm tối đa`,
        en: a => `A new ${a.kind}: code, title, max`,
    },
    'rename-not-a-name': {
        vi: () => `Ở đây không có tên nào để đổi: hãy đặt con trỏ vào tên của một cơ quan, cuộc điều tra, bộ chỉ số, biến công thức hoặc phương án chấm.`,
        en: () => `There is no name to rename here: put the cursor on the name of an agency, a survey, a set, a formula input or a choice option.`,
    },
    'rename-not-a-name-token': {
        vi: a => `Không đổi tên thành “${a.name}” được: tên là một từ viết liền, không dấu cách, bắt đầu bằng chữ cái (ví dụ SoNoiVu), và không phải từ khóa.`,
        en: a => `Cannot rename to “${a.name}”: a name is one word without spaces, starting with a letter (e.g. SoNoiVu), and not a keyword.`,
    },
    'rename-name-taken': {
        vi: a => `Không đổi tên thành “${a.name}” được: tên này đã có trong cùng thư mục (hoặc cùng công thức, cùng quy tắc chấm), đổi sẽ gây trùng tên.`,
        en: a => `Cannot rename to “${a.name}”: the name is already taken in the same folder (or the same formula or choice), so there would be two with one name.`,
    },
} as const satisfies Record<string, Record<Lang, Text>>;

export type EditorTextCode = keyof typeof EDITOR_TEXTS;

export function renderEditorText(lang: Lang, code: EditorTextCode, args: MessageArgs = {}): string {
    return EDITOR_TEXTS[code][lang](formatArgs(lang, args));
}

/** Words used inside messages: item kinds, source kinds, count levels, scopes. */
export const WORDS = {
    domain: { vi: 'lĩnh vực', en: 'domain' },
    criterion: { vi: 'tiêu chí', en: 'criterion' },
    component: { vi: 'tiêu chí thành phần', en: 'component' },
    deductions: { vi: 'nhóm điểm trừ', en: 'deduction group' },
    set: { vi: 'bộ tiêu chí', en: 'the criteria set' },
    domains: { vi: 'lĩnh vực', en: 'domains' },
    criteria: { vi: 'tiêu chí', en: 'criteria' },
    components: { vi: 'tiêu chí thành phần', en: 'components' },
    appraisal: { vi: 'tự đánh giá/thẩm định', en: 'appraisal' },
    survey: { vi: 'điều tra xã hội học', en: 'survey' },
    specialist: { vi: 'đánh giá của phòng chuyên môn', en: 'specialist offices' },
    // Short forms for inlay hints, where a line has little room.
    appraisalShort: { vi: 'thẩm định', en: 'appraisal' },
    surveyShort: { vi: 'ĐTXHH', en: 'survey' },
    specialistShort: { vi: 'chuyên môn', en: 'specialist' },
    outlinedSource: { vi: 'dàn ý chưa rõ nguồn', en: 'outlines, source unknown' },
    agency: { vi: 'cơ quan', en: 'agency' },
    surveyDecl: { vi: 'cuộc điều tra', en: 'survey' },
    setDecl: { vi: 'bộ tiêu chí', en: 'criteria set' },
    input: { vi: 'đầu vào', en: 'input' },
    // What a comma separates, and fields whose whole numbers have a range (chiso/decimal-comma-ambiguous, chiso/number-range).
    bounds: { vi: 'hai cận của khoảng', en: 'the bounds' },
    arguments: { vi: 'các đối số', en: 'the arguments' },
    yearField: { vi: 'năm', en: 'a year' },
    questionsField: { vi: 'số câu hỏi', en: 'a number of questions' },
    respondentsField: { vi: 'số người trả lời', en: 'a number of respondents' },
    countField: { vi: 'số lượng khai báo', en: 'a declared count' },
    above: { vi: 'vượt điểm tối đa', en: 'above the max of' },
    below: { vi: 'dưới điểm tối thiểu', en: 'below the minimum of' },
    inFile: { vi: ' trong tệp', en: ' in file' },
    inheritedFrom: { vi: ' (kế thừa từ', en: ' (inherited from' },
    or: { vi: 'hoặc', en: 'or' },
    endOfFile: { vi: 'hết tệp', en: 'the end of the file' },
    // What an empty rule lacks (chiso/rule-empty).
    bandEntries: { vi: 'khung điểm', en: 'bands' },
    tierEntries: { vi: 'bậc', en: 'tiers' },
    choiceEntries: { vi: 'phương án', en: 'options' },
    // What nests too deeply (chiso/too-deep).
    blocks: { vi: 'khối `{ }`', en: '`{ }` blocks' },
    brackets: { vi: 'dấu ngoặc `( )` và `[ ]`', en: '`( )` and `[ ]` brackets' },
    operators: { vi: 'phép toán liên tiếp trong một công thức', en: 'operators in a row in one formula' },
    STRING: { vi: 'một chuỗi "…"', en: 'a string "…"' },
    INT: { vi: 'một số nguyên', en: 'a whole number' },
    DECIMAL: { vi: 'một số thập phân', en: 'a decimal number' },
    ID: { vi: 'một tên', en: 'a name' },
    CODE: { vi: 'một mã', en: 'a code' },
    DATE: { vi: 'một ngày dạng YYYY-MM-DD', en: 'a date as YYYY-MM-DD' },
    error: { vi: 'lỗi', en: 'error' },
    warning: { vi: 'cảnh báo', en: 'warning' },
    // Information diagnostics are "notes" everywhere: a finding's severity, the summary, SARIF's level.
    info: { vi: 'ghi chú', en: 'note' },
    surveyItems: { vi: 'mục chấm qua điều tra xã hội học', en: 'survey-sourced items' },
    directScore: { vi: 'điểm trực tiếp (cột score)', en: 'a direct score (the score column)' },
    percentValue: { vi: 'một tỷ lệ phần trăm từ 0 đến 100', en: 'a percentage from 0 to 100' },
    countValue: { vi: 'một số nguyên không âm', en: 'a whole number, 0 or more' },
    numberValue: { vi: 'một số', en: 'a number' },
    standardOutput: { vi: 'đầu ra chuẩn (stdout)', en: 'standard output (stdout)' },
    itsChildren: { vi: 'các mục con', en: 'its children' },
    theDomains: { vi: 'các lĩnh vực', en: 'the domains' },
    theSplitParts: { vi: 'các phần của split', en: 'the split parts' },
    leavesOfSources: { vi: 'các mục lá thuộc nguồn đó', en: 'the leaves of those sources' },
    rank: { vi: 'Xếp hạng', en: 'Rank' },
    notRanked: { vi: 'không xếp hạng', en: 'not ranked' },
    index: { vi: 'Chỉ số', en: 'Index' },
    total: { vi: 'Tổng điểm', en: 'Total' },
    lostPoints: { vi: 'Điểm bị mất', en: 'Points lost' },
    subIndex: { vi: 'Chỉ số thành phần', en: 'Sub-indices' },
    unit: { vi: 'Đơn vị', en: 'Unit' },
    countRuleExcluding: {
        vi: 'lĩnh vực là các mục `domain`; tiêu chí là các mục `criterion`; tiêu chí thành phần là các mục `component` đặt trực tiếp trong tiêu chí (mục con sâu hơn không tính); nhóm điểm trừ không được tính (khai báo `counts including deductions` để tính tiêu chí của nhóm điểm trừ).',
        en: 'domains are `domain` items; criteria are `criterion` items; components are `component` items directly under a criterion (deeper sub-items are not counted); deduction groups are not counted (declare `counts including deductions` to count their criteria).',
    },
    countRuleIncluding: {
        vi: 'lĩnh vực là các mục `domain` (nhóm điểm trừ không phải lĩnh vực); tiêu chí là các mục `criterion`, kể cả trong nhóm điểm trừ; tiêu chí thành phần là các mục `component` đặt trực tiếp trong tiêu chí, kể cả trong nhóm điểm trừ.',
        en: 'domains are `domain` items (a deduction group is not a domain); criteria are `criterion` items, including those of deduction groups; components are `component` items directly under a criterion, including those of deduction groups.',
    },
} as const satisfies Record<string, Record<Lang, string>>;

export function word(lang: Lang, key: keyof typeof WORDS): string {
    return WORDS[key][lang];
}

/** Sentences of `chiso diff`, written for the appraisal council. */
export const DIFF_TEXTS = {
    'title': { vi: a => `Thay đổi từ ${a.before} sang ${a.after}`, en: a => `Changes from ${a.before} to ${a.after}` },
    'none': { vi: () => `Không có thay đổi.`, en: () => `No changes.` },
    'added': { vi: a => `Thêm ${a.item} “${a.title}” (${a.points} điểm).`, en: a => `Added ${a.item} “${a.title}” (${a.points} ${a.points === '1' ? 'point' : 'points'}).` },
    'removed': { vi: a => `Bỏ ${a.item} “${a.title}” (${a.points} điểm).`, en: a => `Removed ${a.item} “${a.title}” (${a.points} ${a.points === '1' ? 'point' : 'points'}).` },
    'renamed': { vi: a => `${a.Item}: đổi tên từ “${a.from}” thành “${a.to}”.`, en: a => `${a.Item}: renamed from “${a.from}” to “${a.to}”.` },
    'moved': { vi: a => `${a.Item} “${a.title}”: chuyển từ mã ${a.from} sang ${a.to}.`, en: a => `${a.Item} “${a.title}”: moved from code ${a.from} to ${a.to}.` },
    'max-up': { vi: a => `${a.Item}: tăng từ ${a.from} lên ${a.to} điểm.`, en: a => `${a.Item}: raised from ${a.from} to ${a.to} ${a.to === '1' ? 'point' : 'points'}.` },
    'max-down': { vi: a => `${a.Item}: giảm từ ${a.from} xuống ${a.to} điểm.`, en: a => `${a.Item}: lowered from ${a.from} to ${a.to} ${a.to === '1' ? 'point' : 'points'}.` },
    'source': { vi: a => `${a.Item}: chuyển nguồn điểm từ ${a.from} sang ${a.to}.`, en: a => `${a.Item}: source changed from ${a.from} to ${a.to}.` },
    'scoring': { vi: a => `${a.Item}: thay đổi cách chấm điểm: ${a.from} → ${a.to}.`, en: a => `${a.Item}: scoring changed: ${a.from} → ${a.to}.` },
    'set-total': { vi: a => `Tổng điểm: ${a.from} → ${a.to}.`, en: a => `Total: ${a.from} → ${a.to}.` },
    'set-split': { vi: a => `Cơ cấu điểm theo nguồn: ${a.from} → ${a.to}.`, en: a => `Split by source: ${a.from} → ${a.to}.` },
    'set-counts': { vi: a => `Số lượng khai báo (lĩnh vực / tiêu chí / tiêu chí thành phần): ${a.from} → ${a.to}.`, en: a => `Declared counts (domains / criteria / components): ${a.from} → ${a.to}.` },
    'nothing': { vi: () => `(không có)`, en: () => `(none)` },
    'set-title': { vi: a => `Tên bộ tiêu chí: “${a.from}” → “${a.to}”.`, en: a => `Title: “${a.from}” → “${a.to}”.` },
    'set-year': { vi: a => `Năm đánh giá: ${a.from} → ${a.to}.`, en: a => `Year: ${a.from} → ${a.to}.` },
    'set-level': { vi: a => `Cấp áp dụng: ${a.from} → ${a.to}.`, en: a => `Level: ${a.from} → ${a.to}.` },
    'set-decision': { vi: a => `Quyết định ban hành: ${a.from} → ${a.to}.`, en: a => `Decision: ${a.from} → ${a.to}.` },
    'set-replaces': { vi: a => `Thay thế quyết định: ${a.from} → ${a.to}.`, en: a => `Replaces: ${a.from} → ${a.to}.` },
    'decision': { vi: a => `số ${a.number}${a.date ? ` ngày ${a.date}` : ''}`, en: a => `${a.number}${a.date ? ` of ${a.date}` : ''}` },
    'optional': { vi: () => `(không bắt buộc)`, en: () => `(optional)` },
    'including-deductions': { vi: () => `(tính cả điểm trừ)`, en: () => `(including deductions)` },
    'level-department': { vi: () => `cấp sở`, en: () => `department` },
    'level-district': { vi: () => `cấp huyện`, en: () => `district` },
    'level-commune': { vi: () => `cấp xã`, en: () => `commune` },
    'level-ministry': { vi: () => `cấp bộ`, en: () => `ministry` },
    'level-province': { vi: () => `cấp tỉnh`, en: () => `province` },
    'level-other': { vi: () => `cấp khác`, en: () => `other` },
    'not-adding-up': {
        vi: a => `Cảnh báo: ${a.after} chưa khớp điểm, các thay đổi dưới đây so với một bản nháp: ${a.list}.`,
        en: a => `Warning: ${a.after} does not add up, so the changes below compare with a draft: ${a.list}.`,
    },
    'sum-total': { vi: a => `các lĩnh vực cộng lại ${a.sum}, không phải tổng điểm ${a.max}`, en: a => `the domains add up to ${a.sum}, not the total of ${a.max}` },
    'sum-item': { vi: a => `${a.item}: các mục con cộng lại ${a.sum}, không phải ${a.max}`, en: a => `${a.item}: its children add up to ${a.sum}, not ${a.max}` },
    'sum-deductions': { vi: a => `nhóm điểm trừ “${a.title}”: các tiêu chí cộng lại ${a.sum}, dưới mức tối đa ${a.max}`, en: a => `deduction group “${a.title}”: its items add up to ${a.sum}, below its max of ${a.max}` },
} as const satisfies Record<string, Record<Lang, Text>>;

export type DiffTextCode = keyof typeof DIFF_TEXTS;

export function renderDiffText(lang: Lang, code: DiffTextCode, args: Record<string, string> = {}): string {
    return DIFF_TEXTS[code][lang](args);
}

/**
 * The report of `chiso check`: one line per criteria set, made of fragments joined by ` · `
 * (outputs/set-summary.ts), then the count of findings.
 */
export const REPORT_TEXTS = {
    'set-total': {
        vi: a => `Σ ${a.sum}/${a.total}${a.mark ? ` ${a.mark}` : ''}${a.declared === 'yes' ? '' : ' (tổng điểm mặc định)'}`,
        en: a => `Σ ${a.sum}/${a.total}${a.mark ? ` ${a.mark}` : ''}${a.declared === 'yes' ? '' : ' (default total)'}`,
    },
    'set-counts': {
        vi: a => `${a.domains} lĩnh vực, ${a.criteria} tiêu chí, ${a.components} tiêu chí thành phần`,
        en: a => `${en(a.domains, 'domain')}, ${en(a.criteria, 'criterion', 'criteria')}, ${en(a.components, 'component')}`,
    },
    'set-survey-items': {
        vi: a => `${a.count} mục chấm qua ĐTXHH (${a.points} điểm)`,
        en: a => `${en(a.count, 'survey-sourced item')} (${en(a.points, 'point')})`,
    },
    'checked': {
        vi: a => `Đã kiểm tra ${a.files} tệp: ${a.errors} lỗi, ${a.warnings} cảnh báo, ${a.notes} ghi chú${a.hidden === 'yes' ? ' (--notes liệt kê các ghi chú)' : ''}.`,
        en: a => `Checked ${en(a.files, 'file')}: ${en(a.errors, 'error')}, ${en(a.warnings, 'warning')}, ${en(a.notes, 'note')}${a.hidden === 'yes' ? ' (--notes lists them)' : ''}.`,
    },
    // The status line of a long `chiso score` on a terminal (stderr), redrawn in place.
    'scoring-progress': {
        vi: a => `Đang chấm điểm: ${a.done}/${a.total} đơn vị`,
        en: a => `Scoring: ${a.done}/${en(a.total, 'unit')}`,
    },
} as const satisfies Record<string, Record<Lang, Text>>;

export type ReportTextCode = keyof typeof REPORT_TEXTS;

export function renderReportText(lang: Lang, code: ReportTextCode, args: MessageArgs = {}): string {
    return REPORT_TEXTS[code][lang](formatArgs(lang, args));
}

/** `chiso --help` and each verb's help: descriptions, and the headings commander prints. */
export const HELP_TEXTS = {
    'program': {
        vi: () => `Kiểm tra và biên dịch bộ tiêu chí Chỉ số cải cách hành chính (Chỉ số CCHC).`,
        en: () => `Check and compile administrative-reform index criteria sets (Chỉ số CCHC).`,
    },
    'usage': { vi: () => `Cách dùng:`, en: () => `Usage:` },
    'arguments': { vi: () => `Tham số:`, en: () => `Arguments:` },
    'options': { vi: () => `Tùy chọn:`, en: () => `Options:` },
    'commands': { vi: () => `Lệnh:`, en: () => `Commands:` },
    // Placeholders in usage lines (`chiso check [options] <paths...>`).
    'options-placeholder': { vi: () => `[tùy chọn]`, en: () => `[options]` },
    'command-placeholder': { vi: () => `[lệnh]`, en: () => `[command]` },
    'choices': { vi: a => `một trong: ${a.list}`, en: a => `one of: ${a.list}` },
    'default': { vi: a => `mặc định: ${a.value}`, en: a => `default: ${a.value}` },
    'help-option': { vi: () => `Hiện hướng dẫn của lệnh`, en: () => `Show help for the command` },
    'help-command': { vi: () => `Hiện hướng dẫn của một lệnh`, en: () => `Show help for a command` },
    'version-option': { vi: () => `Hiện số phiên bản`, en: () => `Show the version number` },
    'lang-option': {
        vi: () => `Ngôn ngữ của thông báo: tiếng Việt, trừ khi LC_ALL, LC_MESSAGES hoặc LANG là en_*`,
        en: () => `Message language: Vietnamese unless LC_ALL, LC_MESSAGES or LANG is en_*`,
    },
    'paths': { vi: () => `Các tệp .chiso hoặc thư mục chứa chúng`, en: () => `.chiso files or folders holding them` },
    'check': {
        vi: () => `Báo mọi lỗi và cảnh báo của các tệp hoặc thư mục .chiso, kèm một dòng tóm tắt cho mỗi bộ tiêu chí.`,
        en: () => `Report every error and warning of .chiso files or folders, after one summary line per criteria set.`,
    },
    'check-format': { vi: () => `Định dạng đầu ra`, en: () => `Output format` },
    'check-strict': { vi: () => `Coi cảnh báo là lỗi (mã thoát 1)`, en: () => `Fail on warnings too (exit code 1)` },
    'check-notes': {
        vi: () => `Liệt kê cả các ghi chú: các mục chấm qua điều tra xã hội học`,
        en: () => `List the notes too: the survey-sourced items`,
    },
    'check-quiet': { vi: () => `Chỉ in các lỗi`, en: () => `Print errors only` },
    'check-stdin-filename': {
        vi: () => `Đường dẫn mà đầu vào chuẩn (-) thay cho: tên tệp trong các thông báo, và các tệp .chiso cùng thư mục được đọc kèm`,
        en: () => `The path standard input (-) stands for: the file name in findings, and the .chiso files of its folder read beside it`,
    },
    'fmt': {
        vi: () => `Viết lại các tệp .chiso theo bố cục chuẩn; chỉ khoảng trắng thay đổi.`,
        en: () => `Rewrite .chiso files in the canonical layout; only whitespace changes.`,
    },
    'fmt-check': {
        vi: () => `Không ghi gì; liệt kê các tệp sẽ thay đổi và báo lỗi nếu có`,
        en: () => `Write nothing; list the files that would change and fail if any`,
    },
    'compile': {
        vi: () => `Biên dịch các bộ tiêu chí không có lỗi sang JSON theo hợp đồng mà phần mềm chấm điểm đọc.`,
        en: () => `Compile criteria sets without errors to the JSON contract scoring engines load.`,
    },
    'compile-out': {
        vi: () => `Một tệp .json (một bộ) hoặc một thư mục (mỗi bộ một tệp <mã bộ>.json); mặc định: stdout`,
        en: () => `A .json file (one set) or a folder (one <set id>.json per set); default: stdout`,
    },
    'score': {
        vi: () => `Chấm điểm các đơn vị từ kết quả: điểm theo nguồn, chỉ số, chỉ số thành phần, xếp hạng và điểm bị mất.`,
        en: () => `Score units from their results: points per source, index, sub-indices, rank and points lost.`,
    },
    'score-set': {
        vi: () => `Bộ tiêu chí đã biên dịch (.json của chiso compile) hoặc tệp .chiso chứa một bộ`,
        en: () => `A compiled set (.json from chiso compile) or a .chiso file holding one set`,
    },
    'score-results': { vi: () => `Kết quả theo đơn vị và mục (.csv hoặc .json)`, en: () => `Results per unit and item (.csv or .json)` },
    'score-out': { vi: () => `Ghi báo cáo ra tệp này thay vì stdout`, en: () => `Write the report to this file instead of stdout` },
    'export': {
        vi: () => `Xuất phụ lục của một bộ tiêu chí ra DOCX, XLSX, HTML hoặc Markdown.`,
        en: () => `Write the annex (Phụ lục) of a set as DOCX, XLSX, HTML or Markdown.`,
    },
    'export-set': {
        vi: () => `Bộ tiêu chí đã biên dịch (.json) hoặc tệp .chiso chứa một bộ`,
        en: () => `A compiled set (.json) or a .chiso file holding one set`,
    },
    'export-format': { vi: () => `Định dạng văn bản`, en: () => `Document format` },
    'export-out': {
        vi: () => `Tệp sẽ ghi (bắt buộc với docx và xlsx; nếu không thì stdout)`,
        en: () => `The file to write (required for docx and xlsx; otherwise stdout)`,
    },
    'diff': {
        vi: () => `Những gì thay đổi giữa hai phiên bản của một bộ tiêu chí, viết cho hội đồng thẩm định.`,
        en: () => `What changed between two versions of a criteria set, written for the appraisal council.`,
    },
    'diff-old': { vi: () => `Bộ tiêu chí trước (.chiso hoặc .json đã biên dịch)`, en: () => `The earlier set (.chiso or compiled .json)` },
    'diff-new': { vi: () => `Bộ tiêu chí sau (.chiso hoặc .json đã biên dịch)`, en: () => `The later set (.chiso or compiled .json)` },
    'import': {
        vi: () => `Chuyển bảng phụ lục (.xlsx hoặc .csv) trở lại thành tệp .chiso đã định dạng.`,
        en: () => `Turn an annex table (.xlsx or .csv) back into a formatted .chiso file.`,
    },
    'import-annex': {
        vi: () => `Bảng tính .xlsx (do chiso export ghi, hoặc của tỉnh) hoặc tệp .csv`,
        en: () => `An .xlsx workbook (as chiso export writes it, or a province's own) or a .csv file`,
    },
    'import-out': { vi: () => `Tệp .chiso sẽ ghi`, en: () => `The .chiso file to write` },
    'lsp': {
        vi: () => `Chạy máy chủ ngôn ngữ cho mọi trình soạn thảo hỗ trợ LSP (Neovim, Helix, Emacs, VS Code).`,
        en: () => `Start the language server for any LSP editor (Neovim, Helix, Emacs, VS Code).`,
    },
    'lsp-stdio': {
        vi: () => `Giao tiếp LSP qua stdin/stdout (cách duy nhất; nhận tùy chọn này cho các trình soạn thảo truyền nó)`,
        en: () => `Talk LSP over stdin/stdout (the only transport; accepted for editors that pass it)`,
    },
    // Usage errors: commander's codes, in the message language (packages/cli/src/usage-errors.ts).
    'usage-unknown-option': {
        vi: a => `Không có tùy chọn ${a.option}.${a.suggestion ? ` Có phải là ${a.suggestion}?` : ''}`,
        en: a => `Unknown option ${a.option}.${a.suggestion ? ` Did you mean ${a.suggestion}?` : ''}`,
    },
    'usage-unknown-command': {
        vi: a => `Không có lệnh ${a.command}.${a.suggestion ? ` Có phải là ${a.suggestion}?` : ''}`,
        en: a => `Unknown command ${a.command}.${a.suggestion ? ` Did you mean ${a.suggestion}?` : ''}`,
    },
    'usage-missing-argument': { vi: a => `Thiếu tham số ${a.argument}.`, en: a => `The argument ${a.argument} is missing.` },
    'usage-option-needs-value': { vi: a => `Tùy chọn ${a.option} cần một giá trị.`, en: a => `The option ${a.option} needs a value.` },
    'usage-missing-option': { vi: a => `Thiếu tùy chọn bắt buộc ${a.option}.`, en: a => `The option ${a.option} is required.` },
    'usage-conflicting-options': {
        vi: a => `Không dùng được cùng lúc ${a.option} và ${a.other}.`,
        en: a => `The options ${a.option} and ${a.other} cannot be used together.`,
    },
    'usage-invalid-value': {
        vi: a => `Giá trị “${a.value}” của ${a.option} không hợp lệ; chọn một trong: ${a.choices}.`,
        en: a => `The value “${a.value}” of ${a.option} is not valid; use one of: ${a.choices}.`,
    },
    'usage-excess-arguments': {
        vi: a => `Thừa tham số: lệnh nhận ${a.expected}, nhưng được cho ${a.received}.`,
        en: a => `Too many arguments: the command takes ${a.expected}, but was given ${a.received}.`,
    },
    'usage-see-help': { vi: a => `Xem \`${a.command} --help\`.`, en: a => `See \`${a.command} --help\`.` },
} as const satisfies Record<string, Record<Lang, Text>>;

export type HelpTextCode = keyof typeof HELP_TEXTS;

export function renderHelpText(lang: Lang, code: HelpTextCode, args: Record<string, string> = {}): string {
    return HELP_TEXTS[code][lang](args);
}
