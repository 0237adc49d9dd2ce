/**
 * Rows of an annex from a file: the first sheet of a workbook that has an annex header (merged
 * cells read as their merged value, formulas as their text or result), or a CSV file.
 */
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { readMetadata, type Metadata } from '../annex/metadata.js';
import { csvSeparator } from '../csv-separator.js';
import type { SourceRow } from './table.js';

/** A cell's text; a formula's cached result is what Excel last computed, so it is noted in `formulas`. */
function cellText(cell: ExcelJS.Cell, column: number, formulas: { column: number; formula: string }[]): string {
    const value = (cell.isMerged ? cell.master : cell).value;
    if (value === null || value === undefined) return '';
    if (typeof value === 'object') {
        if ('formula' in value || 'sharedFormula' in value) {
            const formula = ('formula' in value ? value.formula : value.sharedFormula) ?? '';
            // Our export writes a fraction as the formula `=10/3`: read exactly, not as a cached float.
            if (/^\d+\/\d+$/.test(formula)) return formula;
            const result = value.result;
            if (result === null || result === undefined || (typeof result === 'object' && 'error' in result)) return '';
            formulas.push({ column, formula });
            return String(result);
        }
        if ('richText' in value) return value.richText.map(part => part.text).join('');
        if ('text' in value) return String(value.text);
        if (value instanceof Date) return value.toISOString().slice(0, 10);
    }
    return String(value);
}

export async function readWorkbook(bytes: Buffer): Promise<{ sheets: SourceRow[][]; metadata: Metadata | undefined } | { damaged: string }> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheets = workbook.worksheets.filter(sheet => sheet.state === 'visible').map(sheet => {
        const rows: SourceRow[] = [];
        sheet.eachRow({ includeEmpty: false }, (row, line) => {
            const cells: string[] = [];
            const formulas: { column: number; formula: string }[] = [];
            for (let i = 1; i <= Math.max(row.cellCount, 6); i++) cells.push(cellText(row.getCell(i), i - 1, formulas));
            rows.push(formulas.length > 0 ? { line, cells, formulas } : { line, cells });
        });
        return rows;
    });
    try {
        return { sheets, metadata: readMetadata(workbook) };
    } catch (error) {
        return { damaged: (error as Error).message };
    }
}

export function readCsv(text: string): SourceRow[] {
    const records = parseCsv(text, { bom: true, delimiter: csvSeparator(text), relax_column_count: true, skip_empty_lines: false, info: true }) as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ line: info.lines, cells: record }));
}
