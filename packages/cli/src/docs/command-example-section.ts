/**
 * A command rule's example section: its files, the command line, what the built `chiso` prints on
 * them and the corrected run (command-examples.ts), each run when the pages are generated.
 */
import type { Bilingual, Lang } from '@chiso/language';
import { COMMAND_RULES, type CommandCode } from '../rules/index.js';
import { COMMAND_EXAMPLES, type CommandExample } from './command-examples.js';
import { template } from './message-template.js';
import { isForm, runCommand, type CommandRun, type ExampleFiles, type WorkbookCell } from './run-command.js';

/** A command rule's example as run: the failing run prints the rule's code, the corrected one exits 0. */
export interface CommandShown {
    readonly example: CommandExample;
    readonly failing: CommandRun;
    readonly passing?: CommandRun;
}

const WORDING = {
    runIn: { vi: 'Trong một thư mục có các tệp sau', en: 'In a folder holding these files' },
    sheet: { vi: 'bảng tính XLSX, trang', en: 'an XLSX workbook, sheet' },
    form: {
        vi: 'biểu mẫu của đơn vị UNIT, xuất bằng `chiso export SET --format xlsx --units …` rồi điền các ô',
        en: 'the form of unit UNIT, exported with `chiso export SET --format xlsx --units …`, its cells filled in',
    },
    cell: { vi: 'Ô', en: 'Cell' },
    value: { vi: 'Giá trị', en: 'Value' },
    emptied: { vi: '(xóa trống)', en: '(emptied)' },
    saved: { vi: 'Excel lưu giá trị', en: 'saved by Excel as' },
    emptyFolder: { vi: 'thư mục trống', en: 'an empty folder' },
    bytes: { vi: 'byte ngoài ASCII viết dạng `\\xNN`', en: 'bytes outside ASCII written as `\\xNN`' },
    compiledThenEdited: {
        vi: 'biên dịch từ `set.chiso` (`chiso compile set.chiso -o set.json`), rồi bị sửa tay',
        en: 'compiled from `set.chiso` (`chiso compile set.chiso -o set.json`), then edited by hand',
    },
    commandPrints: { vi: 'lệnh sau in ra', en: 'this command prints' },
    exitCode: { vi: 'Mã thoát', en: 'Exit code' },
    corrected: { vi: 'Khi đã sửa', en: 'Corrected' },
    recompiled: { vi: '`set.json` được biên dịch lại từ `set.chiso`, không sửa tay', en: '`set.json` compiled again from `set.chiso`, not edited' },
} as const satisfies Record<string, Bilingual>;

const withLang = (args: readonly string[], lang: Lang) => [...args, '--lang', lang];

/** The files of a run, with `set.json` compiled from `set.chiso` and edited when the example says so. */
async function runExample(example: CommandExample, args: readonly string[], files: ExampleFiles, edit: boolean): Promise<CommandRun> {
    if (!example.json) return runCommand(args, files);
    const compiled = await runCommand(['compile', 'set.chiso'], files);
    if (compiled.exitCode !== 0) throw new Error(`its set.chiso does not compile:\n${compiled.printed}`);
    const json = `${compiled.printed}\n`;
    if (edit && !json.includes(example.json.from)) throw new Error(`“${example.json.from}” is not in its compiled set.json`);
    return runCommand(args, { ...files, 'set.json': edit ? json.replace(example.json.from, example.json.to) : json });
}

/** Runs a command rule's example, failing generation when it does not show the rule or its correction fails. */
export async function commandExample(code: CommandCode, lang: Lang): Promise<CommandShown | undefined> {
    const example = COMMAND_EXAMPLES[code];
    if ('unshown' in example) return undefined;
    const failing = await runExample(example, withLang(example.args, lang), example.files, true);
    // Notes such as `compile-wrote` are printed without their code: then their words must be there.
    if (!failing.printed.includes(`chiso/${code}`) && !failing.printed.includes(template(COMMAND_RULES[code], lang).split('{')[0])) {
        throw new Error(`chiso/${code}: its example does not print it:\n${failing.printed}`);
    }
    if (!example.passing) return { example, failing };
    const passing = await runExample(example, withLang(example.passing.args ?? example.args, lang), { ...example.files, ...example.passing.files }, false);
    if (passing.exitCode !== 0 || passing.printed.includes(`chiso/${code}`)) throw new Error(`chiso/${code}: its corrected example still fails:\n${passing.printed}`);
    return { example, failing, passing };
}

function shownFiles(files: ExampleFiles, lang: Lang): string[] {
    return Object.entries(files).flatMap(([name, content]) => {
        if (name.endsWith('/')) return [`- \`${name}\`: ${WORDING.emptyFolder[lang]}`, ''];
        if (isForm(content)) {
            const cells: WorkbookCell[][] = [[WORDING.cell[lang], WORDING.value[lang]], ...Object.entries(content.form.cells).map(([address, value]) => [address, value ?? WORDING.emptied[lang]])];
            return [`- \`${name}\`: ${WORDING.form[lang].replace('UNIT', content.form.unit).replace('SET', content.form.set)}:`, '', ...workbookTable(cells, lang), ''];
        }
        if (!(typeof content === 'string' || content instanceof Uint8Array)) return [`- \`${name}\`, ${WORDING.sheet[lang]} “${content.sheet}”:`, '', ...workbookTable(content.rows, lang), ''];
        const fence = typeof content !== 'string' ? 'text' : name.endsWith('.chiso') ? 'chiso' : name.endsWith('.csv') ? 'csv' : name.endsWith('.json') ? 'json' : 'text';
        const text = typeof content === 'string' ? content : [...content].map(byte => (byte === 0x0a || (byte >= 0x20 && byte < 0x7f) ? String.fromCharCode(byte) : `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
        return [`- \`${name}\`${typeof content === 'string' ? '' : ` (${WORDING.bytes[lang]})`}:`, '', `  \`\`\`${fence}`, ...text.trimEnd().split('\n').map(line => `  ${line}`), '  ```', ''];
    });
}

/** A workbook's rows as a Markdown table, a formula as `=C3+C4` with the value Excel saved. */
function workbookTable(rows: readonly (readonly WorkbookCell[])[], lang: Lang): string[] {
    const cell = (value: WorkbookCell | undefined) => (value === undefined ? '' : typeof value === 'object' ? `\`=${value.formula}\` (${WORDING.saved[lang]} ${value.result})` : String(value));
    const width = Math.max(...rows.map(row => row.length));
    const line = (row: readonly WorkbookCell[]) => `  | ${Array.from({ length: width }, (_, i) => cell(row[i])).join(' | ')} |`;
    return [line(rows[0]), `  |${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
}

function shownRun(args: readonly string[], run: CommandRun, lang: Lang, lead = ''): string[] {
    return [`${lead}${WORDING.commandPrints[lang]}:`, '', '```console', `$ chiso ${withLang(args, lang).join(' ')}`, ...(run.printed.trim() ? [run.printed.trimEnd().replace(/^\n+/, '')] : []), '```', '',
        `${WORDING.exitCode[lang]}: ${run.exitCode}.`];
}

export function commandExampleLines(code: CommandCode, shown: CommandShown | undefined, lang: Lang): string[] {
    const example = COMMAND_EXAMPLES[code];
    if ('unshown' in example) return [example.unshown[lang]];
    const { json } = example;
    const out = [`${WORDING.runIn[lang]}:`, '', ...shownFiles(example.files, lang)];
    if (json) {
        out.push(`- \`set.json\`: ${WORDING.compiledThenEdited[lang]}:`, '', '  ```diff', ...json.from.split('\n').map(line => `  - ${line.trim()}`),
            ...json.to.split('\n').map(line => `  + ${line.trim()}`), '  ```', '');
    }
    // Without a run, generation has failed already (rulePages throws with the reason).
    if (!shown) return out;
    out.push(...shownRun(example.args, shown.failing, lang));
    if (example.passing && shown.passing) {
        const files = example.passing.files ?? {};
        const changed = [...shownFiles(files, lang), ...(json ? [`- ${WORDING.recompiled[lang]}`, ''] : [])];
        const args = example.passing.args ?? example.args;
        if (changed.length > 0) out.push('', `${WORDING.corrected[lang]}:`, '', ...changed, ...shownRun(args, shown.passing, lang));
        else out.push('', ...shownRun(args, shown.passing, lang, `${WORDING.corrected[lang]}, `));
    }
    return out;
}
