/**
 * The units `chiso export --units <file>` makes forms for: a CSV with a header naming `unit` and
 * optionally `unitName` (the columns of a results CSV; others, such as `ranked`, are ignored), and
 * each unit's form file name, made safe from its id (letters without diacritics, digits, `-`, `_`).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { csvSeparator } from '../csv-separator.js';
import type { FormUnit } from './xlsx.js';

export interface UnitForm {
    readonly unit: FormUnit;
    readonly fileName: string;
}

/** `Sở Tư pháp/2024` → `So-Tu-phap-2024.xlsx`. */
export function formFileName(id: string): string {
    const plain = id.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const safe = plain.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
    return `${safe || 'don-vi'}.xlsx`;
}

/** The units in file order, or what is wrong with the file (English detail, as the CSV parser's). */
export function readUnitList(text: string): readonly UnitForm[] | { readonly detail: string } {
    let records: Record<string, string>[];
    try {
        records = parseCsv(text, { bom: true, columns: true, skip_empty_lines: true, trim: true, comment: '#', comment_no_infix: true, relax_column_count: true, delimiter: csvSeparator(text, '#') });
    } catch (error) {
        return { detail: (error as Error).message };
    }
    if (records.length === 0) return { detail: 'no units' };
    if (!('unit' in records[0])) return { detail: 'no `unit` column in the header' };
    const forms: UnitForm[] = [];
    const byFile = new Map<string, string>();
    for (const [i, record] of records.entries()) {
        const id = record.unit ?? '';
        if (id === '') return { detail: `row ${i + 2} has no unit` };
        const fileName = formFileName(id);
        const other = byFile.get(fileName.toLowerCase());
        if (other !== undefined) return { detail: other === id ? `unit ${id} is listed twice` : `units ${other} and ${id} would both be written to ${fileName}` };
        byFile.set(fileName.toLowerCase(), id);
        forms.push({ unit: { id, ...(record.unitName && { name: record.unitName }) }, fileName });
    }
    return forms;
}
