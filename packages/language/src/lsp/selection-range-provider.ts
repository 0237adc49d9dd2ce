/**
 * Selection ranges ("expand selection"): from the token under the cursor to the syntax nodes
 * around it, innermost first (`10` → `10/3` → `100% -> 10/3` → the bands → the item → its
 * parent item → … → the set → the file). Langium has no service for this request: server.ts
 * registers the handler, and `ChisoLanguageServer` (language-server.ts) announces the capability.
 */
import type { CstNode, LangiumDocument } from 'langium';
import { DocumentState, isCompositeCstNode } from 'langium';
import { createServerRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import type { Connection, Position, SelectionRange, SelectionRangeParams } from 'vscode-languageserver';

export function addSelectionRangeHandler(connection: Connection, shared: LangiumSharedServices): void {
    connection.onSelectionRanges(createServerRequestHandler(
        (_services, document, params: SelectionRangeParams) => selectionRanges(document, params.positions),
        shared, DocumentState.Parsed));
}

/** One chain per position, as the protocol asks; a position outside any node selects itself. */
export function selectionRanges(document: LangiumDocument, positions: readonly Position[]): SelectionRange[] {
    const root = document.parseResult?.value?.$cstNode;
    return positions.map(position => {
        const chain = root ? nodesAt(root, document.textDocument.offsetAt(position)) : [];
        // Built from the outermost node in, so the result is the innermost range with its parents.
        let range: SelectionRange | undefined;
        for (const node of chain) {
            // A node that only wraps another (a rule call, a datatype rule) adds no step.
            if (range && sameRange(range.range, node)) continue;
            range = { range: node.range, parent: range };
        }
        return range ?? { range: { start: position, end: position } };
    });
}

/** The CST nodes containing the offset, outermost first; at a boundary, the token that ends there. */
function nodesAt(root: CstNode, offset: number): CstNode[] {
    const chain: CstNode[] = [];
    for (let node: CstNode | undefined = root; node; node = childAt(node, offset)) chain.push(node);
    return chain;
}

function childAt(node: CstNode, offset: number): CstNode | undefined {
    if (!isCompositeCstNode(node)) return undefined;
    return node.content.find(child => child.offset <= offset && offset < child.end)
        ?? node.content.find(child => child.end === offset);
}

function sameRange(range: SelectionRange['range'], node: CstNode): boolean {
    const { start, end } = node.range;
    return range.start.line === start.line && range.start.character === start.character
        && range.end.line === end.line && range.end.character === end.character;
}
