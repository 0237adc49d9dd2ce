/**
 * Filling units' forms as an officer would: the form exported by `chiso export --format xlsx`,
 * cells typed in with exceljs (numbers, or text such as "0,5"), saved under a new name. Used by
 * the tests and by examples/ket-qua-2024/make-workbooks.ts, which made that folder's workbooks.
 */
import ExcelJS from 'exceljs';

/** What an officer types in an item's row; a number or the text typed ("0,5"). */
export interface FilledItem {
    readonly self?: number | string;
    readonly appraisal1?: number | string;
    readonly explanation?: string;
    readonly final?: number | string;
    readonly evidence?: string;
    /** The N/A column marked with "x". */
    readonly notAssigned?: boolean;
}

const COLUMNS = { self: 'D', appraisal1: 'E', explanation: 'F', final: 'G', evidence: 'H' } as const;

/** The form at `form` filled and saved at `out`; `unit` fills the unit field (a form exported for the unit has it already). */
export async function fillForm(form: string, out: string, items: Readonly<Record<string, FilledItem>>, unit?: { readonly id: string; readonly name?: string }): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(form);
    const sheet = workbook.worksheets[0];
    if (unit) {
        sheet.getCell('B3').value = unit.id;
        if (unit.name) sheet.getCell('B4').value = unit.name;
    }
    const rows = new Map<string, number>();
    sheet.eachRow((row, n) => {
        const code = row.getCell(1).value;
        if (n > 5 && typeof code === 'string' && code !== '') rows.set(code, n);
    });
    for (const [code, filled] of Object.entries(items)) {
        const n = rows.get(code);
        if (n === undefined) throw new Error(`no row for item ${code} in ${form}`);
        for (const [round, column] of Object.entries(COLUMNS)) {
            const value = filled[round as keyof typeof COLUMNS];
            if (value !== undefined) sheet.getCell(`${column}${n}`).value = value;
        }
        if (filled.notAssigned) sheet.getCell(`I${n}`).value = 'x';
    }
    await workbook.xlsx.writeFile(out);
}
