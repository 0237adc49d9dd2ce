/** The message language: --lang, else the environment's locale (Vietnamese when it is vi*), else English. */
import { ChisoLocale, type Lang } from '@chiso/language/i18n';

export function resolveLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
    if (option === 'vi' || option === 'en') return option;
    return ChisoLocale.fromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE);
}
