/** The words of `chiso differences`' report ("Bảng chênh lệch tự chấm / thẩm định"). */
import { defineText, renderText, type Arg, type ArgList, type ArgsOf, type Lang } from '@chiso/language/i18n';

export const DIFFERENCE_TEXTS = {
    'differences-heading': defineText()({
        vi: () => `Bảng chênh lệch tự chấm / thẩm định`,
        en: () => `Self-assessment / appraisal differences`,
    }),
    'differences-unit': defineText<{ unit: Arg; count: Arg }>()({
        vi: a => `Đơn vị ${a.unit}: ${a.count} mục chênh lệch`,
        en: a => `Unit ${a.unit}: ${a.count === '1' ? '1 item differs' : `${a.count} items differ`}`,
    }),
    'differences-none': defineText()({
        vi: () => `Điểm thẩm định trùng với điểm tự chấm ở mọi mục.`,
        en: () => `The appraisal agrees with the self-assessment on every item.`,
    }),
    'differences-sheet': defineText()({ vi: () => `Chênh lệch`, en: () => `Differences` }),
    'differences-column-number': defineText()({ vi: () => `STT`, en: () => `No.` }),
    'differences-column-code': defineText()({ vi: () => `Mã`, en: () => `Code` }),
    'differences-column-item': defineText()({ vi: () => `Tiêu chí, tiêu chí thành phần`, en: () => `Criterion or component` }),
    'differences-column-max': defineText()({ vi: () => `Điểm tối đa`, en: () => `Max points` }),
    'differences-column-self': defineText()({ vi: () => `Tự chấm`, en: () => `Self-assessment` }),
    'differences-column-appraisal1': defineText()({ vi: () => `Thẩm định lần 1`, en: () => `Appraisal round 1` }),
    'differences-column-explanation': defineText()({ vi: () => `Giải trình`, en: () => `Explanation` }),
    'differences-column-final': defineText()({ vi: () => `Thẩm định cuối`, en: () => `Final appraisal` }),
    'differences-column-difference': defineText()({ vi: () => `Chênh lệch`, en: () => `Difference` }),
};

export type DifferenceTextCode = keyof typeof DIFFERENCE_TEXTS;

export function renderDifferenceText<C extends DifferenceTextCode>(lang: Lang, code: C, ...[args]: ArgList<ArgsOf<(typeof DIFFERENCE_TEXTS)[C]>>): string {
    return renderText(DIFFERENCE_TEXTS[code], lang, args);
}
