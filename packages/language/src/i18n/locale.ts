/** The language of messages: from the client's locale in the editor, from --lang or LANG in the CLI. */
import type { Lang } from './texts.js';

export class ChisoLocale {
    lang: Lang = 'vi';

    /**
     * `en`, `en-US`, `en_GB.UTF-8` → English; anything else (`vi_VN`, `C`, `POSIX`, none) →
     * Vietnamese: the users are Vietnamese officers, and CI machines run with `LANG=C`.
     */
    static fromLocale(locale: string | undefined): Lang {
        return locale?.toLowerCase().startsWith('en') ? 'en' : 'vi';
    }
}
