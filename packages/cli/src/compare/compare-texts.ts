/** The words of `chiso compare`: headings, the units table's columns, and the lines of items that moved. */
import { defineText, en, renderText, type Arg, type ArgList, type ArgsOf, type Lang } from '@chiso/language/i18n';

export const COMPARE_TEXTS = {
    'compare-title': defineText<{ before: Arg; after: Arg }>()({
        vi: a => `So sánh kết quả năm trước (${a.before}) và năm nay (${a.after})`,
        en: a => `Last year (${a.before}) against this year (${a.after})`,
    }),
    'compare-units': defineText()({ vi: () => `Chỉ số và xếp hạng`, en: () => `Index and rank` }),
    'compare-column-unit': defineText()({ vi: () => `Đơn vị`, en: () => `Unit` }),
    'compare-column-index-before': defineText()({ vi: () => `Chỉ số năm trước`, en: () => `Index last year` }),
    'compare-column-rank-before': defineText()({ vi: () => `Xếp hạng năm trước`, en: () => `Rank last year` }),
    'compare-column-index-after': defineText()({ vi: () => `Chỉ số năm nay`, en: () => `Index this year` }),
    'compare-column-rank-after': defineText()({ vi: () => `Xếp hạng năm nay`, en: () => `Rank this year` }),
    'compare-column-index-change': defineText()({ vi: () => `Chỉ số tăng, giảm`, en: () => `Index change` }),
    'compare-column-rank-change': defineText()({ vi: () => `Xếp hạng tăng, giảm`, en: () => `Rank change` }),
    'compare-only-after': defineText()({ vi: () => `chỉ có năm nay`, en: () => `this year only` }),
    'compare-only-before': defineText()({ vi: () => `chỉ có năm trước`, en: () => `last year only` }),
    'compare-rank-up': defineText<{ places: Arg }>()({ vi: a => `lên ${a.places} bậc`, en: a => `up ${a.places}` }),
    'compare-rank-down': defineText<{ places: Arg }>()({ vi: a => `xuống ${a.places} bậc`, en: a => `down ${a.places}` }),
    'compare-rank-same': defineText()({ vi: () => `giữ nguyên`, en: () => `unchanged` }),
    'compare-overall': defineText()({
        vi: () => `Các mục thay đổi nhiều nhất, bình quân mỗi đơn vị`,
        en: () => `The items that moved most, as a mean per unit`,
    }),
    'compare-unit-moves': defineText<{ unit: Arg }>()({ vi: a => `${a.unit}: các mục thay đổi nhiều nhất`, en: a => `${a.unit}: the items that moved most` }),
    'compare-up': defineText()({ vi: () => `Tăng nhiều nhất`, en: () => `Largest gains` }),
    'compare-down': defineText()({ vi: () => `Giảm nhiều nhất`, en: () => `Largest losses` }),
    'compare-added': defineText()({ vi: () => `Mục mới năm nay`, en: () => `Items new this year` }),
    'compare-removed': defineText()({ vi: () => `Mục năm trước, năm nay không còn`, en: () => `Last year's items gone this year` }),
    'compare-none': defineText()({ vi: () => `(không có)`, en: () => `(none)` }),
    // An item whose code changed names last year's: "1.6 (năm trước 1.5) …".
    'compare-item': defineText<{ code: Arg; was: Arg; title: Arg }>()({
        vi: a => `${a.code}${a.was ? ` (năm trước ${a.was})` : ''} ${a.title}`,
        en: a => `${a.code}${a.was ? ` (last year ${a.was})` : ''} ${a.title}`,
    }),
    // "1 / 2 điểm → 3 / 3 điểm: +1,5 điểm".
    'compare-move': defineText<{ before: Arg; after: Arg; change: Arg; rescaled: 'yes' | 'no' }>()({
        vi: a => `${a.before} → ${a.after}: ${a.change} điểm${a.rescaled === 'yes' ? ' (theo tỷ lệ trên điểm tối đa, tính bằng điểm tối đa năm nay)' : ''}`,
        en: a => `${a.before} → ${a.after}: ${a.change} ${/^[+−]?1$/.test(a.change) ? 'point' : 'points'}${a.rescaled === 'yes' ? ' (as a share of the max, counted at this year\'s max)' : ''}`,
    }),
    'compare-mean-move': defineText<{ change: Arg; units: Arg }>()({
        vi: a => `${a.change} điểm (bình quân ${a.units} đơn vị)`,
        en: a => `${a.change} ${/^[+−]?1$/.test(a.change) ? 'point' : 'points'} (mean of ${a.units} ${a.units === '1' ? 'unit' : 'units'})`,
    }),
    'compare-points': defineText<{ achieved: Arg; max: Arg }>()({ vi: a => `${a.achieved} / ${a.max} điểm`, en: a => `${a.achieved} / ${en(a.max, 'point')}` }),
    'compare-max': defineText<{ max: Arg }>()({ vi: a => `tối đa ${a.max} điểm`, en: a => `max ${en(a.max, 'point')}` }),
    // The items sheet of the XLSX: a row per item listed, under its unit (or the mean over units) and its list.
    'compare-column-list': defineText()({ vi: () => `Nhóm`, en: () => `List` }),
    'compare-column-item': defineText()({ vi: () => `Mục`, en: () => `Item` }),
    'compare-column-achieved-before': defineText()({ vi: () => `Điểm năm trước`, en: () => `Points last year` }),
    'compare-column-max-before': defineText()({ vi: () => `Tối đa năm trước`, en: () => `Max last year` }),
    'compare-column-achieved-after': defineText()({ vi: () => `Điểm năm nay`, en: () => `Points this year` }),
    'compare-column-max-after': defineText()({ vi: () => `Tối đa năm nay`, en: () => `Max this year` }),
    'compare-column-change': defineText()({ vi: () => `Tăng, giảm (điểm)`, en: () => `Change (points)` }),
    'compare-all-units': defineText()({ vi: () => `Bình quân mỗi đơn vị`, en: () => `Mean per unit` }),
    'compare-sheet-units': defineText()({ vi: () => `Chỉ số`, en: () => `Index` }),
    'compare-sheet-items': defineText()({ vi: () => `Các mục`, en: () => `Items` }),
};

export type CompareTextCode = keyof typeof COMPARE_TEXTS;

export function renderCompareText<C extends CompareTextCode>(lang: Lang, code: C, ...[args]: ArgList<ArgsOf<(typeof COMPARE_TEXTS)[C]>>): string {
    return renderText(COMPARE_TEXTS[code], lang, args);
}
