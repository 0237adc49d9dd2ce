/**
 * The units `chiso export --units <file>` makes forms for: a CSV with a header naming `unit` and
 * optionally `unitName` (the columns of a results CSV; others, such as `ranked`, are ignored), and
 * each unit's form file name, made safe from its id (letters without diacritics, digits, `-`, `_`).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { defineText, renderText, type Arg, type ArgList, type ArgsOf, type Lang } from '@chiso/language/i18n';
import { csvSeparator } from '../csv-separator.js';
import { resultsProblemText } from '../scoring/results-problems.js';
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

const UNIT_LIST_TEXTS = {
    'no-units': defineText()({ vi: () => 'không có đơn vị nào', en: () => 'no units' }),
    'no-unit-column': defineText()({ vi: () => 'dòng tiêu đề không có cột `unit`', en: () => 'no `unit` column in the header' }),
    'row-no-unit': defineText<{ row: Arg }>()({ vi: a => `dòng ${a.row} không có mã đơn vị`, en: a => `row ${a.row} has no unit` }),
    'unit-twice': defineText<{ unit: Arg }>()({ vi: a => `đơn vị ${a.unit} có hai lần trong danh sách`, en: a => `unit ${a.unit} is listed twice` }),
    'same-file': defineText<{ first: Arg; second: Arg; file: Arg }>()({
        vi: a => `hai đơn vị ${a.first} và ${a.second} sẽ cùng ghi vào ${a.file}`,
        en: a => `units ${a.first} and ${a.second} would both be written to ${a.file}`,
    }),
};

function unitListProblem<C extends keyof typeof UNIT_LIST_TEXTS>(lang: Lang, code: C, ...[args]: ArgList<ArgsOf<(typeof UNIT_LIST_TEXTS)[C]>>): { readonly detail: string } {
    return { detail: renderText(UNIT_LIST_TEXTS[code], lang, args) };
}

/** The units in file order, or what is wrong with the file, in the user's language. */
export function readUnitList(text: string, lang: Lang): readonly UnitForm[] | { readonly detail: string } {
    let records: Record<string, string>[];
    try {
        records = parseCsv(text, { bom: true, columns: true, skip_empty_lines: true, trim: true, comment: '#', comment_no_infix: true, relax_column_count: true, delimiter: csvSeparator(text, '#') });
    } catch (error) {
        return { detail: resultsProblemText({ kind: 'csv-syntax', message: (error as Error).message }, lang) };
    }
    if (records.length === 0) return unitListProblem(lang, 'no-units');
    if (!('unit' in records[0])) return unitListProblem(lang, 'no-unit-column');
    const forms: UnitForm[] = [];
    const byFile = new Map<string, string>();
    for (const [i, record] of records.entries()) {
        const id = record.unit ?? '';
        if (id === '') return unitListProblem(lang, 'row-no-unit', { row: i + 2 });
        const fileName = formFileName(id);
        const other = byFile.get(fileName.toLowerCase());
        if (other !== undefined) return other === id ? unitListProblem(lang, 'unit-twice', { unit: id }) : unitListProblem(lang, 'same-file', { first: other, second: id, file: fileName });
        byFile.set(fileName.toLowerCase(), id);
        forms.push({ unit: { id, ...(record.unitName && { name: record.unitName }) }, fileName });
    }
    return forms;
}
