/**
 * Checks that compare across the files of a folder (two agencies with one name) depend on files
 * they hold no reference to. When a file changes, its folder's other files are rechecked too,
 * so an error fixed in one file never stays on screen in another.
 */
import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { DefaultDocumentBuilder, URI, UriUtils } from 'langium';

export class FolderDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        const folder = UriUtils.dirname(document.uri).toString();
        for (const uri of changedUris) {
            if (UriUtils.dirname(URI.parse(uri)).toString() === folder) return true;
        }
        return false;
    }
}
