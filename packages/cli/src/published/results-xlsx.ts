/**
 * The published results as a workbook (XLSX): a ranking sheet (the unranked below, apart), a
 * sub-index sheet (units × domains), and a sheet per unit with its scored annex. Points are
 * exact numbers (annex/xlsx.ts pointsValue); texts are the view's.
 */
import ExcelJS from 'exceljs';
import { pointsValue } from '../annex/xlsx.js';
import type { Exact } from '../scoring/exact.js';
import { renderResultsText, type PlainTextCode } from './results-texts.js';
import type { RankingRow, ResultsView } from './results-view.js';
import { withBarChart } from './xlsx-chart.js';

const FONT = 'Times New Roman';
const BORDER = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } } as const;
/** Excel's limit on a sheet name's length. */
const SHEET_NAME_MAX = 31;

const value = (p: Exact | null): ExcelJS.CellValue => (p === null ? '—' : pointsValue(p));

/**
 * A name Excel accepts for a sheet: without : \ / ? * [ ], not starting or ending with an
 * apostrophe, at most 31 characters, and unlike (in any letter case) the names taken.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
    const base = wanted.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim() || '_';
    for (let n = 1; ; n++) {
        const suffix = n === 1 ? '' : ` (${n})`;
        const name = base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
        if (!taken.has(name.toLowerCase())) {
            taken.add(name.toLowerCase());
            return name;
        }
    }
}

function sheet(workbook: ExcelJS.Workbook, name: string, widths: readonly number[]): ExcelJS.Worksheet {
    const sheet = workbook.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    sheet.columns = widths.map(width => ({ width }));
    return sheet;
}

/** A heading row merged across `columns`. */
function heading(sheet: ExcelJS.Worksheet, text: string, columns: number, options: { size?: number; italic?: boolean } = {}): void {
    const row = sheet.addRow([text]);
    if (columns > 1) sheet.mergeCells(row.number, 1, row.number, columns);
    row.font = { name: FONT, bold: !options.italic, italic: options.italic, size: options.size };
    row.getCell(1).alignment = { wrapText: true };
}

/** A bordered table: a header row, then rows whose numeric cells show as points. */
function table(sheet: ExcelJS.Worksheet, columns: readonly string[], rows: readonly ExcelJS.CellValue[][], bold: (r: number) => boolean = () => false): void {
    const header = sheet.addRow([...columns]);
    header.font = { bold: true, name: FONT };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    header.eachCell(c => { c.border = BORDER; });
    rows.forEach((cells, r) => {
        const row = sheet.addRow(cells);
        row.font = { name: FONT, bold: bold(r) };
        row.alignment = { wrapText: true, vertical: 'top' };
        for (let i = 1; i <= columns.length; i++) {
            const c = row.getCell(i);
            c.border = BORDER;
            if (typeof c.value === 'number' || (c.value !== null && typeof c.value === 'object')) c.numFmt = '0.##';
        }
    });
}

function rankingCells(view: ResultsView, row: RankingRow): ExcelJS.CellValue[] {
    return [row.number, row.unit, ...row.points.map(pointsValue), pointsValue(row.total), pointsValue(row.index), row.rank, ...(view.withClasses ? [row.classification] : [])];
}

export async function resultsXlsx(view: ResultsView): Promise<Uint8Array> {
    const t = (code: PlainTextCode) => renderResultsText(view.lang, code);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'chiso';
    const taken = new Set<string>();

    const columns = view.rankingColumns.length;
    const ranking = sheet(workbook, sheetName(t('results-sheet-ranking'), taken), [6, 40, ...Array.from({ length: view.pointColumns + 2 }, () => 12), 16, ...(view.withClasses ? [16] : [])]);
    heading(ranking, view.heading, columns, { size: 13 });
    if (view.subheading) heading(ranking, view.subheading, columns, { italic: true });
    heading(ranking, t('results-heading'), columns);
    table(ranking, view.rankingColumns, view.ranked.map(row => rankingCells(view, row)));
    if (view.unranked.length > 0) {
        ranking.addRow([]);
        heading(ranking, t('results-unranked'), columns);
        table(ranking, view.rankingColumns, view.unranked.map(row => rankingCells(view, row)));
    }

    const subIndexSheet = sheetName(t('results-sheet-sub-indices'), taken);
    const subIndices = sheet(workbook, subIndexSheet, [40, ...view.domains.map(() => 14)]);
    table(subIndices, view.subIndexColumns, view.subIndices.map(row => [row.unit, ...row.percents.map(value)]));

    for (const annex of view.annexes) {
        const unit = sheet(workbook, sheetName(annex.unit, taken), [9, 70, 12, 12, 28]);
        heading(unit, annex.title, view.annexColumns.length, { size: 13 });
        table(unit, view.annexColumns, annex.lines.map(line => [line.row.code, line.row.title, value(line.max), value(line.achieved), line.row.note]),
            r => ['domain', 'total', 'deductions'].includes(annex.lines[r].row.kind));
        annex.lines.forEach((line, r) => { unit.getRow(3 + r).getCell(2).alignment = { wrapText: true, vertical: 'top', indent: line.row.depth }; });
        heading(unit, annex.indexLine, view.annexColumns.length);
    }
    const written = new Uint8Array(await workbook.xlsx.writeBuffer());
    if (view.domains.length === 0 || view.subIndices.length === 0) return written;
    return withBarChart(written, { sheet: subIndexSheet, title: t('results-chart'), rows: view.subIndices.length, series: view.domains.length, max: 100 });
}
