/**
 * A one-sheet table workbook as `chiso tasks` and `chiso differences` write it: landscape A4, a
 * bold heading row, the column header, headings merged across the table, bordered rows whose
 * point cells are exact numbers (annex/xlsx.ts pointsValue).
 */
import ExcelJS from 'exceljs';
import { pointsValue } from '../annex/xlsx.js';
import type { Exact } from '../scoring/exact.js';

const FONT = 'Times New Roman';
const BORDER = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } } as const;

export interface TableSheet {
    /** A row of text across the table; `fill` shades it (ARGB). */
    heading(text: string, options?: { size?: number; fill?: string }): void;
    /** Column names in bold; the first header (`freeze` unless false) stays in view with the heading above it. */
    header(columns: readonly string[], options?: { freeze?: boolean }): void;
    /** A bordered row: text cells, with the columns `points` names (0-based) as numbers. */
    row(cells: readonly string[], points?: ReadonlyMap<number, Exact>): void;
    /** A plain line (“nothing lost”). */
    line(text: string): void;
}

export function tableSheet(workbook: ExcelJS.Workbook, name: string, widths: readonly number[]): TableSheet {
    const sheet = workbook.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    sheet.columns = widths.map(width => ({ width }));
    const last = String.fromCharCode(64 + widths.length);
    return {
        heading(text, options = {}) {
            const row = sheet.addRow([text]);
            sheet.mergeCells(`A${row.number}:${last}${row.number}`);
            row.font = { bold: true, name: FONT, size: options.size };
            row.getCell(1).alignment = { wrapText: true };
            if (options.fill) row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: options.fill } };
        },
        header(columns, options = {}) {
            const header = sheet.addRow([...columns]);
            header.font = { bold: true, name: FONT };
            header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
            if (options.freeze !== false) sheet.views = [{ state: 'frozen', ySplit: header.number }];
        },
        row(cells, points = new Map()) {
            const row = sheet.addRow(cells.map((text, i) => (points.has(i) ? pointsValue(points.get(i)!) : text)));
            row.font = { name: FONT };
            row.alignment = { wrapText: true, vertical: 'top' };
            for (const i of points.keys()) row.getCell(i + 1).numFmt = '0.##';
            row.eachCell({ includeEmpty: true }, c => { c.border = BORDER; });
        },
        line(text) {
            sheet.addRow([text]).font = { name: FONT };
        },
    };
}
