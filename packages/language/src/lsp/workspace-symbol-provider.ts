/**
 * Workspace symbols: every item, deduction group, set, agency and survey of the open workspace,
 * found by code or title (`1.5.3`, `sáng kiến`). Items are not exported to Langium's index (they
 * have no names to link to), so each document's tree is walked once per parse and cached.
 *
 * Matching ignores case and Vietnamese accents (`sang kien` finds "Sáng kiến"): both sides are
 * decomposed (NFD), combining marks dropped and đ read as d, for matching only; every word of the
 * query must occur. Exact codes come first, then names starting with the query.
 */
import type { LangiumDocument, LangiumDocuments, ServiceRegistry } from 'langium';
import { interruptAndCheck } from 'langium';
import type { LangiumSharedServices, WorkspaceSymbolProvider } from 'langium/lsp';
import { CancellationToken, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { ChisoServices } from './chiso-lsp-module.js';
import { isCriteriaSet, isDocument, isItem, type Document } from '../generated/ast.js';
import { codeOf } from './figures.js';
import { symbolChildren, symbolKind, symbolName, symbolNameNode, type SymbolNode } from './document-symbol-provider.js';

interface Entry {
    readonly symbol: WorkspaceSymbol;
    /** The search key of the symbol's name, and of its code for items. */
    readonly key: string;
    readonly codeKey?: string;
}

/** Lower case without accents, for matching only: "Sáng kiến" → "sang kien", "Đ1" → "d1". */
export function searchKey(text: string): string {
    return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

export class ChisoWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly registry: ServiceRegistry;
    private readonly entries = new WeakMap<Document, Entry[]>();

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.registry = services.ServiceRegistry;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = searchKey(params.query.trim());
        const words = query.split(/\s+/).filter(Boolean);
        const found: { entry: Entry; rank: number }[] = [];
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            for (const entry of this.documentEntries(document)) {
                if (!words.every(w => entry.key.includes(w))) continue;
                found.push({ entry, rank: entry.codeKey === query ? 0 : entry.key.startsWith(query) ? 1 : 2 });
            }
        }
        // Array sort is stable: within a rank, symbols keep the workspace's order.
        return found.sort((a, b) => a.rank - b.rank).map(f => f.entry.symbol);
    }

    private documentEntries(document: LangiumDocument): Entry[] {
        const root = document.parseResult?.value;
        if (!isDocument(root)) return [];
        let entries = this.entries.get(root);
        if (!entries) {
            const lang = (this.registry.getServices(document.uri) as ChisoServices).i18n.Locale.lang;
            const uri = document.uri.toString();
            entries = [];
            const visit = (node: SymbolNode, container: string | undefined) => {
                const range = symbolNameNode(node)?.range;
                if (!range) return;
                const name = symbolName(lang, node);
                entries!.push({
                    symbol: { name, kind: symbolKind(node), containerName: container, location: { uri, range } },
                    key: searchKey(name),
                    codeKey: isItem(node) ? searchKey(codeOf(node)) : undefined,
                });
                // Items are found with their set's name, since sets of one folder reuse codes.
                const childContainer = isCriteriaSet(node) ? node.name : container;
                for (const child of symbolChildren(node)) visit(child, childContainer);
            };
            for (const element of root.elements) visit(element, undefined);
            this.entries.set(root, entries);
        }
        return entries;
    }
}
