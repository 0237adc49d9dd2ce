/** Scoring with `chiso score`: the set JSON and the results file. */
import { defineRule, type Arg } from '@chiso/language/i18n';
import { en } from '@chiso/language/i18n';

export const SCORING_RULES = {
    'set-json-invalid': defineRule<{ detail: Arg }>()({
        severity: 'error',
        vi: a => `Tệp bộ tiêu chí JSON không đúng hợp đồng (criteria-set.schema.json): ${a.detail}`,
        en: a => `The criteria-set JSON does not follow the contract (criteria-set.schema.json): ${a.detail}`,
    }),
    'set-json-points': defineRule<{ place: Arg; value: Arg }>()({
        severity: 'error',
        vi: a => `Tệp bộ tiêu chí JSON: ${a.place} = ${a.value} không phải số điểm hợp lệ.`,
        en: a => `The criteria-set JSON: ${a.place} = ${a.value} is not a valid point value.`,
    }),
    'score-points-unknown': defineRule<{ count: Arg; codes: Arg }>()({
        severity: 'error',
        vi: a => `Không chấm được: điểm tối đa của ${a.count} mục dàn ý chưa được công bố (${a.codes}), nên không tính được chỉ số. Hãy viết \`max\` cho các mục này.`,
        en: a => `Cannot score: the max points of ${a.count} outline ${a.count === '1' ? 'item are' : 'items are'} not published (${a.codes}), so no index can be computed. Write their \`max\` first.`,
    }),
    'set-json-sum': defineRule<{ place: Arg; declared: Arg; parts: Arg; actual: Arg }>()({
        severity: 'error',
        vi: a => `Tệp bộ tiêu chí JSON không nhất quán: ${a.place} là ${a.declared}, nhưng ${a.parts} cộng lại ${a.actual}.`,
        en: a => `The criteria-set JSON does not add up: ${a.place} is ${a.declared}, but ${a.parts} add up to ${a.actual}.`,
    }),
    'set-json-count': defineRule<{ place: Arg; declared: Arg; actual: Arg }>()({
        severity: 'error',
        vi: a => `Tệp bộ tiêu chí JSON không nhất quán: ${a.place} là ${a.declared}, nhưng cây có ${a.actual}.`,
        en: a => `The criteria-set JSON does not add up: ${a.place} is ${a.declared}, but the tree has ${a.actual}.`,
    }),
    'set-json-deduction-rule': defineRule<{ place: Arg }>()({
        severity: 'error',
        vi: a => `Tệp bộ tiêu chí JSON: ${a.place} là \`proportional\` trong nhóm điểm trừ, nơi điểm là số điểm bị trừ: không rõ tỷ lệ là phần bị trừ hay phần được giữ.`,
        en: a => `The criteria-set JSON: ${a.place} is \`proportional\` in a deduction group, where points are taken off: its percentage could be taken off or kept.`,
    }),
    'results-unreadable': defineRule<{ detail: Arg }>()({
        severity: 'error',
        vi: a => `Không đọc được tệp kết quả: ${a.detail}`,
        en: a => `Cannot read the results file: ${a.detail}`,
    }),
    'results-format': defineRule<{ detail: Arg }>()({
        severity: 'error',
        vi: a => `Tệp kết quả không đúng định dạng: ${a.detail}`,
        en: a => `The results file is not in the expected form: ${a.detail}`,
    }),
    'results-empty': defineRule()({
        severity: 'error',
        vi: () => `Tệp kết quả không có dòng kết quả nào.`,
        en: () => `The results file holds no results.`,
    }),
    'results-score-and-value': defineRule<{ unit: Arg; item: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: dòng có cả \`score\` và \`value\`; chỉ điền một trong hai.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the row has both \`score\` and \`value\`; fill in one of them.`,
    }),
    'score-unknown-item': defineRule<{ unit: Arg; item: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}: không có mục ${a.item} trong bộ tiêu chí.`,
        en: a => `Unit ${a.unit}: the set has no item ${a.item}.`,
    }),
    'score-not-leaf': defineRule<{ unit: Arg; item: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: mục có các mục con, điểm của nó là tổng điểm các mục con; hãy chấm các mục con.`,
        en: a => `Unit ${a.unit}, item ${a.item}: it has children, whose scores add up to its own; score the children.`,
    }),
    'score-duplicate-row': defineRule<{ unit: Arg; item: Arg; line: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: đã có kết quả ở dòng ${a.line}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: already has a result on line ${a.line}.`,
    }),
    'score-missing-result': defineRule<{ unit: Arg; item: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}: thiếu kết quả cho mục ${a.item}.`,
        en: a => `Unit ${a.unit}: no result for item ${a.item}.`,
    }),
    'score-missing-input': defineRule<{ unit: Arg; item: Arg; input: Arg; rule: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: thiếu ${a.input} (cần cho quy tắc chấm điểm ${a.rule}).`,
        en: a => `Unit ${a.unit}, item ${a.item}: ${a.input} is missing (the ${a.rule} rule needs it).`,
    }),
    'score-bad-value': defineRule<{ unit: Arg; item: Arg; value: Arg; expected: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: giá trị “${a.value}” không hợp lệ; cần ${a.expected}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: “${a.value}” is not valid; expected ${a.expected}.`,
    }),
    'score-above-max': defineRule<{ unit: Arg; item: Arg; points: Arg; max: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: ${a.points} điểm vượt điểm tối đa ${a.max}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: ${en(a.points, 'point')} ${a.points === '1' ? 'exceeds' : 'exceed'} the max of ${a.max}.`,
    }),
    'score-below-min': defineRule<{ unit: Arg; item: Arg; points: Arg; min: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: ${a.points} điểm thấp hơn điểm tối thiểu ${a.min}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: ${en(a.points, 'point')} ${a.points === '1' ? 'is' : 'are'} below the minimum of ${a.min}.`,
    }),
    'score-unknown-option': defineRule<{ unit: Arg; item: Arg; value: Arg; options: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: không có phương án “${a.value}”; các phương án: ${a.options}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: no option “${a.value}”; the options are: ${a.options}.`,
    }),
    'score-no-band': defineRule<{ unit: Arg; item: Arg; value: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: giá trị ${a.value} không thuộc khung điểm nào.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the value ${a.value} matches no band.`,
    }),
    'score-constraint': defineRule<{ unit: Arg; item: Arg; constraint: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: các đầu vào không thỏa ràng buộc ${a.constraint}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the inputs break the constraint ${a.constraint}.`,
    }),
    'score-division-by-zero': defineRule<{ unit: Arg; item: Arg }>()({
        severity: 'error',
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: công thức chia cho 0 với các đầu vào đã cho.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the formula divides by zero with these inputs.`,
    }),
};
