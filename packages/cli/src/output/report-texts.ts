/** The closing line of `chiso check` (the count of findings), and `chiso score`'s progress line. */
import { defineText, en, renderText, type Arg, type ArgList, type ArgsOf, type Lang } from '@chiso/language/i18n';

export const REPORT_TEXTS = {
    'checked': defineText<{ files: Arg; errors: Arg; warnings: Arg; notes: Arg; hidden: Arg }>()({
        vi: a => `Đã kiểm tra ${a.files} tệp: ${a.errors} lỗi, ${a.warnings} cảnh báo, ${a.notes} ghi chú${a.hidden === 'yes' ? ' (--notes liệt kê các ghi chú)' : ''}.`,
        en: a => `Checked ${en(a.files, 'file')}: ${en(a.errors, 'error')}, ${en(a.warnings, 'warning')}, ${en(a.notes, 'note')}${a.hidden === 'yes' ? ' (--notes lists them)' : ''}.`,
    }),
    // After a finding in a unit's form: where in the workbook (the line and column are its row and column number).
    'workbook-place': defineText<{ sheet: Arg; cell: Arg }>()({
        vi: a => `(trang “${a.sheet}”, ô ${a.cell})`,
        en: a => `(sheet “${a.sheet}”, cell ${a.cell})`,
    }),
    // The status line of a long `chiso score` on a terminal (stderr), redrawn in place.
    'scoring-progress': defineText<{ done: Arg; total: Arg }>()({
        vi: a => `Đang chấm điểm: ${a.done}/${a.total} đơn vị`,
        en: a => `Scoring: ${a.done}/${en(a.total, 'unit')}`,
    }),
};

export type ReportTextCode = keyof typeof REPORT_TEXTS;

export function renderReportText<C extends ReportTextCode>(lang: Lang, code: C, ...[args]: ArgList<ArgsOf<(typeof REPORT_TEXTS)[C]>>): string {
    return renderText(REPORT_TEXTS[code], lang, args);
}
