/**
 * The titles of the quick fixes an editor offers on a diagnostic of an example text: the rule pages
 * show them with the example's real values, computed by the language server's own code actions.
 */
import { EmptyFileSystem } from 'langium';
import type { Lang } from '../i18n/index.js';
import { loadTexts } from '../load.js';
import { createChisoServices } from '../lsp/chiso-lsp-module.js';

/** The quick fixes offered on the first diagnostic with `code` (`chiso/sum-mismatch`) in `text`. */
export async function quickFixTitles(text: string, lang: Lang, code: string): Promise<string[]> {
    const services = createChisoServices(EmptyFileSystem);
    const { files: [file] } = await loadTexts([{ path: '/rule-docs/example.chiso', text }], { lang, services });
    const diagnostic = file.diagnostics.find(d => d.code === code);
    if (!diagnostic) return [];
    const actions = await services.Chiso.lsp.CodeActionProvider!.getCodeActions(file.document, {
        textDocument: { uri: file.document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
    });
    return (actions ?? []).map(action => action.title);
}
