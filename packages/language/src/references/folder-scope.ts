/**
 * A folder is one province's workspace: a reference sees the agencies and surveys declared in
 * `.chiso` files of its own folder, so sets of different provinces (each with its own
 * `SoNoiVu`) can live side by side in one repository or editor workspace.
 */
import type { AstNodeDescription, LangiumDocument, ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, MultiMapScope, UriUtils, type URI } from 'langium';
import type { LangiumCoreServices } from 'langium';

export function folderOf(uri: URI): string {
    return UriUtils.dirname(uri).toString();
}

export function inSameFolder(description: AstNodeDescription, document: LangiumDocument): boolean {
    return folderOf(description.documentUri) === folderOf(document.uri);
}

export class FolderScopeProvider extends DefaultScopeProvider {
    constructor(services: LangiumCoreServices) {
        super(services);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        const folder = folderOf(document.uri);
        return this.globalScopeCache.get(`${referenceType}@${folder}`, () =>
            new MultiMapScope(this.indexManager.allElements(referenceType).filter(d => folderOf(d.documentUri) === folder)));
    }
}
