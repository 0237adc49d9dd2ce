/**
 * Rows of an annex from a file: the first sheet of a workbook that has an annex header (merged
 * cells read as their merged value, formulas as their text or result), or a CSV file.
 */
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { readMetadata, type Metadata } from '../annex/metadata.js';
import type { SourceRow } from './table.js';

function cellText(cell: ExcelJS.Cell): string {
    const value = (cell.isMerged ? cell.master : cell).value;
    if (value === null || value === undefined) return '';
    if (typeof value === 'object') {
        if ('formula' in value) return /^\d+\/\d+$/.test(value.formula ?? '') ? value.formula! : String(value.result ?? '');
        if ('richText' in value) return value.richText.map(part => part.text).join('');
        if ('text' in value) return String(value.text);
        if (value instanceof Date) return value.toISOString().slice(0, 10);
    }
    return String(value);
}

export async function readWorkbook(bytes: Buffer): Promise<{ sheets: SourceRow[][]; metadata: Metadata | undefined }> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheets = workbook.worksheets.filter(sheet => sheet.state === 'visible').map(sheet => {
        const rows: SourceRow[] = [];
        sheet.eachRow({ includeEmpty: false }, (row, line) => {
            const cells: string[] = [];
            for (let i = 1; i <= Math.max(row.cellCount, 6); i++) cells.push(cellText(row.getCell(i)));
            rows.push({ line, cells });
        });
        return rows;
    });
    return { sheets, metadata: readMetadata(workbook) };
}

export function readCsv(text: string): SourceRow[] {
    const records = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: false, info: true }) as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ line: info.lines, cells: record }));
}
