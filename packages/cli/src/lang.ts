/** The message language: --lang, else the environment's locale (English when it is en*), else Vietnamese. */
import { ChisoLocale, type Lang } from '@chiso/language/i18n';

export function resolveLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
    if (option === 'vi' || option === 'en') return option;
    // POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG; LANG=C falls through to Vietnamese.
    return ChisoLocale.fromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** `--lang` as written on the command line, read before parsing so that `--help` speaks it too. */
export function langArgument(argv: readonly string[]): string | undefined {
    for (let i = argv.length - 1; i >= 0; i--) {
        if (argv[i] === '--lang') return argv[i + 1];
        if (argv[i].startsWith('--lang=')) return argv[i].slice('--lang='.length);
    }
    return undefined;
}
