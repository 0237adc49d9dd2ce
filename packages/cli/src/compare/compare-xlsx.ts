/**
 * The year-over-year comparison as a workbook: the units table on one sheet (indices and their
 * change as exact numbers), and on another a row per item listed — per unit, and the means over
 * units — with its points and max both years and its move, so an officer can sort and filter.
 */
import ExcelJS from 'exceljs';
import type { CompiledItem, Lang } from '@chiso/language';
import { pointsValue } from '../annex/xlsx.js';
import { fromJson, type Exact } from '../scoring/exact.js';
import { compareColumns, compareTitle, itemText, unitCells, unitLabel } from './compare-report.js';
import type { Comparison, ItemPoints } from './compare-table.js';
import { renderCompareText, type CompareTextCode } from './compare-texts.js';

const FONT = 'Times New Roman';
const ITEM_COLUMNS = ['unit', 'list', 'item', 'achieved-before', 'max-before', 'achieved-after', 'max-after', 'change'] as const;

export async function compareXlsx(comparison: Comparison, lang: Lang): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'chiso';
    const sheet = (name: CompareTextCode & `compare-sheet-${string}`, headings: string[], widths: number[]) => {
        const s = workbook.addWorksheet(renderCompareText(lang, name), { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
        s.columns = widths.map(width => ({ width }));
        const title = s.addRow([compareTitle(comparison, lang)]);
        s.mergeCells(1, 1, 1, widths.length);
        title.font = { bold: true, name: FONT, size: 13 };
        const header = s.addRow(headings);
        header.font = { bold: true, name: FONT };
        header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        s.views = [{ state: 'frozen', ySplit: 2 }];
        return s;
    };
    const add = (s: ExcelJS.Worksheet, cells: ExcelJS.CellValue[], numbers: readonly number[]) => {
        const row = s.addRow(cells);
        row.font = { name: FONT };
        for (const column of numbers) row.getCell(column).numFmt = '0.00';
    };
    const value = (points: Exact | undefined): ExcelJS.CellValue => (points === undefined ? null : pointsValue(points));

    const units = sheet('compare-sheet-units', compareColumns(lang), [36, 14, 14, 14, 14, 16, 18]);
    for (const u of comparison.units) {
        const cells: ExcelJS.CellValue[] = unitCells(u, lang);
        // Indices and their change as numbers; a rank stays text (k/N, or not ranked).
        if (u.before) cells[1] = value(u.before.published);
        if (u.after) cells[3] = value(u.after.published);
        if (u.before && u.after) cells[5] = value(u.after.published.sub(u.before.published));
        add(units, cells, [2, 4, 6]);
    }

    const items = sheet('compare-sheet-items', ITEM_COLUMNS.map(c => renderCompareText(lang, `compare-column-${c}`)), [30, 22, 60, 12, 12, 12, 12, 14]);
    const list = (code: 'compare-up' | 'compare-down' | 'compare-added' | 'compare-removed') => renderCompareText(lang, code);
    const item = (after: CompiledItem, before?: CompiledItem) => itemText(after, before, lang);
    const row = (unit: string, code: Parameters<typeof list>[0], title: string, before: ItemPoints | undefined, after: ItemPoints | undefined, change?: Exact) =>
        add(items, [unit, list(code), title, value(before?.achieved), value(before?.max), value(after?.achieved), value(after?.max), value(change)], [4, 5, 6, 7, 8]);
    if (comparison.overall) {
        const all = renderCompareText(lang, 'compare-all-units'), o = comparison.overall;
        const max = (i: CompiledItem) => value(fromJson(i.maxPoints ?? 0));
        for (const m of o.up) row(all, 'compare-up', item(m.after, m.before), undefined, undefined, m.change);
        for (const m of o.down) row(all, 'compare-down', item(m.after, m.before), undefined, undefined, m.change);
        for (const i of o.added) add(items, [all, list('compare-added'), item(i), null, null, null, max(i), null], [7]);
        for (const i of o.removed) add(items, [all, list('compare-removed'), item(i), null, max(i), null, null, null], [5]);
    }
    for (const u of comparison.perUnit) {
        const label = unitLabel(u);
        for (const m of u.up) row(label, 'compare-up', item(m.after.item, m.before.item), m.before, m.after, m.change);
        for (const m of u.down) row(label, 'compare-down', item(m.after.item, m.before.item), m.before, m.after, m.change);
        for (const p of u.added) row(label, 'compare-added', item(p.item), undefined, p);
        for (const p of u.removed) row(label, 'compare-removed', item(p.item), p, undefined);
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}
