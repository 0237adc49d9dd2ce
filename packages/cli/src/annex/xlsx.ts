/**
 * The unit's form (XLSX, with `exceljs`): a unit field (id and name) above the annex rows, max
 * points locked, and per item the rounds of the year — self-assessment, appraisal round 1, the
 * unit's explanation, final appraisal, evidence, not assigned (N/A). Point columns sum children
 * into parents and the total by formula and refuse a score above the item's max; survey-sourced
 * rows are marked and open only in the final appraisal column (the Department enters the survey's
 * points there, the unit does not self-assess them).
 * A hidden `chiso` sheet keeps what a table cannot show (rules, sources, agencies, surveys),
 * keyed by item code, so that `chiso import` can rebuild the set from the workbook.
 */
import ExcelJS from 'exceljs';
import { formatPoints, isFiniteDecimal, type Annex, type AnnexRow, type CompiledSet, type Exact, type Lang } from '@chiso/language';
import { writeMetadata } from './metadata.js';

/** Where the form's cells are: kept in the hidden sheet too (metadata.ts), so the reader does not depend on the language. */
export const FORM = {
    unitId: 'B3',
    unitName: 'B4',
    headerRow: 5,
    /** Column numbers. */
    columns: { code: 1, title: 2, max: 3, self: 4, appraisal1: 5, explanation: 6, final: 7, evidence: 8, notAssigned: 9, note: 10 },
} as const;
export type FormLayout = typeof FORM & { readonly sheet: string };

const FIRST_ROW = FORM.headerRow + 1;
const POINT_COLUMNS = ['D', 'E', 'G'] as const;
const TEXT_COLUMNS = ['F', 'H', 'I'] as const;
/** The survey's points come from the Department: only the final appraisal is open on a survey row. */
const SURVEY_OPEN = new Set<string>(['G']);

const TEXT = {
    vi: {
        sheet: 'Phụ lục', tooHigh: 'Điểm vượt điểm tối đa của mục này.', tooHighTitle: 'Điểm không hợp lệ',
        unitId: 'Mã đơn vị', unitName: 'Tên đơn vị',
        columns: ['STT', 'Lĩnh vực / tiêu chí / tiêu chí thành phần', 'Điểm tối đa', 'Tự chấm', 'Thẩm định lần 1', 'Giải trình', 'Thẩm định cuối (kết quả thẩm định)', 'Tài liệu kiểm chứng', 'Không giao (N/A)', 'Ghi chú'],
    },
    en: {
        sheet: 'Annex', tooHigh: 'The score exceeds this item’s max points.', tooHighTitle: 'Invalid score',
        unitId: 'Unit id', unitName: 'Unit name',
        columns: ['No.', 'Domain / criterion / component', 'Max points', 'Self-assessment', 'Appraisal round 1', 'Explanation', 'Final appraisal', 'Evidence', 'Not assigned (N/A)', 'Note'],
    },
} as const;

/** The unit a form is made for; without one the unit field is left for the unit to fill. */
export interface FormUnit {
    readonly id: string;
    readonly name?: string;
}

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

export async function annexXlsx(annex: Annex, compiled: CompiledSet, lang: Lang, unit?: FormUnit): Promise<Uint8Array> {
    const t = TEXT[lang];
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'chiso';
    const sheet = workbook.addWorksheet(t.sheet, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    sheet.columns = [{ width: 11 }, { width: 70 }, { width: 11 }, { width: 11 }, { width: 12 }, { width: 30 }, { width: 14 }, { width: 24 }, { width: 11 }, { width: 28 }];
    sheet.mergeCells('A1:J1');
    sheet.getCell('A1').value = annex.heading;
    sheet.getCell('A1').font = { bold: true, size: 13, name: 'Times New Roman' };
    sheet.getCell('A1').alignment = { horizontal: 'center', wrapText: true };
    sheet.mergeCells('A2:J2');
    sheet.getCell('A2').value = annex.subheading;
    sheet.getCell('A2').font = { italic: true, name: 'Times New Roman' };
    sheet.getCell('A2').alignment = { horizontal: 'center' };
    // The unit field: filled when the form is made for a unit, else left open for it.
    for (const [label, address, value] of [[t.unitId, FORM.unitId, unit?.id], [t.unitName, FORM.unitName, unit?.name]] as const) {
        const labelCell = sheet.getCell(address.replace('B', 'A'));
        labelCell.value = label;
        labelCell.font = { bold: true, name: 'Times New Roman' };
        const cell = sheet.getCell(address);
        cell.value = value ?? null;
        cell.font = { bold: true, name: 'Times New Roman' };
        cell.protection = { locked: false };
        cell.border = { bottom: { style: 'thin' } };
    }
    const header = sheet.getRow(FORM.headerRow);
    header.values = [...t.columns];
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
        row.getCell(FORM.columns.note).value = r.note;
        row.font = { name: 'Times New Roman', bold: r.kind === 'domain' || r.kind === 'total' || r.kind === 'deductions' };
        row.getCell(2).alignment = { wrapText: true, indent: r.depth, vertical: 'top' };
        row.getCell(3).numFmt = '0.##';
        const scored = r.leafSource !== null && r.maxPoints !== null;
        for (const column of POINT_COLUMNS) {
            const c = row.getCell(column);
            c.numFmt = '0.##';
            const kids = children.get(r);
            if (kids) {
                c.value = { formula: `SUM(${kids.map(k => `${column}${rowOf.get(k)}`).join(',')})` };
            } else if (r.kind === 'total' && domainRows.length > 0) {
                // A set published with its header only has no domains to sum: the cells stay empty.
                c.value = { formula: `SUM(${domainRows.map(k => `${column}${rowOf.get(k)}`).join(',')})` };
            } else if (scored) {
                // A scored item: open unless its points come from the survey (an outline whose
                // points were not published cannot be scored: its cells stay locked).
                c.protection = { locked: r.surveySourced && !SURVEY_OPEN.has(column) };
                c.dataValidation = {
                    type: 'decimal', operator: 'between', allowBlank: true, showErrorMessage: true,
                    formulae: [0, `C${n}`], errorTitle: t.tooHighTitle, error: t.tooHigh,
                };
            }
        }
        // The explanation, the evidence and the N/A mark of a scored item.
        if (scored) for (const column of TEXT_COLUMNS) {
            const c = row.getCell(column);
            c.protection = { locked: false };
            c.alignment = { wrapText: true, vertical: 'top' };
        }
        if (r.surveySourced) row.eachCell({ includeEmpty: true }, c => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE9D2' } }; });
        if (r.kind === 'domain' || r.kind === 'total') row.eachCell({ includeEmpty: true }, c => { c.fill = c.fill ?? { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } }; });
        row.eachCell({ includeEmpty: true }, c => { c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } }; });
    });
    sheet.views = [{ state: 'frozen', ySplit: FORM.headerRow }];
    // Locked cells (titles, max points, sums, survey rows) cannot be edited; no password, so an officer can lift it.
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
    writeMetadata(workbook, compiled, { ...FORM, sheet: t.sheet });
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}
