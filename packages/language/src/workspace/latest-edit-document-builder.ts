/**
 * In the editor, a burst of edits is built once, from the latest text. The client's messages are
 * handled one per event-loop turn and parsing is synchronous, so without waiting a turn every edit
 * of a burst was parsed in full before the next one could cancel its build: on a large broken
 * document that is seconds per edit while hover and completion wait. One turn later, a build that
 * a newer edit has already cancelled stops before parsing text that is out of date.
 */
import type { BuildOptions, LangiumDocument } from 'langium';
import { delayNextTick, OperationCancelled } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { FolderDocumentBuilder } from './folder-document-builder.js';

export class LatestEditDocumentBuilder extends FolderDocumentBuilder {
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        // Builds nobody can cancel go at once.
        if (cancelToken !== CancellationToken.None) {
            await delayNextTick();
            if (cancelToken.isCancellationRequested) throw OperationCancelled;
        }
        return super.buildDocuments(documents, options, cancelToken);
    }
}
