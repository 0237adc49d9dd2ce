/**
 * The `chiso` command: one verb per job. Each verb's module is loaded when it runs, so `check`
 * does not pay for the DOCX and XLSX libraries at start-up.
 */
import { Command, CommanderError, Option, type HelpConfiguration } from 'commander';
import type { Lang } from '@chiso/language/i18n';
import { renderHelpText, type HelpTextCode } from './help-texts.js';
import type { CheckFormat, Output } from './commands/check.js';
import type { CompareFormat } from './commands/compare.js';
import type { DiffFormat } from './commands/diff.js';
import type { ExportFormat } from './commands/export.js';
import type { PublishedFormat, ScoreFormat } from './commands/score.js';
import type { TaskFormat } from './commands/tasks.js';
import type { DifferenceFormat } from './commands/differences.js';
import { word } from '@chiso/language/i18n';
import { neutraliseControls } from '@chiso/language/safe-text';
import { ExitCode } from './exit-codes.js';
import { CHISO_VERSION, NODE_FLOOR } from './version.js';
import { langArgument, resolveLang } from './lang.js';
import { usageError } from './usage-errors.js';
import { renderCommandMessage } from './rules/index.js';
import { ansi, showsProgress, wantsColour } from './terminal.js';

// Titles and ids reach the terminal: their control characters never do (see safe-text.ts; painted
// text had its pieces neutralised as it was painted).
const stdio: Output = {
    out: (text, painted) => process.stdout.write((painted ? text : neutraliseControls(text)) + '\n'),
    err: text => process.stderr.write(neutraliseControls(text) + '\n'),
    ...(wantsColour(process.stdout) ? { paint: ansi } : {}),
    ...(showsProgress(process.stderr) ? { status: (text: string) => process.stderr.write(text) } : {}),
};

/**
 * What to say when stdout fails (`> /dev/full`: ENOSPC), in the language the command line asked
 * for; the caller exits 2. A closed pipe (`| head`) is not a failure and never gets here.
 */
export function stdoutFailure(error: NodeJS.ErrnoException, argv: readonly string[]): string {
    const flag = argv.findIndex(arg => arg === '--lang' || arg.startsWith('--lang='));
    const option = flag < 0 ? undefined : argv[flag].includes('=') ? argv[flag].slice('--lang='.length) : argv[flag + 1];
    const lang = resolveLang(option);
    return renderCommandMessage(lang, 'output-unwritable', { file: word(lang, 'standardOutput'), detail: error.code ?? error.message });
}

export async function main(argv: readonly string[], output: Output = stdio): Promise<number> {
    let exitCode: number = ExitCode.Clean;
    // The language is known before parsing, so that `--help` (printed while parsing) speaks it.
    const lang = resolveLang(langArgument(argv));
    // npm only warns about `engines`: an older Node would fail later with a stack trace.
    if (Number(process.versions.node.split('.')[0]) < NODE_FLOOR) {
        output.err(renderCommandMessage(lang, 'node-too-old', { required: String(NODE_FLOOR), version: process.versions.node }));
        return ExitCode.InputProblem;
    }
    const t = (code: HelpTextCode) => renderHelpText(lang, code);
    const langOption = () => new Option('--lang <lang>', t('lang-option')).choices(['vi', 'en']);
    const program = new Command('chiso')
        .description(t('program'))
        .version(CHISO_VERSION, '-V, --version', t('version-option'))
        .helpOption('-h, --help', t('help-option'))
        .helpCommand('help [command]', t('help-command'))
        .configureHelp(translatedHelp(lang))
        .exitOverride()
        // Usage errors are written in the message language below, from commander's error codes.
        .configureOutput({ writeOut: text => output.out(text.trimEnd()), writeErr: text => output.err(text.trimEnd()), outputError: () => undefined });
    // Subcommands copy the help settings and option texts given to `program` before they are added.
    const verb = (name: string, description: HelpTextCode) => program.command(name).description(t(description));

    verb('check', 'check')
        .argument('<paths...>', t('paths'))
        .addOption(new Option('--format <format>', t('check-format')).choices(['text', 'json', 'github', 'gitlab', 'sarif']).default('text'))
        .addOption(langOption())
        .option('--strict', t('check-strict'), false)
        .option('--notes', t('check-notes'), false)
        .addOption(new Option('-q, --quiet', t('check-quiet')).default(false).conflicts('notes'))
        .option('--stdin-filename <path>', t('check-stdin-filename'))
        .action(async (paths: string[], opts: { format: CheckFormat; lang?: string; strict: boolean; notes: boolean; quiet: boolean; stdinFilename?: string }) => {
            const { check } = await import('./commands/check.js');
            const { format, strict, notes, quiet, stdinFilename } = opts;
            exitCode = await check(paths, { format, lang: resolveLang(opts.lang), strict, notes, quiet, stdinFilename }, output);
        });

    verb('fmt', 'fmt')
        .argument('<paths...>', t('paths'))
        .option('--check', t('fmt-check'), false)
        .addOption(langOption())
        .action(async (paths: string[], opts: { check: boolean; lang?: string }) => {
            const { fmt } = await import('./commands/fmt.js');
            exitCode = await fmt(paths, { check: opts.check, lang: resolveLang(opts.lang) }, output);
        });

    verb('compile', 'compile')
        .argument('<paths...>', t('paths'))
        .option('-o, --out <path>', t('compile-out'))
        .addOption(langOption())
        .action(async (paths: string[], opts: { out?: string; lang?: string }) => {
            const { compile } = await import('./commands/compile.js');
            exitCode = await compile(paths, { out: opts.out, lang: resolveLang(opts.lang) }, output);
        });

    verb('score', 'score')
        .argument('<set>', t('score-set'))
        .requiredOption('--results <file>', t('score-results'))
        .addOption(new Option('--format <format>', t('score-format')).choices(['text', 'json', 'csv', 'html', 'docx', 'xlsx']).default('text'))
        .option('-o, --out <file>', t('score-out'))
        .addOption(langOption())
        .action(async (setPath: string, opts: { results: string; format: ScoreFormat | PublishedFormat; out?: string; lang?: string }) => {
            const { score } = await import('./commands/score.js');
            exitCode = await score(setPath, { results: opts.results, format: opts.format, out: opts.out, lang: resolveLang(opts.lang) }, output);
        });

    verb('tasks', 'tasks')
        .argument('<set>', t('score-set'))
        .requiredOption('--results <file>', t('score-results'))
        .option('--unit <id>', t('tasks-unit'))
        .option('--previous <file>', t('tasks-previous'))
        .option('--previous-set <set>', t('tasks-previous-set'))
        .addOption(new Option('--format <format>', t('tasks-format')).choices(['md', 'json', 'docx', 'xlsx']).default('md'))
        .option('-o, --out <file>', t('score-out'))
        .addOption(langOption())
        .action(async (setPath: string, opts: { results: string; unit?: string; previous?: string; previousSet?: string; format: TaskFormat; out?: string; lang?: string }) => {
            const { tasks } = await import('./commands/tasks.js');
            exitCode = await tasks(setPath, { results: opts.results, unit: opts.unit, previous: opts.previous, previousSet: opts.previousSet, format: opts.format, out: opts.out, lang: resolveLang(opts.lang) }, output);
        });

    verb('compare', 'compare')
        .argument('<before-set>', t('compare-before-set'))
        .argument('<after-set>', t('compare-after-set'))
        .requiredOption('--before <file>', t('compare-before'))
        .requiredOption('--after <file>', t('compare-after'))
        .option('--unit <id>', t('compare-unit'))
        .option('--top <n>', t('compare-top'), '5')
        .addOption(new Option('--format <format>', t('check-format')).choices(['text', 'md', 'json', 'xlsx']).default('text'))
        .option('-o, --out <file>', t('score-out'))
        .addOption(langOption())
        .action(async (beforeSet: string, afterSet: string, opts: { before: string; after: string; unit?: string; top: string; format: CompareFormat; out?: string; lang?: string }) => {
            const { compare } = await import('./commands/compare.js');
            exitCode = await compare(beforeSet, afterSet, { before: opts.before, after: opts.after, unit: opts.unit, top: opts.top, format: opts.format, out: opts.out, lang: resolveLang(opts.lang) }, output);
        });

    verb('differences', 'differences')
        .argument('<set>', t('score-set'))
        .requiredOption('--results <file>', t('score-results'))
        .option('--unit <id>', t('differences-unit'))
        .addOption(new Option('--format <format>', t('tasks-format')).choices(['md', 'json', 'docx', 'xlsx']).default('md'))
        .option('-o, --out <file>', t('score-out'))
        .addOption(langOption())
        .action(async (setPath: string, opts: { results: string; unit?: string; format: DifferenceFormat; out?: string; lang?: string }) => {
            const { differences } = await import('./commands/differences.js');
            exitCode = await differences(setPath, { results: opts.results, unit: opts.unit, format: opts.format, out: opts.out, lang: resolveLang(opts.lang) }, output);
        });

    verb('export', 'export')
        .argument('<set>', t('export-set'))
        .addOption(new Option('--format <format>', t('export-format')).choices(['docx', 'xlsx', 'html', 'md']).makeOptionMandatory())
        .option('-o, --out <file>', t('export-out'))
        .option('--units <file>', t('export-units'))
        .addOption(langOption())
        .action(async (setPath: string, opts: { format: ExportFormat; out?: string; units?: string; lang?: string }) => {
            const { exportAnnex } = await import('./commands/export.js');
            exitCode = await exportAnnex(setPath, { format: opts.format, out: opts.out, units: opts.units, lang: resolveLang(opts.lang) }, output);
        });

    verb('diff', 'diff')
        .argument('<old>', t('diff-old'))
        .argument('<new>', t('diff-new'))
        .addOption(new Option('--format <format>', t('check-format')).choices(['text', 'md', 'json']).default('text'))
        .addOption(langOption())
        .action(async (before: string, after: string, opts: { format: DiffFormat; lang?: string }) => {
            const { diff } = await import('./commands/diff.js');
            exitCode = await diff(before, after, { format: opts.format, lang: resolveLang(opts.lang) }, output);
        });

    verb('import', 'import')
        .argument('<annex>', t('import-annex'))
        .requiredOption('-o, --out <file>', t('import-out'))
        .addOption(langOption())
        .action(async (annex: string, opts: { out: string; lang?: string }) => {
            const { importAnnex } = await import('./commands/import.js');
            exitCode = await importAnnex(annex, { out: opts.out, lang: resolveLang(opts.lang) }, output);
        });

    verb('lsp', 'lsp')
        .option('--stdio', t('lsp-stdio'))
        .action(async () => {
            const { lsp } = await import('./commands/lsp.js');
            lsp();
        });

    try {
        await program.parseAsync([...argv], { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version exit 0; every other parse problem is a usage error.
            if (error.exitCode === 0) return ExitCode.Clean;
            output.err(usageError(lang, error, commandOf(program, argv)));
            return ExitCode.InputProblem;
        }
        output.err(`chiso: ${(error as Error).message}`);
        return ExitCode.InputProblem;
    }
    return exitCode;
}

/** Commander's headings, usage placeholders and `(choices: …, default: …)` note, in the message language. */
function translatedHelp(lang: Lang): HelpConfiguration {
    const headings: Record<string, HelpTextCode> = { 'Usage:': 'usage', 'Arguments:': 'arguments', 'Options:': 'options', 'Commands:': 'commands' };
    const placeholders = (usage: string) => usage
        .replace('[options]', renderHelpText(lang, 'options-placeholder'))
        .replace('[command]', renderHelpText(lang, 'command-placeholder'));
    return {
        styleTitle: title => headings[title] ? renderHelpText(lang, headings[title]) : title,
        styleUsage: placeholders,
        styleSubcommandTerm: placeholders,
        optionDescription: option => {
            const extra = [
                option.argChoices && renderHelpText(lang, 'choices', { list: option.argChoices.join(', ') }),
                typeof option.defaultValue === 'string' && renderHelpText(lang, 'default', { value: option.defaultValue }),
            ].filter(Boolean);
            return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
        },
    };
}

/** `chiso check` when the verb was given and known, else `chiso`: where `--help` tells more. */
function commandOf(program: Command, argv: readonly string[]): string {
    const verb = program.commands.find(command => argv.includes(command.name()));
    return verb ? `chiso ${verb.name()}` : 'chiso';
}
