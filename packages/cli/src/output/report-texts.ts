/** The closing line of `chiso check` (the count of findings), and `chiso score`'s progress line and report words. */
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
    // `chiso score`'s text report: a rank as k/N, the class, and the heading of the units not ranked.
    'score-rank': defineText<{ rank: Arg; of: Arg }>()({
        vi: a => `Xếp hạng ${a.rank}/${a.of}`,
        en: a => `Rank ${a.rank}/${a.of}`,
    }),
    'score-class': defineText<{ title: Arg }>()({
        vi: a => `Xếp loại ${a.title}`,
        en: a => `Class ${a.title}`,
    }),
    'score-unclassified': defineText()({
        vi: () => 'Không xếp loại',
        en: () => 'Unclassified',
    }),
    'score-unranked-units': defineText<{ count: Arg }>()({
        vi: a => `Đơn vị không xếp hạng (${a.count}):`,
        en: a => `Units not ranked (${a.count}):`,
    }),
};

export type ReportTextCode = keyof typeof REPORT_TEXTS;

export function renderReportText<C extends ReportTextCode>(lang: Lang, code: C, ...[args]: ArgList<ArgsOf<(typeof REPORT_TEXTS)[C]>>): string {
    return renderText(REPORT_TEXTS[code], lang, args);
}
