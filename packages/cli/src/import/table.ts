/**
 * An annex table as people lay it out (our export, or a province's own Excel or CSV): a header
 * row with STT / title / Điểm tối đa / Ghi chú columns, then one row per item. Tolerates codes
 * with trailing dots or parentheses ("1.", "a)"), Vietnamese decimal commas ("0,5"),
 * fractions ("10/3"), merged cells (the reader passes the merged value), totals rows and blank rows.
 */
import { isItemCode } from '@chiso/language';
import { parseValue, type Exact } from '../scoring/exact.js';

export interface SourceRow {
    /** 1-based row number in the sheet or file, for messages. */
    readonly line: number;
    readonly cells: readonly string[];
    /** Cells (0-based columns) whose text is a formula's value as Excel last saved it. */
    readonly formulas?: readonly { readonly column: number; readonly formula: string }[];
}

export interface TableRow {
    readonly line: number;
    readonly code: string;
    readonly title: string;
    /** null for `—`: points not published (`chiso export` writes it for an outline without `max`). */
    readonly max: Exact | null;
    readonly note: string;
}

export interface TableProblem {
    readonly line: number;
    readonly detail: string;
}

export interface AnnexTable {
    readonly title: string | undefined;
    readonly rows: readonly TableRow[];
    /** The "Tổng cộng" row's points, when the table has one. */
    readonly total: Exact | undefined;
    readonly problems: readonly TableProblem[];
    /** Formulas whose saved values were read, as items' codes, titles, points or notes. */
    readonly cachedFormulas: readonly { readonly line: number; readonly formula: string }[];
}

const HEADER = {
    code: /^(stt|tt|số tt|no\.?)$/i,
    title: /(lĩnh vực|tiêu chí|nội dung|domain|criteri|component)/i,
    max: /(điểm tối đa|thang điểm|max)/i,
    note: /(ghi chú|note)/i,
};
const TOTAL_ROW = /^(tổng cộng|tổng điểm|tổng số|total)\b/i;
const SUBTOTAL_ROW = /^(điểm |points? |self-assessment|sociological|specialist|deductions?)/i;
/** Longer texts are a pasted document, not an item: the longest real titles are a few hundred characters. */
export const MAX_TEXT = 10_000;

/** "1." → "1", "a)" → "a", "1.1.a." → "1.1.a"; anything else is kept as written. */
export function normaliseCode(text: string): string {
    return text.trim().replace(/[.)]+$/, '').replace(/^\(/, '');
}

export function readTable(rows: readonly SourceRow[]): AnnexTable | TableProblem {
    const headerIndex = rows.findIndex(r => r.cells.some(c => HEADER.code.test(c.trim())) && r.cells.some(c => HEADER.max.test(c)));
    if (headerIndex < 0) return { line: rows[0]?.line ?? 1, detail: 'no header row with STT and Điểm tối đa columns' };
    const header = rows[headerIndex].cells;
    const column = (pattern: RegExp, after = -1) => header.findIndex((c, i) => i > after && pattern.test(c.trim()));
    const codeColumn = column(HEADER.code);
    const maxColumn = column(HEADER.max);
    const titleColumn = column(HEADER.title) >= 0 ? column(HEADER.title) : codeColumn + 1;
    const noteColumn = column(HEADER.note);
    const title = rows.slice(0, headerIndex).map(r => r.cells.find(c => c.trim() !== '')?.trim()).find(t => t && t.length <= MAX_TEXT);

    const result: TableRow[] = [];
    const problems: TableProblem[] = [];
    const cachedFormulas: { line: number; formula: string }[] = [];
    let total: Exact | undefined;
    for (const row of rows.slice(headerIndex + 1)) {
        const cell = (i: number) => (i >= 0 ? (row.cells[i] ?? '').trim() : '');
        if (row.cells.every(c => c.trim() === '')) continue;
        const code = normaliseCode(cell(codeColumn));
        // The title cell may hold the scoring rule in words on later lines ("– từ 80% …").
        const itemTitle = cell(titleColumn).split(/\r?\n/)[0].trim();
        const max = parseValue(cell(maxColumn));
        if (code === '') {
            if (TOTAL_ROW.test(itemTitle) && max && max.compare(0) < 0) problems.push({ line: row.line, detail: `“${cell(maxColumn)}” is not a point value` });
            else if (TOTAL_ROW.test(itemTitle)) total = max;
            else if (!SUBTOTAL_ROW.test(itemTitle)) problems.push({ line: row.line, detail: `no code in column ${codeColumn + 1} (“${itemTitle.slice(0, 60)}”)` });
            continue;
        }
        if (!isItemCode(code)) { problems.push({ line: row.line, detail: `“${code}” is not an item code` }); continue; }
        const unpublished = cell(maxColumn) === '—';
        if (!unpublished && (!max || max.compare(0) < 0)) { problems.push({ line: row.line, detail: `“${cell(maxColumn)}” is not a point value` }); continue; }
        if (itemTitle.length > MAX_TEXT || cell(noteColumn).length > MAX_TEXT) { problems.push({ line: row.line, detail: `a text is longer than ${MAX_TEXT} characters` }); continue; }
        result.push({ line: row.line, code, title: itemTitle, max: unpublished ? null : max!, note: cell(noteColumn) });
        const used = [codeColumn, titleColumn, maxColumn, noteColumn];
        for (const f of row.formulas ?? []) if (used.includes(f.column)) cachedFormulas.push({ line: row.line, formula: f.formula });
    }
    return { title, rows: result, total, problems, cachedFormulas };
}
