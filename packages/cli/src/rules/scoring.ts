/** Scoring with `chiso score`: the set JSON and the results file. */
import { defineRule, en, type Arg, type Bilingual } from '@chiso/language/i18n';

const WHY_SCORE: Bilingual = {
    vi: 'Điểm số dùng để xếp hạng đơn vị và được công bố; bộ tiêu chí hay kết quả không đúng hợp đồng thì bị từ chối chứ không chấm gần đúng.',
    en: 'Scores rank units and are published; a set or a result that is not exactly what the contract says is refused rather than scored approximately.',
};

export const SCORING_RULES = {
    'set-json-invalid': defineRule<{ detail: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Tệp JSON bộ tiêu chí không đúng hợp đồng (criteria-set.schema.json).',
                en: 'A set JSON that does not follow the contract (criteria-set.schema.json).',
            },
            why: WHY_SCORE,
            fix: {
                vi: 'Biên dịch lại bằng `chiso compile` thay vì sửa JSON bằng tay.',
                en: 'Compile the set again with `chiso compile` rather than editing the JSON by hand.',
            },
        },
        vi: a => `Tệp bộ tiêu chí JSON không đúng hợp đồng (criteria-set.schema.json): ${a.detail}`,
        en: a => `The criteria-set JSON does not follow the contract (criteria-set.schema.json): ${a.detail}`,
    }),
    'set-json-points': defineRule<{ place: Arg; value: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Số điểm trong JSON bộ tiêu chí không hợp lệ (`"1/0"`).', en: 'A point value in a set JSON that is not a valid number (`"1/0"`).' },
            why: WHY_SCORE,
            fix: {
                vi: 'Biên dịch lại bằng `chiso compile` thay vì sửa JSON bằng tay; điểm trong JSON là số hoặc phân số dạng `"1/3"`.',
                en: 'Compile the set again with `chiso compile` rather than editing the JSON by hand; a point value in the JSON is a number or a fraction such as `"1/3"`.',
            },
        },
        vi: a => `Tệp bộ tiêu chí JSON: ${a.place} = ${a.value} không phải số điểm hợp lệ.`,
        en: a => `The criteria-set JSON: ${a.place} = ${a.value} is not a valid point value.`,
    }),
    'score-points-unknown': defineRule<{ count: Arg; codes: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Bộ tiêu chí cần chấm có mục dàn ý chưa công bố điểm.', en: 'A set to score with outline items whose points are not published.' },
            why: {
                vi: 'Thiếu điểm tối đa của một mục thì không có tổng điểm để tính chỉ số.',
                en: 'Without every max there is no total to compute an index against.',
            },
            fix: { vi: 'Viết `max` cho các mục được nêu.', en: 'Write the `max` of the items named.' },
        },
        vi: a => `Không chấm được: điểm tối đa của ${a.count} mục dàn ý chưa được công bố (${a.codes}), nên không tính được chỉ số. Hãy viết \`max\` cho các mục này.`,
        en: a => `Cannot score: the max points of ${a.count} outline ${a.count === '1' ? 'item are' : 'items are'} not published (${a.codes}), so no index can be computed. Write their \`max\` first.`,
    }),
    'set-json-sum': defineRule<{ place: Arg; declared: Arg; parts: Arg; actual: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'JSON bộ tiêu chí có tổng không khớp (điểm tối đa mục cha, tổng điểm, cơ cấu điểm, `totals`).',
                en: 'A set JSON whose sums do not add up (a parent\'s max, the total, the split, `totals`).',
            },
            why: WHY_SCORE,
            fix: { vi: 'Sửa tệp `.chiso` rồi biên dịch lại.', en: 'Fix the `.chiso` source and compile again.' },
        },
        vi: a => `Tệp bộ tiêu chí JSON không nhất quán: ${a.place} là ${a.declared}, nhưng ${a.parts} cộng lại ${a.actual}.`,
        en: a => `The criteria-set JSON does not add up: ${a.place} is ${a.declared}, but ${a.parts} add up to ${a.actual}.`,
    }),
    'set-json-count': defineRule<{ place: Arg; declared: Arg; actual: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'JSON bộ tiêu chí có số lượng khai báo hoặc `totals.counts` khác cây tiêu chí.',
                en: 'A set JSON whose declared counts or `totals.counts` differ from its tree.',
            },
            why: WHY_SCORE,
            fix: { vi: 'Sửa tệp `.chiso` rồi biên dịch lại.', en: 'Fix the `.chiso` source and compile again.' },
        },
        vi: a => `Tệp bộ tiêu chí JSON không nhất quán: ${a.place} là ${a.declared}, nhưng cây có ${a.actual}.`,
        en: a => `The criteria-set JSON does not add up: ${a.place} is ${a.declared}, but the tree has ${a.actual}.`,
    }),
    'set-json-deduction-rule': defineRule<{ place: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'JSON bộ tiêu chí chấm một mục điểm trừ bằng `proportional`.', en: 'A set JSON scoring a deduction item `proportional`.' },
            why: WHY_SCORE,
            fix: {
                vi: 'Viết số điểm bị trừ bằng quy tắc khác trong tệp `.chiso` (xem `chiso/deduction-rule-ambiguous`).',
                en: 'Write the points taken off with another rule in the `.chiso` source (see `chiso/deduction-rule-ambiguous`).',
            },
        },
        vi: a => `Tệp bộ tiêu chí JSON: ${a.place} là \`proportional\` trong nhóm điểm trừ, nơi điểm là số điểm bị trừ: không rõ tỷ lệ là phần bị trừ hay phần được giữ.`,
        en: a => `The criteria-set JSON: ${a.place} is \`proportional\` in a deduction group, where points are taken off: its percentage could be taken off or kept.`,
    }),
    'set-json-classes': defineRule<{ place: Arg; other: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'JSON bộ tiêu chí có hai loại (`set.classes`) cùng chứa một chỉ số.', en: 'A set JSON with two classes (`set.classes`) holding one index.' },
            why: WHY_SCORE,
            fix: {
                vi: 'Sửa các loại trong tệp `.chiso` (xem `chiso/class-overlap`) rồi biên dịch lại.',
                en: 'Fix the classes in the `.chiso` source (see `chiso/class-overlap`) and compile again.',
            },
        },
        vi: a => `Tệp bộ tiêu chí JSON: ${a.place} và ${a.other} cùng chứa một số chỉ số: không rõ đơn vị thuộc loại nào.`,
        en: a => `The criteria-set JSON: ${a.place} and ${a.other} hold some of the same indices: which class a unit is in would be unclear.`,
    }),
    'results-format': defineRule<{ detail: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Tệp kết quả không đúng định dạng (dòng tiêu đề CSV, cấu trúc JSON), kèm dòng.',
                en: 'A results file not in the expected form (CSV header, JSON shape), at its line.',
            },
            why: WHY_SCORE,
            fix: {
                vi: 'Viết kết quả theo mục `chiso score` của README (unit, item, score hoặc value).',
                en: 'Write the results as the README\'s `chiso score` section shows (unit, item, score or value).',
            },
        },
        vi: a => `Tệp kết quả không đúng định dạng: ${a.detail}`,
        en: a => `The results file is not in the expected form: ${a.detail}`,
    }),
    'results-empty': defineRule()({
        severity: 'error',
        docs: {
            catches: { vi: 'Tệp kết quả không có dòng kết quả nào.', en: 'A results file holding no results.' },
            why: WHY_SCORE,
            fix: { vi: 'Đưa vào tệp có kết quả của các đơn vị.', en: 'Give the file with the units\' results.' },
        },
        vi: () => `Tệp kết quả không có dòng kết quả nào.`,
        en: () => `The results file holds no results.`,
    }),
    'results-score-and-value': defineRule<{ unit: Arg; item: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Dòng kết quả có cả `score` và `value`.', en: 'A results row with both `score` and `value`.' },
            why: WHY_SCORE,
            fix: {
                vi: 'Chỉ điền một: `score` cho điểm trực tiếp, `value` cho quy tắc chấm của mục.',
                en: 'Fill in one of them: `score` for a direct score, `value` for the item\'s rule.',
            },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: dòng có cả \`score\` và \`value\`; chỉ điền một trong hai.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the row has both \`score\` and \`value\`; fill in one of them.`,
    }),
    'score-unknown-item': defineRule<{ unit: Arg; item: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Kết quả cho một mã mục không có trong bộ tiêu chí.', en: 'A result for an item code the set does not have.' },
            why: WHY_SCORE,
            fix: { vi: 'Sửa mã mục (mã đầy đủ: `1.5.3.a`).', en: 'Correct the item code (full codes: `1.5.3.a`).' },
        },
        vi: a => `Đơn vị ${a.unit}: không có mục ${a.item} trong bộ tiêu chí.`,
        en: a => `Unit ${a.unit}: the set has no item ${a.item}.`,
    }),
    'score-not-leaf': defineRule<{ unit: Arg; item: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Kết quả cho một mục có mục con.', en: 'A result for an item with children.' },
            why: {
                vi: 'Điểm của mục cha là tổng điểm các mục con; chấm riêng sẽ bị tính hai lần.',
                en: 'A parent\'s score is its children\'s sum; a score of its own would count twice.',
            },
            fix: { vi: 'Chấm các mục con.', en: 'Score the children.' },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: mục có các mục con, điểm của nó là tổng điểm các mục con; hãy chấm các mục con.`,
        en: a => `Unit ${a.unit}, item ${a.item}: it has children, whose scores add up to its own; score the children.`,
    }),
    'score-duplicate-row': defineRule<{ unit: Arg; item: Arg; line: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Hai kết quả cho cùng một đơn vị và mục.', en: 'Two results for one unit and item.' },
            why: WHY_SCORE,
            fix: { vi: 'Giữ dòng đúng và xóa dòng còn lại.', en: 'Keep the right row and delete the other.' },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: đã có kết quả ở dòng ${a.line}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: already has a result on line ${a.line}.`,
    }),
    'score-missing-result': defineRule<{ unit: Arg; item: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Đơn vị thiếu kết quả cho một mục.', en: 'A unit with no result for an item.' },
            why: WHY_SCORE,
            fix: { vi: 'Thêm kết quả (điểm 0 nếu đơn vị không đạt điểm nào).', en: 'Add the result (a score of 0 where the unit scored nothing).' },
        },
        vi: a => `Đơn vị ${a.unit}: thiếu kết quả cho mục ${a.item}.`,
        en: a => `Unit ${a.unit}: no result for item ${a.item}.`,
    }),
    'score-exempt-item': defineRule<{ unit: Arg; item: Arg; notAssigned: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Kết quả chấm cho một mục mà bộ tiêu chí miễn cho đơn vị (`exempt`).',
                en: 'A score for an item the set exempts the unit from (`exempt`).',
            },
            why: {
                vi: 'Mục không giao cho đơn vị được loại khỏi điểm tối đa của đơn vị; chấm điểm cho nó thì không biết nên tin bộ tiêu chí hay kết quả.',
                en: 'An item not assigned to the unit is left out of its max; scoring it leaves open whether the set or the results are right.',
            },
            fix: {
                vi: 'Xóa dòng kết quả, hoặc bỏ đơn vị khỏi `exempt` nếu đơn vị thật ra được giao mục này.',
                en: 'Delete the row, or take the unit out of `exempt` if it is assigned the item after all.',
            },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: bộ tiêu chí miễn đơn vị khỏi mục ${a.notAssigned} (\`exempt\`), nên mục này không được chấm; hãy xóa dòng này, hoặc bỏ đơn vị khỏi \`exempt\`.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the set exempts the unit from ${a.notAssigned} (\`exempt\`), so the item is not scored; delete the row, or take the unit out of \`exempt\`.`,
    }),
    'score-nothing-assessed': defineRule<{ unit: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Đơn vị mà mọi mục đều không giao (N/A hoặc `exempt`) hay thuộc phần tùy chọn không thực hiện.',
                en: 'A unit every item of which is not assigned (N/A or `exempt`) or in an optional part not run.',
            },
            why: {
                vi: 'Không còn điểm tối đa nào thì không có chỉ số; đơn vị bị xếp cuối với 0% thay vì được báo.',
                en: 'With no max left there is no index; the unit would be ranked last at 0% instead of being reported.',
            },
            fix: {
                vi: 'Sửa các dòng N/A (thường là một dòng N/A trên mục sai), hoặc bỏ đơn vị khỏi kết quả nếu bộ tiêu chí không đánh giá đơn vị này.',
                en: 'Correct the N/A rows (often one N/A on the wrong item), or drop the unit from the results if the set does not assess it.',
            },
        },
        vi: a => `Đơn vị ${a.unit}: mọi mục đều không giao (N/A hoặc \`exempt\`) hay thuộc phần tùy chọn không thực hiện, nên không còn gì để chấm và không tính được chỉ số.`,
        en: a => `Unit ${a.unit}: every item is not assigned (N/A or \`exempt\`) or in an optional part not run, so nothing is left to score and there is no index.`,
    }),
    'score-not-assigned-item': defineRule<{ unit: Arg; item: Arg; notAssigned: Arg; line: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Kết quả chấm cho một mục nằm trong mục đã ghi N/A (không giao) cho cùng đơn vị.',
                en: 'A score for an item inside one marked N/A (not assigned) for the same unit.',
            },
            why: {
                vi: 'Hai dòng nói ngược nhau: một dòng loại mục khỏi điểm tối đa của đơn vị, dòng kia chấm nó.',
                en: 'The two rows contradict each other: one leaves the item out of the unit\'s max, the other scores it.',
            },
            fix: { vi: 'Giữ một trong hai dòng.', en: 'Keep one of the two rows.' },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: dòng ${a.line} ghi mục ${a.notAssigned} là N/A (không giao cho đơn vị), nhưng dòng này lại chấm điểm; hãy giữ một trong hai dòng.`,
        en: a => `Unit ${a.unit}, item ${a.item}: line ${a.line} marks ${a.notAssigned} N/A (not assigned to the unit), yet this row scores it; keep one of the two rows.`,
    }),
    'tasks-unit': defineRule<{ given: Arg; units: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: '`chiso tasks` không biết lập bảng nhiệm vụ cho đơn vị nào: `--unit` thiếu khi kết quả có nhiều đơn vị, hoặc nêu đơn vị không có trong kết quả.',
                en: '`chiso tasks` does not know which unit to list tasks for: `--unit` missing while the results hold several units, or naming a unit the results do not hold.',
            },
            why: { vi: 'Bảng nhiệm vụ lập cho một đơn vị, từ điểm mà đơn vị đó bị mất.', en: 'A task table is one unit\'s, made from the points that unit lost.' },
            fix: { vi: 'Chọn một trong các đơn vị được liệt kê bằng `--unit`.', en: 'Choose one of the units listed with `--unit`.' },
        },
        vi: a => `${a.given ? `Kết quả không có đơn vị ${a.given}` : 'Kết quả có nhiều đơn vị'}; hãy chọn một bằng --unit: ${a.units}.`,
        en: a => `${a.given ? `The results hold no unit ${a.given}` : 'The results hold several units'}; choose one with --unit: ${a.units}.`,
    }),
    'tasks-previous-unit': defineRule<{ file: Arg; unit: Arg; units: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Kết quả năm trước đưa cho `chiso tasks --previous` không có đơn vị đang lập bảng nhiệm vụ.',
                en: 'The year before\'s results given to `chiso tasks --previous` do not hold the unit the task table is for.',
            },
            why: { vi: 'Thay đổi so với năm trước chỉ tính được trên cùng một đơn vị.', en: 'A change against the year before is only the same unit\'s.' },
            fix: { vi: 'Đưa vào tệp kết quả năm trước của đơn vị này, với cùng mã đơn vị.', en: 'Give the unit\'s results of the year before, under the same unit id.' },
        },
        vi: a => `Kết quả năm trước ${a.file} không có đơn vị ${a.unit}; các đơn vị trong tệp: ${a.units}.`,
        en: a => `The year before's results ${a.file} hold no unit ${a.unit}; the file's units: ${a.units}.`,
    }),
    'compare-unit': defineRule<{ unit: Arg; units: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: '`chiso compare --unit` nêu một đơn vị không có trong kết quả năm trước lẫn năm nay.',
                en: '`chiso compare --unit` naming a unit neither year\'s results hold.',
            },
            why: { vi: 'So sánh qua hai năm chỉ lập được cho đơn vị đã được chấm ít nhất một năm.', en: 'A unit can be compared across the years only when it was scored in at least one of them.' },
            fix: { vi: 'Chọn một trong các đơn vị được liệt kê bằng `--unit`, hoặc bỏ `--unit` để so sánh mọi đơn vị.', en: 'Choose one of the units listed with `--unit`, or leave `--unit` out to compare every unit.' },
        },
        vi: a => `Kết quả năm trước và năm nay đều không có đơn vị ${a.unit}; hãy chọn một bằng --unit: ${a.units}.`,
        en: a => `Neither year's results hold a unit ${a.unit}; choose one with --unit: ${a.units}.`,
    }),
    'score-missing-input': defineRule<{ unit: Arg; item: Arg; input: Arg; rule: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Kết quả thiếu dữ liệu quy tắc chấm cần: giá trị, đầu vào của công thức.',
                en: 'A result lacking what the item\'s rule needs: a value, a formula input.',
            },
            why: WHY_SCORE,
            fix: { vi: 'Điền cột được nêu.', en: 'Fill in the column named.' },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: thiếu ${a.input} (cần cho quy tắc chấm điểm ${a.rule}).`,
        en: a => `Unit ${a.unit}, item ${a.item}: ${a.input} is missing (the ${a.rule} rule needs it).`,
    }),
    'score-bad-value': defineRule<{ unit: Arg; item: Arg; value: Arg; expected: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Giá trị quy tắc chấm không đọc được: không phải tỷ lệ phần trăm, số nguyên, hay số.',
                en: 'A value the item\'s rule cannot read: not a percentage, a whole count, a number.',
            },
            why: WHY_SCORE,
            fix: { vi: 'Viết giá trị đúng như thông báo yêu cầu (`85%`, `3`, `0,5`).', en: 'Write the value as the message expects (`85%`, `3`, `0,5`).' },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: giá trị “${a.value}” không hợp lệ; cần ${a.expected}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: “${a.value}” is not valid; expected ${a.expected}.`,
    }),
    'score-above-max': defineRule<{ unit: Arg; item: Arg; points: Arg; max: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Điểm vượt điểm tối đa của mục.', en: 'A score above the item\'s max.' },
            why: WHY_SCORE,
            fix: {
                vi: 'Đối chiếu điểm với biên bản thẩm định của đơn vị và sửa ô `score` trong tệp kết quả; điểm của một mục không vượt quá điểm tối đa của mục đó trong bộ tiêu chí (`max`).',
                en: 'Check the score against the unit\'s appraisal record and correct its `score` cell in the results file; an item\'s points never exceed its max in the set (`max`).',
            },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: ${a.points} điểm vượt điểm tối đa ${a.max}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: ${en(a.points, 'point')} ${a.points === '1' ? 'exceeds' : 'exceed'} the max of ${a.max}.`,
    }),
    'score-below-min': defineRule<{ unit: Arg; item: Arg; points: Arg; min: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Điểm thấp hơn điểm tối thiểu của mục.', en: 'A score below the item\'s min.' },
            why: WHY_SCORE,
            fix: {
                vi: 'Đối chiếu điểm với biên bản thẩm định của đơn vị và sửa ô `score` trong tệp kết quả; điểm của một mục không thấp hơn điểm tối thiểu của mục đó (`min`).',
                en: 'Check the score against the unit\'s appraisal record and correct its `score` cell in the results file; an item\'s points are never below its minimum (`min`).',
            },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: ${a.points} điểm thấp hơn điểm tối thiểu ${a.min}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: ${en(a.points, 'point')} ${a.points === '1' ? 'is' : 'are'} below the minimum of ${a.min}.`,
    }),
    'score-unknown-option': defineRule<{ unit: Arg; item: Arg; value: Arg; options: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Giá trị không trùng phương án nào của quy tắc `choice`.', en: 'A value naming no option of the item\'s `choice` rule.' },
            why: WHY_SCORE,
            fix: { vi: 'Viết một trong các phương án được liệt kê trong thông báo.', en: 'Write one of the options listed in the message.' },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: không có phương án “${a.value}”; các phương án: ${a.options}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: no option “${a.value}”; the options are: ${a.options}.`,
    }),
    'score-no-band': defineRule<{ unit: Arg; item: Arg; value: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Giá trị không thuộc khung điểm nào của quy tắc.', en: 'A value no band of the item\'s rule matches.' },
            why: WHY_SCORE,
            fix: {
                vi: 'Kiểm tra giá trị; nếu đúng, các khung điểm của bộ tiêu chí bị hở (`chiso check` báo là `chiso/band-gap`).',
                en: 'Check the value; if it is right, the set\'s bands leave a gap (`chiso check` reports it as `chiso/band-gap`).',
            },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: giá trị ${a.value} không thuộc khung điểm nào.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the value ${a.value} matches no band.`,
    }),
    'score-constraint': defineRule<{ unit: Arg; item: Arg; constraint: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Các đầu vào của công thức vi phạm ràng buộc `where`.', en: 'Formula inputs that break its `where` constraint.' },
            why: WHY_SCORE,
            fix: {
                vi: 'Kiểm tra số liệu của đơn vị (số câu hài lòng nhiều hơn số câu trả lời là gõ nhầm).',
                en: 'Check the unit\'s figures (more satisfied answers than answers is a typing slip).',
            },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: các đầu vào không thỏa ràng buộc ${a.constraint}.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the inputs break the constraint ${a.constraint}.`,
    }),
    'score-division-by-zero': defineRule<{ unit: Arg; item: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Các đầu vào làm công thức chia cho 0.', en: 'Inputs that make the formula divide by zero.' },
            why: WHY_SCORE,
            fix: {
                vi: 'Kiểm tra số liệu của đơn vị; trong bộ tiêu chí, khai báo `min 1` cho đầu vào ở số chia.',
                en: 'Check the unit\'s figures; in the set, declare `min 1` on the divisor\'s input.',
            },
        },
        vi: a => `Đơn vị ${a.unit}, mục ${a.item}: công thức chia cho 0 với các đầu vào đã cho.`,
        en: a => `Unit ${a.unit}, item ${a.item}: the formula divides by zero with these inputs.`,
    }),
};
