/** Sentences of `chiso diff`, written for the appraisal council. */
import { defineText, renderText, type Arg, type ArgList, type ArgsOf, type Lang } from '@chiso/language/i18n';

export const DIFF_TEXTS = {
    'title': defineText<{ before: Arg; after: Arg }>()({ vi: a => `Thay đổi từ ${a.before} sang ${a.after}`, en: a => `Changes from ${a.before} to ${a.after}` }),
    'none': defineText()({ vi: () => `Không có thay đổi.`, en: () => `No changes.` }),
    'added': defineText<{ item: Arg; title: Arg; points: Arg }>()({ vi: a => `Thêm ${a.item} “${a.title}” (${a.points} điểm).`, en: a => `Added ${a.item} “${a.title}” (${a.points} ${a.points === '1' ? 'point' : 'points'}).` }),
    'removed': defineText<{ item: Arg; title: Arg; points: Arg }>()({ vi: a => `Bỏ ${a.item} “${a.title}” (${a.points} điểm).`, en: a => `Removed ${a.item} “${a.title}” (${a.points} ${a.points === '1' ? 'point' : 'points'}).` }),
    'renamed': defineText<{ Item: Arg; from: Arg; to: Arg }>()({ vi: a => `${a.Item}: đổi tên từ “${a.from}” thành “${a.to}”.`, en: a => `${a.Item}: renamed from “${a.from}” to “${a.to}”.` }),
    'moved': defineText<{ Item: Arg; title: Arg; from: Arg; to: Arg }>()({ vi: a => `${a.Item} “${a.title}”: chuyển từ mã ${a.from} sang ${a.to}.`, en: a => `${a.Item} “${a.title}”: moved from code ${a.from} to ${a.to}.` }),
    'max-up': defineText<{ Item: Arg; from: Arg; to: Arg }>()({ vi: a => `${a.Item}: tăng từ ${a.from} lên ${a.to} điểm.`, en: a => `${a.Item}: raised from ${a.from} to ${a.to} ${a.to === '1' ? 'point' : 'points'}.` }),
    'max-down': defineText<{ Item: Arg; from: Arg; to: Arg }>()({ vi: a => `${a.Item}: giảm từ ${a.from} xuống ${a.to} điểm.`, en: a => `${a.Item}: lowered from ${a.from} to ${a.to} ${a.to === '1' ? 'point' : 'points'}.` }),
    'source': defineText<{ Item: Arg; from: Arg; to: Arg }>()({ vi: a => `${a.Item}: chuyển nguồn điểm từ ${a.from} sang ${a.to}.`, en: a => `${a.Item}: source changed from ${a.from} to ${a.to}.` }),
    'scoring': defineText<{ Item: Arg; from: Arg; to: Arg }>()({ vi: a => `${a.Item}: thay đổi cách chấm điểm: ${a.from} → ${a.to}.`, en: a => `${a.Item}: scoring changed: ${a.from} → ${a.to}.` }),
    'exempt-added': defineText<{ Item: Arg; units: Arg }>()({ vi: a => `${a.Item}: không giao cho ${a.units}.`, en: a => `${a.Item}: no longer assigned to ${a.units} (exempt).` }),
    'exempt-removed': defineText<{ Item: Arg; units: Arg }>()({ vi: a => `${a.Item}: giao lại cho ${a.units}.`, en: a => `${a.Item}: assigned again to ${a.units}.` }),
    'set-total': defineText<{ from: Arg; to: Arg }>()({ vi: a => `Tổng điểm: ${a.from} → ${a.to}.`, en: a => `Total: ${a.from} → ${a.to}.` }),
    'set-split': defineText<{ from: Arg; to: Arg }>()({ vi: a => `Cơ cấu điểm theo nguồn: ${a.from} → ${a.to}.`, en: a => `Split by source: ${a.from} → ${a.to}.` }),
    'set-counts': defineText<{ from: Arg; to: Arg }>()({ vi: a => `Số lượng khai báo (lĩnh vực / tiêu chí / tiêu chí thành phần): ${a.from} → ${a.to}.`, en: a => `Declared counts (domains / criteria / components): ${a.from} → ${a.to}.` }),
    'set-classes': defineText<{ from: Arg; to: Arg }>()({ vi: a => `Xếp loại: ${a.from} → ${a.to}.`, en: a => `Classes: ${a.from} → ${a.to}.` }),
    'set-rounding': defineText<{ from: Arg; to: Arg }>()({ vi: a => `Số chữ số thập phân của chỉ số công bố: ${a.from} → ${a.to}.`, en: a => `Decimal places of the published index: ${a.from} → ${a.to}.` }),
    'nothing': defineText()({ vi: () => `(không có)`, en: () => `(none)` }),
    'set-title': defineText<{ from: Arg; to: Arg }>()({ vi: a => `Tên bộ tiêu chí: “${a.from}” → “${a.to}”.`, en: a => `Title: “${a.from}” → “${a.to}”.` }),
    'set-year': defineText<{ from: Arg; to: Arg }>()({ vi: a => `Năm đánh giá: ${a.from} → ${a.to}.`, en: a => `Year: ${a.from} → ${a.to}.` }),
    'set-level': defineText<{ from: Arg; to: Arg }>()({ vi: a => `Cấp áp dụng: ${a.from} → ${a.to}.`, en: a => `Level: ${a.from} → ${a.to}.` }),
    'set-decision': defineText<{ from: Arg; to: Arg }>()({ vi: a => `Quyết định ban hành: ${a.from} → ${a.to}.`, en: a => `Decision: ${a.from} → ${a.to}.` }),
    'set-replaces': defineText<{ from: Arg; to: Arg }>()({ vi: a => `Thay thế quyết định: ${a.from} → ${a.to}.`, en: a => `Replaces: ${a.from} → ${a.to}.` }),
    'decision': defineText<{ number: Arg; date?: Arg }>()({ vi: a => `số ${a.number}${a.date ? ` ngày ${a.date}` : ''}`, en: a => `${a.number}${a.date ? ` of ${a.date}` : ''}` }),
    'optional': defineText()({ vi: () => `(không bắt buộc)`, en: () => `(optional)` }),
    'including-deductions': defineText()({ vi: () => `(tính cả điểm trừ)`, en: () => `(including deductions)` }),
    'level-department': defineText()({ vi: () => `cấp sở`, en: () => `department` }),
    'level-district': defineText()({ vi: () => `cấp huyện`, en: () => `district` }),
    'level-commune': defineText()({ vi: () => `cấp xã`, en: () => `commune` }),
    'level-ministry': defineText()({ vi: () => `cấp bộ`, en: () => `ministry` }),
    'level-province': defineText()({ vi: () => `cấp tỉnh`, en: () => `province` }),
    'level-other': defineText()({ vi: () => `cấp khác`, en: () => `other` }),
    'not-adding-up': defineText<{ after: Arg; list: Arg }>()({
        vi: a => `Cảnh báo: ${a.after} chưa khớp điểm, các thay đổi dưới đây so với một bản nháp: ${a.list}.`,
        en: a => `Warning: ${a.after} does not add up, so the changes below compare with a draft: ${a.list}.`,
    }),
    'sum-total': defineText<{ sum: Arg; max: Arg }>()({ vi: a => `các lĩnh vực cộng lại ${a.sum}, không phải tổng điểm ${a.max}`, en: a => `the domains add up to ${a.sum}, not the total of ${a.max}` }),
    'sum-item': defineText<{ item: Arg; sum: Arg; max: Arg }>()({ vi: a => `${a.item}: các mục con cộng lại ${a.sum}, không phải ${a.max}`, en: a => `${a.item}: its children add up to ${a.sum}, not ${a.max}` }),
    'sum-deductions': defineText<{ title: Arg; sum: Arg; max: Arg }>()({ vi: a => `nhóm điểm trừ “${a.title}”: các tiêu chí cộng lại ${a.sum}, dưới mức tối đa ${a.max}`, en: a => `deduction group “${a.title}”: its items add up to ${a.sum}, below its max of ${a.max}` }),
};

export type DiffTextCode = keyof typeof DIFF_TEXTS;

export function renderDiffText<C extends DiffTextCode>(lang: Lang, code: C, ...[args]: ArgList<ArgsOf<(typeof DIFF_TEXTS)[C]>>): string {
    return renderText(DIFF_TEXTS[code], lang, args);
}
