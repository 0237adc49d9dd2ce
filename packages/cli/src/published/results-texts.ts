/** The words of the published results (`chiso score --format html|docx|xlsx`): headings, columns, sheet names. */
import { defineText, renderText, type Arg, type ArgList, type ArgsOf, type Lang } from '@chiso/language/i18n';

export const RESULTS_TEXTS = {
    'results-heading': defineText()({ vi: () => `Kết quả xác định Chỉ số cải cách hành chính`, en: () => `Administrative reform index results` }),
    'results-ranking': defineText()({ vi: () => `Bảng xếp hạng`, en: () => `Ranking` }),
    'results-unranked': defineText()({ vi: () => `Không xếp hạng`, en: () => `Not ranked` }),
    'results-sub-indices': defineText()({ vi: () => `Chỉ số thành phần theo lĩnh vực (%)`, en: () => `Sub-indices by domain (%)` }),
    'results-chart': defineText()({ vi: () => `Biểu đồ chỉ số thành phần theo lĩnh vực`, en: () => `Chart of the sub-indices by domain` }),
    'results-annexes': defineText()({ vi: () => `Kết quả chấm điểm của từng đơn vị`, en: () => `Each unit's scores` }),
    'results-unit-annex': defineText<{ unit: Arg }>()({ vi: a => `Kết quả chấm điểm: ${a.unit}`, en: a => `Scores: ${a.unit}` }),
    // The line a unit's annex ends with, as the decisions print it: "Chỉ số CCHC: 87,65%".
    'results-index-line': defineText<{ index: Arg }>()({ vi: a => `Chỉ số CCHC: ${a.index}%`, en: a => `PAR Index: ${a.index}%` }),
    'results-column-number': defineText()({ vi: () => `STT`, en: () => `No.` }),
    'results-column-unit': defineText()({ vi: () => `Đơn vị`, en: () => `Unit` }),
    'results-column-appraisal': defineText()({ vi: () => `Thẩm định`, en: () => `Appraisal` }),
    'results-column-survey': defineText()({ vi: () => `ĐTXHH`, en: () => `Survey` }),
    'results-column-specialist': defineText()({ vi: () => `Phòng chuyên môn`, en: () => `Specialist offices` }),
    'results-column-deductions': defineText()({ vi: () => `Điểm trừ`, en: () => `Deductions` }),
    'results-column-total': defineText()({ vi: () => `Tổng điểm`, en: () => `Total` }),
    'results-column-index': defineText()({ vi: () => `Chỉ số %`, en: () => `Index %` }),
    'results-column-rank': defineText()({ vi: () => `Xếp hạng`, en: () => `Rank` }),
    'results-column-class': defineText()({ vi: () => `Xếp loại`, en: () => `Class` }),
    'results-column-max': defineText()({ vi: () => `Điểm tối đa`, en: () => `Max points` }),
    'results-column-achieved': defineText()({ vi: () => `Điểm đạt được`, en: () => `Achieved` }),
    'results-sheet-ranking': defineText()({ vi: () => `Xếp hạng`, en: () => `Ranking` }),
    'results-sheet-sub-indices': defineText()({ vi: () => `Chỉ số thành phần`, en: () => `Sub-indices` }),
};

export type ResultsTextCode = keyof typeof RESULTS_TEXTS;
/** The texts without arguments: headings, columns, sheet names. */
export type PlainTextCode = Exclude<ResultsTextCode, 'results-unit-annex' | 'results-index-line'>;

export function renderResultsText<C extends ResultsTextCode>(lang: Lang, code: C, ...[args]: ArgList<ArgsOf<(typeof RESULTS_TEXTS)[C]>>): string {
    return renderText(RESULTS_TEXTS[code], lang, args);
}
