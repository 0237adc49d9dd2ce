/** Words used inside messages: item kinds, source kinds, count levels, scopes. */
import type { Lang } from './texts.js';

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
    // A set's classes in the outline.
    classes: { vi: 'Xếp loại', en: 'Classes' },
    notRanked: { vi: 'không xếp hạng', en: 'not ranked' },
    index: { vi: 'Chỉ số', en: 'Index' },
    total: { vi: 'Tổng điểm', en: 'Total' },
    lostPoints: { vi: 'Điểm bị mất', en: 'Points lost' },
    notAssigned: { vi: 'Không giao (không tính vào điểm tối đa)', en: 'Not assigned (left out of the max)' },
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

export type WordKey = keyof typeof WORDS;

export function word(lang: Lang, key: WordKey): string {
    return WORDS[key][lang];
}
