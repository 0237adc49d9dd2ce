/**
 * Runs `chiso` in-process on a few files in a fresh temporary folder, as a user would from that
 * folder, and returns what it prints: the command rules' pages show this output, so it cannot drift.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/** Files by relative path (text, bytes or a workbook); a path ending in `/` is an empty folder. */
export type ExampleFiles = Readonly<Record<string, string | Uint8Array | ExampleWorkbook>>;

async function writeWorkbook(file: string, workbook: ExampleWorkbook): Promise<void> {
    // Loaded only for the examples that hold a workbook.
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(workbook.sheet);
    for (const row of workbook.rows) sheet.addRow(row.map(cell => (typeof cell === 'object' ? { ...cell } : cell)));
    await book.xlsx.writeFile(file);
}

export async function runCommand(args: readonly string[], files: ExampleFiles): Promise<CommandRun> {
    const dir = mkdtempSync(path.join(tmpdir(), 'chiso-rule-doc-'));
    const cwd = process.cwd();
    const lines: string[] = [];
    try {
        for (const [name, content] of Object.entries(files)) {
            const target = path.join(dir, name);
            mkdirSync(name.endsWith('/') ? target : path.dirname(target), { recursive: true });
            if (name.endsWith('/')) continue;
            if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(target, content);
            else await writeWorkbook(target, content);
        }
        // Paths in the output are shown relative to the folder the command runs in.
        process.chdir(dir);
        const { main } = (await import(pathToFileURL(BUNDLE).href)) as typeof import('../main.js');
        const exitCode = await main(args, { out: text => lines.push(text), err: text => lines.push(text) });
        return { exitCode, printed: lines.join('\n') };
    } finally {
        process.chdir(cwd);
        rmSync(dir, { recursive: true, force: true });
    }
}
