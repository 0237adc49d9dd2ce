/**
 * Which documents the server checks, and for whom it reports. As `chiso check` does, a file is
 * checked with the `.chiso` files beside it on disk (a shared file of agencies and surveys), also
 * when its folder is not part of a workspace folder (File › Open File, Neovim without a root):
 * those siblings are read from disk as context, rechecked when they change (on disk, seen when a
 * file of the folder is opened or saved or the client reports it; or in the editor once opened),
 * and report nothing of their own unless opened. A document that is not a file (a rename
 * preview, a git diff view) is checked alone and reports nothing; on close it is forgotten, and
 * any document's diagnostics that are not the workspace's are cleared.
 */
import type { LangiumSharedServices, TextDocuments } from 'langium/lsp';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { FileSystemProvider, LangiumDocuments, ServiceRegistry, WorkspaceManager } from 'langium';
import { URI, UriUtils } from 'langium';
import type { Connection, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Schemes whose documents report diagnostics: files, and the editor's new unsaved files. */
const REPORTED_SCHEMES: ReadonlySet<string> = new Set(['file', 'untitled']);

interface FolderChanges { changed: URI[]; deleted: URI[] }

export class ChisoDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly documents: LangiumDocuments;
    private readonly textDocuments: TextDocuments<TextDocument>;
    private readonly fileSystem: FileSystemProvider;
    private readonly registry: ServiceRegistry;
    private readonly manager: WorkspaceManager;
    private readonly connection: Connection | undefined;
    /** Files read from disk only as context of an opened sibling (or closed outside any workspace folder). */
    private readonly context = new Set<string>();
    /** The folders whose files were opened, and those being read for the first time. */
    private readonly scanned = new Set<string>();
    private readonly firstReads = new Set<string>();
    /**
     * Files opened while their folder is first read. They are built at once (so that requests about
     * them are answered) but report nothing until their siblings are there: without them their
     * agencies would all be unknown. Then they are built again, with the siblings.
     */
    private readonly awaiting = new Set<string>();

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
        this.textDocuments = services.workspace.TextDocuments;
        this.fileSystem = services.workspace.FileSystemProvider;
        this.registry = services.ServiceRegistry;
        this.manager = services.workspace.WorkspaceManager;
        this.connection = services.lsp.Connection;
    }

    /** Whether diagnostics of this document go to the client. */
    reports(uri: string): boolean {
        if (!REPORTED_SCHEMES.has(URI.parse(uri).scheme) || this.awaiting.has(uri)) return false;
        return !this.context.has(uri) || this.textDocuments.get(uri) !== undefined;
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        super.didChangeContent(change);
        const uri = URI.parse(change.document.uri);
        if (uri.scheme !== 'file') return;
        const folder = UriUtils.dirname(uri).toString();
        if (!this.scanned.has(folder)) {
            this.scanned.add(folder);
            this.firstReads.add(folder);
            void this.rescan(uri).then(() => this.firstReads.delete(folder));
        }
        if (this.firstReads.has(folder)) this.awaiting.add(uri.toString());
    }

    didOpenDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        // A folder already read is read again: a sibling may have changed on disk meanwhile.
        if (uri.scheme === 'file' && this.scanned.has(UriUtils.dirname(uri).toString())) void this.rescan(uri);
    }

    didSaveDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (uri.scheme === 'file') void this.rescan(uri);
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (uri.scheme !== 'file') {
            // Forgotten: Langium then clears its diagnostics.
            this.fireDocumentUpdate([], [uri]);
            return;
        }
        if (!this.inWorkspaceFolder(uri)) {
            this.context.add(uri.toString());
            void this.connection?.sendDiagnostics({ uri: uri.toString(), diagnostics: [] });
        }
        // The editor's unsaved text is gone: the file is what is on disk again, if anything.
        void this.fileSystem.stat(uri).then(
            () => this.fireDocumentUpdate([uri], []),
            () => this.fireDocumentUpdate([], [uri]));
    }

    private inWorkspaceFolder(uri: URI): boolean {
        return (this.manager.workspaceFolders ?? []).some(folder => UriUtils.contains(URI.parse(folder.uri), uri));
    }

    /** Reads the folder of `uri` from disk and updates the siblings it did not know or that changed, and the files awaiting them. */
    private rescan(uri: URI): Promise<void> {
        const folder = UriUtils.dirname(uri);
        const update = (changes: FolderChanges) => {
            const waiting = [...this.awaiting].map(key => URI.parse(key)).filter(file => UriUtils.equals(UriUtils.dirname(file), folder));
            for (const file of waiting) this.awaiting.delete(file.toString());
            const changed = [...waiting, ...changes.changed];
            if (changed.length > 0 || changes.deleted.length > 0) this.fireDocumentUpdate(changed, changes.deleted);
        };
        return this.manager.ready
            .then(() => this.siblingChanges(folder, uri))
            // Context is a help, never a reason to stop: the file is then checked without it.
            .then(update, () => update({ changed: [], deleted: [] }));
    }

    private async siblingChanges(folder: URI, opened: URI): Promise<FolderChanges> {
        const changes: FolderChanges = { changed: [], deleted: [] };
        let entries;
        try {
            entries = await this.fileSystem.readDirectory(folder);
        } catch {
            // A folder that cannot be read gives no context; the opened file is still checked.
            return changes;
        }
        const onDisk = new Set<string>();
        for (const entry of entries) {
            const key = entry.uri.toString();
            if (!entry.isFile || !this.registry.hasServices(entry.uri) || key === opened.toString()) continue;
            onDisk.add(key);
            if (this.textDocuments.get(key)) continue;
            const known = this.documents.getDocument(entry.uri);
            if (!known) {
                this.context.add(key);
                changes.changed.push(entry.uri);
            } else if (this.context.has(key) && await this.readOr(entry.uri, '') !== known.textDocument.getText()) {
                changes.changed.push(entry.uri);
            }
        }
        for (const key of this.context) {
            const uri = URI.parse(key);
            if (UriUtils.equals(UriUtils.dirname(uri), folder) && !onDisk.has(key) && !this.textDocuments.get(key)) {
                this.context.delete(key);
                changes.deleted.push(uri);
            }
        }
        return changes;
    }

    private async readOr(uri: URI, fallback: string): Promise<string> {
        try {
            return await this.fileSystem.readFile(uri);
        } catch {
            return fallback;
        }
    }
}
