/** The language of messages: from the client's locale in the editor, from --lang or LANG in the CLI. */
import type { Lang } from './messages.js';

export class ChisoLocale {
    lang: Lang = 'vi';

    /** `vi`, `vi-VN`, `vi_VN.UTF-8` → Vietnamese; anything else → English. */
    static fromLocale(locale: string | undefined): Lang {
        return locale?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
    }
}
