/** Services for `langium/test` helpers, with messages in the requested language. */
import { EmptyFileSystem } from 'langium';
import { createChisoServices } from '../src/lsp/chiso-lsp-module.js';
import type { Lang } from '../src/i18n/index.js';

export function chisoServices(lang: Lang = 'en') {
    const services = createChisoServices(EmptyFileSystem);
    services.Chiso.i18n.Locale.lang = lang;
    return services.Chiso;
}
