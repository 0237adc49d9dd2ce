/**
 * The task table as a workbook (XLSX) the officer fills in: one sheet, a row per part and per
 * domain, a row per task with its points lost as an exact number, and the deadline column empty.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '@chiso/language';
import { pointsValue } from '../annex/xlsx.js';
import { domainHeading, partHeading, regainedCells, regainedColumns, taskCells, taskColumns, taskHeading } from './task-report.js';
import { renderTaskText } from './task-texts.js';
import type { TaskTable } from './task-table.js';

const FONT = 'Times New Roman';
const WIDTHS = [6, 48, 10, 30, 30, 30, 40, 14];
/** With the year before's column, after the points lost. */
const WIDTHS_WITH_PREVIOUS = [6, 44, 10, 22, 28, 28, 28, 36, 14];

export async function taskXlsx(table: TaskTable, lang: Lang): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'chiso';
    const sheet = workbook.addWorksheet(renderTaskText(lang, 'tasks-sheet'), { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    const widths = table.withPrevious ? WIDTHS_WITH_PREVIOUS : WIDTHS;
    sheet.columns = widths.map(width => ({ width }));
    const last = String.fromCharCode(64 + widths.length);
    const heading = (text: string, options: { size?: number; fill?: string } = {}) => {
        const row = sheet.addRow([text]);
        sheet.mergeCells(`A${row.number}:${last}${row.number}`);
        row.font = { bold: true, name: FONT, size: options.size };
        row.getCell(1).alignment = { wrapText: true };
        if (options.fill) row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: options.fill } };
    };
    heading(taskHeading(table, lang), { size: 13 });
    const header = sheet.addRow(taskColumns(table, lang));
    header.font = { bold: true, name: FONT };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    const border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } } as const;
    for (const part of table.parts) {
        heading(partHeading(part, lang), { fill: 'FFDDDDDD' });
        if (part.groups.length === 0) sheet.addRow([renderTaskText(lang, 'tasks-none')]).font = { name: FONT };
        let number = 0;
        for (const group of part.groups) {
            heading(domainHeading(part, group, lang), { fill: 'FFEFEFEF' });
            for (const line of group.lines) {
                const cells: ExcelJS.CellValue[] = taskCells(line, ++number, lang).map(texts => texts.join('\n'));
                cells[0] = number;
                cells[2] = pointsValue(line.lost);
                const row = sheet.addRow(cells);
                row.font = { name: FONT };
                row.alignment = { wrapText: true, vertical: 'top' };
                row.getCell(3).numFmt = '0.##';
                row.eachCell({ includeEmpty: true }, c => { c.border = border; });
            }
        }
    }
    if (table.regained.length > 0) {
        heading(renderTaskText(lang, 'tasks-regained'), { fill: 'FFDDDDDD' });
        const columns = sheet.addRow(regainedColumns(lang));
        columns.font = { bold: true, name: FONT };
        table.regained.forEach((line, i) => {
            const row = sheet.addRow([i + 1, regainedCells(line, i + 1, lang)[1], pointsValue(line.previousLost)]);
            row.font = { name: FONT };
            row.alignment = { wrapText: true, vertical: 'top' };
            row.getCell(3).numFmt = '0.##';
            row.eachCell({ includeEmpty: true }, c => { c.border = border; });
        });
    }
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}
