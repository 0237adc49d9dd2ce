// The polyfill must be evaluated before Langium: import order is evaluation order.
import '@chiso/language/polyfill';
/**
 * The `chiso` command: one verb per job. Each verb's module is loaded when it runs, so `check`
 * does not pay for the DOCX and XLSX libraries at start-up.
 */
import { Command, CommanderError, Option } from 'commander';
import type { CheckFormat, Output } from './commands/check.js';
import type { DiffFormat } from './commands/diff.js';
import type { ExportFormat } from './commands/export.js';
import type { ScoreFormat } from './commands/score.js';
import { renderMessage, word } from '@chiso/language/i18n';
import { neutraliseControls } from '@chiso/language/safe-text';
import { ExitCode } from './exit-codes.js';
import { CHISO_VERSION } from './version.js';
import { resolveLang } from './lang.js';

// Titles and ids reach the terminal: their control characters never do (see safe-text.ts).
const stdio: Output = {
    out: text => process.stdout.write(neutraliseControls(text) + '\n'),
    err: text => process.stderr.write(neutraliseControls(text) + '\n'),
};

/**
 * What to say when stdout fails (`> /dev/full`: ENOSPC), in the language the command line asked
 * for; the caller exits 2. A closed pipe (`| head`) is not a failure and never gets here.
 */
export function stdoutFailure(error: NodeJS.ErrnoException, argv: readonly string[]): string {
    const flag = argv.findIndex(arg => arg === '--lang' || arg.startsWith('--lang='));
    const option = flag < 0 ? undefined : argv[flag].includes('=') ? argv[flag].slice('--lang='.length) : argv[flag + 1];
    const lang = resolveLang(option);
    return renderMessage(lang, 'output-unwritable', { file: word(lang, 'standardOutput'), detail: error.code ?? error.message });
}

export async function main(argv: readonly string[], output: Output = stdio): Promise<number> {
    let exitCode: number = ExitCode.Clean;
    const program = new Command('chiso')
        .description('Check and compile administrative-reform index criteria sets (Chỉ số CCHC).')
        .version(CHISO_VERSION)
        .exitOverride()
        .configureOutput({ writeOut: text => output.out(text.trimEnd()), writeErr: text => output.err(text.trimEnd()) });

    program.command('check')
        .description('Report every error, warning and survey-sourced item of .chiso files or folders.')
        .argument('<paths...>', '.chiso files or folders holding them')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github', 'sarif']).default('text'))
        .addOption(new Option('--lang <lang>', 'message language (default: from LANG; vi when it starts with vi)').choices(['vi', 'en']))
        .option('--strict', 'fail on warnings too', false)
        .action(async (paths: string[], opts: { format: CheckFormat; lang?: string; strict: boolean }) => {
            const { check } = await import('./commands/check.js');
            exitCode = await check(paths, { format: opts.format, lang: resolveLang(opts.lang), strict: opts.strict }, output);
        });

    program.command('fmt')
        .description('Rewrite .chiso files in the canonical layout; only whitespace changes.')
        .argument('<paths...>', '.chiso files or folders holding them')
        .option('--check', 'write nothing; list the files that would change and fail if any', false)
        .addOption(new Option('--lang <lang>', 'message language').choices(['vi', 'en']))
        .action(async (paths: string[], opts: { check: boolean; lang?: string }) => {
            const { fmt } = await import('./commands/fmt.js');
            exitCode = await fmt(paths, { check: opts.check, lang: resolveLang(opts.lang) }, output);
        });

    program.command('compile')
        .description('Compile criteria sets without errors to the JSON contract scoring engines load.')
        .argument('<paths...>', '.chiso files or folders holding them')
        .option('-o, --out <path>', 'a .json file (one set) or a folder (one <set id>.json per set); default: stdout')
        .addOption(new Option('--lang <lang>', 'message language').choices(['vi', 'en']))
        .action(async (paths: string[], opts: { out?: string; lang?: string }) => {
            const { compile } = await import('./commands/compile.js');
            exitCode = await compile(paths, { out: opts.out, lang: resolveLang(opts.lang) }, output);
        });

    program.command('score')
        .description('Score units from their results: points per source, index, sub-indices, rank and points lost.')
        .argument('<set>', 'a compiled set (.json from chiso compile) or a .chiso file holding one set')
        .requiredOption('--results <file>', 'results per unit and item (.csv or .json)')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'))
        .option('-o, --out <file>', 'write the report to this file instead of stdout')
        .addOption(new Option('--lang <lang>', 'message language').choices(['vi', 'en']))
        .action(async (setPath: string, opts: { results: string; format: ScoreFormat; out?: string; lang?: string }) => {
            const { score } = await import('./commands/score.js');
            exitCode = await score(setPath, { results: opts.results, format: opts.format, out: opts.out, lang: resolveLang(opts.lang) }, output);
        });

    program.command('export')
        .description('Write the annex (Phụ lục) of a set as DOCX, XLSX, HTML or Markdown.')
        .argument('<set>', 'a compiled set (.json) or a .chiso file holding one set')
        .addOption(new Option('--format <format>', 'document format').choices(['docx', 'xlsx', 'html', 'md']).makeOptionMandatory())
        .option('-o, --out <file>', 'the file to write (required for docx and xlsx; otherwise stdout)')
        .addOption(new Option('--lang <lang>', 'language of the document').choices(['vi', 'en']))
        .action(async (setPath: string, opts: { format: ExportFormat; out?: string; lang?: string }) => {
            const { exportAnnex } = await import('./commands/export.js');
            exitCode = await exportAnnex(setPath, { format: opts.format, out: opts.out, lang: resolveLang(opts.lang) }, output);
        });

    program.command('diff')
        .description('What changed between two versions of a criteria set, written for the appraisal council.')
        .argument('<old>', 'the earlier set (.chiso or compiled .json)')
        .argument('<new>', 'the later set (.chiso or compiled .json)')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'md', 'json']).default('text'))
        .addOption(new Option('--lang <lang>', 'language of the report').choices(['vi', 'en']))
        .action(async (before: string, after: string, opts: { format: DiffFormat; lang?: string }) => {
            const { diff } = await import('./commands/diff.js');
            exitCode = await diff(before, after, { format: opts.format, lang: resolveLang(opts.lang) }, output);
        });

    program.command('import')
        .description('Turn an annex table (.xlsx or .csv) back into a formatted .chiso file.')
        .argument('<annex>', 'an .xlsx workbook (as chiso export writes it, or a province\'s own) or a .csv file')
        .requiredOption('-o, --out <file>', 'the .chiso file to write')
        .addOption(new Option('--lang <lang>', 'message language').choices(['vi', 'en']))
        .action(async (annex: string, opts: { out: string; lang?: string }) => {
            const { importAnnex } = await import('./commands/import.js');
            exitCode = await importAnnex(annex, { out: opts.out, lang: resolveLang(opts.lang) }, output);
        });

    program.command('lsp')
        .description('Start the language server for any LSP editor (Neovim, Helix, Emacs, VS Code).')
        .option('--stdio', 'talk LSP over stdin/stdout (the only transport; accepted for editors that pass it)')
        .action(async () => {
            const { lsp } = await import('./commands/lsp.js');
            lsp();
        });

    try {
        await program.parseAsync([...argv], { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version exit 0; every other parse problem is a usage error.
            return error.exitCode === 0 ? ExitCode.Clean : ExitCode.InputProblem;
        }
        output.err(`chiso: ${(error as Error).message}`);
        return ExitCode.InputProblem;
    }
    return exitCode;
}
