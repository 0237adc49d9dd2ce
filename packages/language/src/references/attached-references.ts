/**
 * Declarations are looked up only from tokens of the document's tree. When the parser recovers
 * inside a formula (`result -1 + positive / answers`), the expression nodes it was building are
 * left out of the tree, while their tokens stay in the syntax tree; resolving a reference from
 * such a node (a hover on `positive`) fails and Langium logs "AST node has no document". Those
 * nodes are never linked or checked, so they declare and refer to nothing.
 */
import { AstUtils, DefaultReferences, type AstNode, type CstNode } from 'langium';

export class AttachedReferences extends DefaultReferences {
    override findDeclarations(sourceCstNode: CstNode): AstNode[] {
        if (sourceCstNode && AstUtils.findRootNode(sourceCstNode.astNode) !== sourceCstNode.root.astNode) return [];
        return super.findDeclarations(sourceCstNode);
    }
}
