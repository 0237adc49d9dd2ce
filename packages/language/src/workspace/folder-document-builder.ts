/**
 * Which documents a change rechecks. References see only their own folder (folder-scope.ts), so
 * a change in one folder never relinks another folder's files — not even those with unresolved
 * references, which Langium would otherwise relink and recheck after every edit anywhere in the
 * workspace (a repository holds dozens of such files).
 * Checks that compare across the files of a folder (two agencies with one name) depend on files
 * they hold no reference to. When a file changes, a sibling is rechecked if it shows such an
 * error (it may now be fixed) or if one of its names is declared in the changed file (a new
 * clash) — so an error never stays on screen after its cause is fixed elsewhere, and an
 * ordinary edit does not recheck the whole folder.
 */
import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { DefaultDocumentBuilder, URI } from 'langium';
import type { Document } from '../generated/ast.js';
import { folderOf } from '../references/folder-scope.js';

const DUPLICATE_NAME = 'chiso/duplicate-name';
/** A top-level declaration as written at the start of a line: `agency SNV "…"`, `set VL2023 "…" {`. */
const DECLARATION = /^[ \t]*(?:agency|survey|set)[ \t]+([^\s"{]+)/gm;

export class FolderDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const folder = folderOf(document.uri);
        const siblings = [...changedUris].filter(uri => folderOf(URI.parse(uri)) === folder);
        if (siblings.length === 0) return false;
        if (super.shouldRelink(document, changedUris)) return true;
        if (document.diagnostics?.some(d => d.code === DUPLICATE_NAME)) return true;
        const root = document.parseResult?.value as Document | undefined;
        const own = new Set((root?.elements ?? []).map(e => e.name?.normalize('NFC')));
        for (const uri of siblings) {
            // A file just opened is still unparsed here: the editor's copy of its text is the current one.
            const text = this.textDocuments?.get(uri)?.getText() ?? this.langiumDocuments.getDocument(URI.parse(uri))?.textDocument.getText() ?? '';
            for (const match of text.matchAll(DECLARATION)) if (own.has(match[1].normalize('NFC'))) return true;
        }
        return false;
    }
}
