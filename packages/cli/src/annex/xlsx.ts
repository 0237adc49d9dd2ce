/**
 * The self-assessment workbook (XLSX, with `exceljs`): the annex rows with max points locked,
 * input columns for the unit's self-assessment and the council's score, formulas summing
 * children into parents and the total, validation refusing a score above an item's max, and
 * survey-sourced rows marked and locked (their points come from the survey, not the unit).
 * A hidden `chiso` sheet keeps what a table cannot show (rules, sources, agencies, surveys),
 * keyed by item code, so that `chiso import` can rebuild the set from the workbook.
 */
import ExcelJS from 'exceljs';
import { formatPoints, isFiniteDecimal, type Annex, type AnnexRow, type CompiledSet, type Exact, type Lang } from '@chiso/language';
import { writeMetadata } from './metadata.js';

const INPUT_COLUMNS = ['D', 'E'] as const;
const FIRST_ROW = 4;

const TEXT = {
    vi: { sheet: 'Phụ lục', tooHigh: 'Điểm vượt điểm tối đa của mục này.', tooHighTitle: 'Điểm không hợp lệ' },
    en: { sheet: 'Annex', tooHigh: 'The score exceeds this item’s max points.', tooHighTitle: 'Invalid score' },
} as const;

/** Points as a cell value: a number when a short decimal states them, else a formula (=10/3) keeping them exact. */
export function pointsValue(points: Exact): ExcelJS.CellValue {
    if (isFiniteDecimal(points)) return Number(formatPoints(points));
    // fraction.js keeps the sign apart from the numerator (a change can be negative).
    return { formula: `${points.s < 0 ? '-' : ''}${points.n}/${points.d}`, result: points.valueOf() };
}

/** A max as a cell value; an outline whose points were not published has none. */
function maxValue(row: AnnexRow): ExcelJS.CellValue {
    return row.maxPoints === null ? '—' : pointsValue(row.maxPoints);
}

export async function annexXlsx(annex: Annex, compiled: CompiledSet, lang: Lang): Promise<Uint8Array> {
    const t = TEXT[lang];
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'chiso';
    const sheet = workbook.addWorksheet(t.sheet, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    sheet.columns = [{ width: 9 }, { width: 70 }, { width: 11 }, { width: 14 }, { width: 14 }, { width: 28 }];
    sheet.mergeCells('A1:F1');
    sheet.getCell('A1').value = annex.heading;
    sheet.getCell('A1').font = { bold: true, size: 13, name: 'Times New Roman' };
    sheet.getCell('A1').alignment = { horizontal: 'center', wrapText: true };
    sheet.mergeCells('A2:F2');
    sheet.getCell('A2').value = annex.subheading;
    sheet.getCell('A2').font = { italic: true, name: 'Times New Roman' };
    sheet.getCell('A2').alignment = { horizontal: 'center' };
    const header = sheet.getRow(3);
    header.values = [...annex.columns];
    header.font = { bold: true, name: 'Times New Roman' };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };

    // Rows of the domain tree, to sum children into parents by formula.
    const rowOf = new Map<AnnexRow, number>();
    annex.rows.forEach((r, i) => rowOf.set(r, FIRST_ROW + i));
    const children = new Map<AnnexRow, AnnexRow[]>();
    const stack: AnnexRow[] = [];
    const domainRows: AnnexRow[] = [];
    for (const r of annex.rows) {
        if (r.kind === 'subtotal' || r.kind === 'total') continue;
        if (r.kind === 'deductions') { stack.length = 0; continue; }
        while (stack.length > 0 && stack[stack.length - 1].depth >= r.depth) stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) children.set(parent, [...(children.get(parent) ?? []), r]);
        else if (r.kind === 'domain') domainRows.push(r);
        stack.push(r);
    }

    annex.rows.forEach(r => {
        const n = rowOf.get(r)!;
        const row = sheet.getRow(n);
        row.getCell(1).value = r.code;
        row.getCell(2).value = [r.title, ...r.scoring.map(l => `– ${l}`)].join('\n');
        row.getCell(3).value = maxValue(r);
        row.getCell(6).value = r.note;
        row.font = { name: 'Times New Roman', bold: r.kind === 'domain' || r.kind === 'total' || r.kind === 'deductions' };
        row.getCell(2).alignment = { wrapText: true, indent: r.depth, vertical: 'top' };
        row.getCell(3).numFmt = '0.##';
        for (const column of INPUT_COLUMNS) {
            const c = row.getCell(column);
            c.numFmt = '0.##';
            const kids = children.get(r);
            if (kids) {
                c.value = { formula: `SUM(${kids.map(k => `${column}${rowOf.get(k)}`).join(',')})` };
            } else if (r.kind === 'total' && domainRows.length > 0) {
                // A set published with its header only has no domains to sum: the cells stay empty.
                c.value = { formula: `SUM(${domainRows.map(k => `${column}${rowOf.get(k)}`).join(',')})` };
            } else if (r.leafSource !== null && r.maxPoints !== null) {
                // A scored item: open to the unit unless its points come from the survey (an outline
                // whose points were not published cannot be scored: its cells stay locked).
                c.protection = { locked: r.surveySourced };
                c.dataValidation = {
                    type: 'decimal', operator: 'between', allowBlank: true, showErrorMessage: true,
                    formulae: [0, `C${n}`], errorTitle: t.tooHighTitle, error: t.tooHigh,
                };
            }
        }
        if (r.surveySourced) row.eachCell({ includeEmpty: true }, c => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE9D2' } }; });
        if (r.kind === 'domain' || r.kind === 'total') row.eachCell({ includeEmpty: true }, c => { c.fill = c.fill ?? { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } }; });
        row.eachCell({ includeEmpty: true }, c => { c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } }; });
    });
    sheet.views = [{ state: 'frozen', ySplit: 3 }];
    // Locked cells (titles, max points, sums, survey rows) cannot be edited; no password, so an officer can lift it.
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
    writeMetadata(workbook, compiled);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}
