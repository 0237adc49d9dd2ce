/**
 * Commander's usage errors in the message language. Commander writes them in English; its error
 * codes are stable, so each code gets our message, with the names commander quotes in its own.
 */
import type { CommanderError } from 'commander';
import type { Lang } from '@chiso/language/i18n';
import { renderHelpText, type HelpTextCode } from './help-texts.js';

export function usageError(lang: Lang, error: CommanderError, command: string): string {
    const quoted = [...error.message.matchAll(/'([^']*)'/g)].map(match => match[1]);
    const suggestion = /Did you mean (?:one of )?(.+?)\?/.exec(error.message)?.[1] ?? '';
    const message = (code: HelpTextCode, args: Record<string, string>) => renderHelpText(lang, code, args);
    let text: string;
    switch (error.code) {
        case 'commander.unknownOption': text = message('usage-unknown-option', { option: quoted[0], suggestion }); break;
        case 'commander.unknownCommand': text = message('usage-unknown-command', { command: quoted[0], suggestion }); break;
        case 'commander.missingArgument': text = message('usage-missing-argument', { argument: quoted[0] }); break;
        case 'commander.optionMissingArgument': text = message('usage-option-needs-value', { option: quoted[0] }); break;
        case 'commander.missingMandatoryOptionValue': text = message('usage-missing-option', { option: quoted[0] }); break;
        case 'commander.conflictingOption': text = message('usage-conflicting-options', { option: quoted[0], other: quoted[1] }); break;
        case 'commander.invalidArgument': text = message('usage-invalid-value', {
            option: quoted[0], value: quoted[1], choices: /Allowed choices are (.*)\.$/.exec(error.message)?.[1] ?? '',
        }); break;
        case 'commander.excessArguments': {
            const [, expected = '?', received = '?'] = /Expected (\d+) arguments? but got (\d+)/.exec(error.message) ?? [];
            text = message('usage-excess-arguments', { expected, received });
            break;
        }
        default: text = error.message.replace(/^error: /, '').replace(/^./, c => c.toUpperCase());
    }
    return `${text} ${message('usage-see-help', { command })}`;
}
