/**
 * The task table as a workbook (XLSX) the officer fills in: one sheet, a row per part and per
 * domain, a row per task with its points lost as an exact number, and the deadline column empty.
 */
import ExcelJS from 'exceljs';
import { Fraction } from 'fraction.js';
import type { Lang } from '@chiso/language';
import { tableSheet } from '../output/xlsx-table.js';
import { domainHeading, partHeading, regainedCells, regainedColumns, taskCells, taskColumns, taskHeading } from './task-report.js';
import { renderTaskText } from './task-texts.js';
import type { TaskTable } from './task-table.js';

const WIDTHS = [6, 48, 10, 30, 30, 30, 40, 14];
/** With the year before's column, after the points lost. */
const WIDTHS_WITH_PREVIOUS = [6, 44, 10, 22, 28, 28, 28, 36, 14];

export async function taskXlsx(table: TaskTable, lang: Lang): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'chiso';
    const sheet = tableSheet(workbook, renderTaskText(lang, 'tasks-sheet'), table.withPrevious ? WIDTHS_WITH_PREVIOUS : WIDTHS);
    sheet.heading(taskHeading(table, lang), { size: 13 });
    sheet.header(taskColumns(table, lang));
    for (const part of table.parts) {
        sheet.heading(partHeading(part, lang), { fill: 'FFDDDDDD' });
        if (part.groups.length === 0) sheet.line(renderTaskText(lang, 'tasks-none'));
        let number = 0;
        for (const group of part.groups) {
            sheet.heading(domainHeading(part, group, lang), { fill: 'FFEFEFEF' });
            for (const line of group.lines) {
                // The number and the points lost as numbers.
                sheet.row(taskCells(line, ++number, lang).map(texts => texts.join('\n')), new Map([[0, new Fraction(number)], [2, line.lost]]));
            }
        }
    }
    if (table.regained.length > 0) {
        sheet.heading(renderTaskText(lang, 'tasks-regained'), { fill: 'FFDDDDDD' });
        sheet.header(regainedColumns(lang), { freeze: false });
        table.regained.forEach((line, i) => sheet.row(regainedCells(line, i + 1, lang), new Map([[0, new Fraction(i + 1)], [2, line.previousLost]])));
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}
