/** The words of `chiso tasks`' table: headings, the per-domain line the plans write, and the columns. */
import type { SourceKind } from '@chiso/language';
import { defineText, en, renderText, type Arg, type ArgList, type ArgsOf, type Lang } from '@chiso/language/i18n';

export const TASK_TEXTS = {
    'tasks-heading': defineText<{ unit: Arg }>()({
        vi: a => `Nhiệm vụ khắc phục các tiêu chí mất điểm: ${a.unit}`,
        en: a => `Tasks for the points lost: ${a.unit}`,
    }),
    // A part per source, "tổng điểm tối đa đánh giá là 70 điểm, … còn 63 điểm, mất 7 điểm" (Kế hoạch 119/KH-UBND Tỉnh Biên 2017).
    'tasks-part-appraisal': defineText<{ max: Arg; achieved: Arg; lost: Arg }>()({
        vi: a => `Điểm thẩm định (tối đa ${a.max} điểm): thẩm định ${a.achieved} điểm, mất ${a.lost} điểm`,
        en: a => `Appraisal (max ${en(a.max, 'point')}): appraised at ${en(a.achieved, 'point')}, ${en(a.lost, 'point')} lost`,
    }),
    'tasks-part-survey': defineText<{ max: Arg; achieved: Arg; lost: Arg }>()({
        vi: a => `Điểm điều tra xã hội học (tối đa ${a.max} điểm): đạt ${a.achieved} điểm, mất ${a.lost} điểm`,
        en: a => `Survey (max ${en(a.max, 'point')}): ${en(a.achieved, 'point')}, ${en(a.lost, 'point')} lost`,
    }),
    'tasks-part-specialist': defineText<{ max: Arg; achieved: Arg; lost: Arg }>()({
        vi: a => `Điểm chuyên gia chấm (tối đa ${a.max} điểm): đạt ${a.achieved} điểm, mất ${a.lost} điểm`,
        en: a => `Specialist assessment (max ${en(a.max, 'point')}): ${en(a.achieved, 'point')}, ${en(a.lost, 'point')} lost`,
    }),
    // "Công tác chỉ đạo điều hành (tổng điểm 36 điểm): Sở Nội vụ thẩm định 33 điểm, mất 3 điểm".
    'tasks-domain': defineText<{ source: SourceKind; code: Arg; title: Arg; max: Arg; achieved: Arg; lost: Arg }>()({
        vi: a => `${a.code}. ${a.title} (tổng điểm ${a.max} điểm): ${a.source === 'appraisal' ? 'thẩm định' : 'đạt'} ${a.achieved} điểm, mất ${a.lost} điểm`,
        en: a => `${a.code}. ${a.title} (${en(a.max, 'point')} in all): ${a.source === 'appraisal' ? 'appraised at ' : ''}${en(a.achieved, 'point')}, ${en(a.lost, 'point')} lost`,
    }),
    'tasks-none': defineText()({
        vi: () => `Không mất điểm ở mục nào.`,
        en: () => `No points lost on any item.`,
    }),
    'tasks-sheet': defineText()({ vi: () => `Nhiệm vụ`, en: () => `Tasks` }),
    // The change against the year before: "Năm trước mất 2 điểm (+1)".
    'tasks-change': defineText<{ previous: Arg; change: Arg }>()({
        vi: a => `Năm trước mất ${a.previous} điểm (${a.change})`,
        en: a => `${a.previous} lost the year before (${a.change})`,
    }),
    // An item re-coded since the year before: "2.3 (năm trước 1.3) Kiểm tra …".
    'tasks-item-recoded': defineText<{ code: Arg; was: Arg; title: Arg }>()({
        vi: a => `${a.code} (năm trước ${a.was}) ${a.title}`,
        en: a => `${a.code} (${a.was} the year before) ${a.title}`,
    }),
    'tasks-new-item': defineText()({ vi: () => `Mục mới năm nay`, en: () => `New this year` }),
    // After a domain's heading: "…, mất 3 điểm; năm trước mất 5 điểm (−2)".
    'tasks-domain-change': defineText<{ previous: Arg; change: Arg }>()({
        vi: a => `; năm trước mất ${a.previous} điểm (${a.change})`,
        en: a => `; ${a.previous} lost the year before (${a.change})`,
    }),
    'tasks-regained': defineText()({
        vi: () => `Các mục năm trước mất điểm, năm nay đạt tối đa`,
        en: () => `Items that lost points the year before and are at their max this year`,
    }),
    'tasks-column-previous-lost': defineText()({ vi: () => `Năm trước mất`, en: () => `Lost the year before` }),
    'tasks-column-previous': defineText()({ vi: () => `So với năm trước`, en: () => `Against the year before` }),
    'tasks-column-number': defineText()({ vi: () => `STT`, en: () => `No.` }),
    'tasks-column-item': defineText()({ vi: () => `Tiêu chí, tiêu chí thành phần`, en: () => `Criterion or component` }),
    'tasks-column-lost': defineText()({ vi: () => `Điểm mất`, en: () => `Points lost` }),
    'tasks-column-lead': defineText()({ vi: () => `Cơ quan thực hiện`, en: () => `Lead agency` }),
    'tasks-column-coordinating': defineText()({ vi: () => `Cơ quan phối hợp`, en: () => `Coordinating agencies` }),
    'tasks-column-evidence': defineText()({ vi: () => `Kết quả (tài liệu kiểm chứng)`, en: () => `Evidence` }),
    'tasks-column-requirement': defineText()({ vi: () => `Yêu cầu`, en: () => `Requirement` }),
    'tasks-column-deadline': defineText()({ vi: () => `Thời hạn`, en: () => `Deadline` }),
};

export type TaskTextCode = keyof typeof TASK_TEXTS;

export function renderTaskText<C extends TaskTextCode>(lang: Lang, code: C, ...[args]: ArgList<ArgsOf<(typeof TASK_TEXTS)[C]>>): string {
    return renderText(TASK_TEXTS[code], lang, args);
}
