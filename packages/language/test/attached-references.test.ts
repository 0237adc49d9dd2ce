/**
 * References are resolved only from nodes of the document's tree (references/attached-references.ts):
 * parser recovery inside a formula leaves expression nodes outside it, and a hover there used to
 * make Langium log "AST node has no document".
 */
import { AstUtils, CstUtils, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isFormulaInput } from '../src/generated/ast.js';
import { chisoServices } from './test-services.js';

const services = chisoServices('en');
const parse = parseHelper(services);

const formula = (result: string) => `set S "Khảo sát" {
    total 10
    domain 1 "Một" max 10 {
        scoring formula {
            input positive "Số câu trả lời tích cực" min 0
            input answers "Tổng số câu trả lời" min 1
            result ${result}
        }
    }
}
`;

/** The token `positive` of the result line, and whether its node is in the document's tree. */
function resultToken(document: LangiumDocument) {
    const text = document.textDocument.getText();
    const offset = text.indexOf('positive', text.indexOf('result'));
    const leaf = CstUtils.findLeafNodeAtOffset(document.parseResult.value.$cstNode!, offset)!;
    return { leaf, offset, attached: AstUtils.findRootNode(leaf.astNode) === document.parseResult.value };
}

describe('references from recovered formulas', () => {
    afterEach(() => vi.restoreAllMocks());

    test('a hover on an input of a broken formula answers nothing and logs no error', async () => {
        const document = await parse(formula('1.2.3 + positive / answers * 1.2.3'));
        const { leaf, offset, attached } = resultToken(document);
        expect(leaf.text).toBe('positive');
        expect(attached).toBe(false);
        const logged = vi.spyOn(console, 'error');
        expect(services.references.References.findDeclarations(leaf)).toEqual([]);
        await services.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
        expect(logged).not.toHaveBeenCalled();
    });

    test('in a formula that parses, the input is still found', async () => {
        const document = await parse(formula('positive / answers * 10'));
        const { leaf, attached } = resultToken(document);
        expect(attached).toBe(true);
        const [declaration] = services.references.References.findDeclarations(leaf);
        expect(isFormulaInput(declaration) && declaration.name).toBe('positive');
    });
});
