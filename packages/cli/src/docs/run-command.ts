/**
 * Runs `chiso` in-process on a few files in a fresh temporary folder, as a user would from that
 * folder, and returns what it prints: the command rules' pages show this output, so it cannot drift.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

// The command runs only bundled (src/version.ts: the bundler puts in the version), so this loads
// the bundle: `npm run build` writes the pages after bundling.
const BUNDLE = path.resolve(import.meta.dirname, '../../out/bundle/chiso.mjs');

export interface CommandRun {
    readonly exitCode: number;
    /** Standard output and standard error, interleaved as printed. */
    readonly printed: string;
}

/** A cell of an example workbook: a value, or a formula with the value Excel saved for it. */
export type WorkbookCell = string | number | { readonly formula: string; readonly result: number };

/** An XLSX workbook of one sheet, written with exceljs and shown on a page as a table. */
export interface ExampleWorkbook {
    readonly sheet: string;
    readonly rows: readonly (readonly WorkbookCell[])[];
}

/**
 * A unit's form: exported with `chiso export <set> --format xlsx --units …` from one of the example's
 * `.chiso` files, then filled in cell by cell (null empties a cell), as a unit fills it in Excel.
 */
export interface ExampleForm {
    readonly form: { readonly set: string; readonly unit: string; readonly unitName: string; readonly cells: Readonly<Record<string, WorkbookCell | null>> };
}

/** Files by relative path (text, bytes, a workbook or a form); a path ending in `/` is an empty folder. */
export type ExampleFiles = Readonly<Record<string, string | Uint8Array | ExampleWorkbook | ExampleForm>>;

export const isForm = (content: ExampleFiles[string]): content is ExampleForm => typeof content === 'object' && 'form' in content;

async function writeWorkbook(file: string, workbook: ExampleWorkbook): Promise<void> {
    // Loaded only for the examples that hold a workbook.
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(workbook.sheet);
    for (const row of workbook.rows) sheet.addRow(row.map(cell => (typeof cell === 'object' ? { ...cell } : cell)));
    await book.xlsx.writeFile(file);
}

/** The form exported by the bundled command into a folder of its own (so the example's folder holds only its files), then filled. */
async function writeForm(file: string, { form }: ExampleForm, main: Main): Promise<void> {
    const side = mkdtempSync(path.join(tmpdir(), 'chiso-rule-doc-form-'));
    try {
        writeFileSync(path.join(side, 'units.csv'), `unit,unitName\n${form.unit},${form.unitName}\n`);
        mkdirSync(path.join(side, 'forms'));
        const printed: string[] = [];
        const exported = await main(['export', form.set, '--format', 'xlsx', '--units', path.join(side, 'units.csv'), '-o', path.join(side, 'forms')], { out: text => printed.push(text), err: text => printed.push(text) });
        if (exported !== 0) throw new Error(`the example's form was not exported:\n${printed.join('\n')}`);
        const { default: ExcelJS } = await import('exceljs');
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(path.join(side, 'forms', readdirSync(path.join(side, 'forms'))[0]));
        const sheet = book.worksheets[0];
        for (const [address, value] of Object.entries(form.cells)) sheet.getCell(address).value = value === null ? null : typeof value === 'object' ? { ...value } : value;
        await book.xlsx.writeFile(file);
    } finally {
        rmSync(side, { recursive: true, force: true });
    }
}

type Main = typeof import('../main.js')['main'];

export async function runCommand(args: readonly string[], files: ExampleFiles): Promise<CommandRun> {
    const dir = mkdtempSync(path.join(tmpdir(), 'chiso-rule-doc-'));
    const cwd = process.cwd();
    const lines: string[] = [];
    try {
        // Paths in the output are shown relative to the folder the command runs in; forms are exported from it.
        process.chdir(dir);
        const { main } = (await import(pathToFileURL(BUNDLE).href)) as typeof import('../main.js');
        // Forms last: they are exported from the example's own sets.
        const entries = Object.entries(files).sort(([, a], [, b]) => Number(isForm(a)) - Number(isForm(b)));
        for (const [name, content] of entries) {
            const target = path.join(dir, name);
            mkdirSync(name.endsWith('/') ? target : path.dirname(target), { recursive: true });
            if (name.endsWith('/')) continue;
            if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(target, content);
            else if (isForm(content)) await writeForm(target, content, main);
            else await writeWorkbook(target, content);
        }
        const exitCode = await main(args, { out: text => lines.push(text), err: text => lines.push(text) });
        return { exitCode, printed: lines.join('\n') };
    } finally {
        process.chdir(cwd);
        rmSync(dir, { recursive: true, force: true });
    }
}
