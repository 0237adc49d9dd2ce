/**
 * Nesting past a documented limit is refused with one `chiso/too-deep` error at the token that
 * crosses it; anything up to the limits is read, checked, formatted and compiled (issue #16: these
 * documents used to overflow the call stack).
 */
import { CstUtils } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { formatText } from '../src/format.js';
import { selectionRanges } from '../src/lsp/selection-range-provider.js';
import { loadTexts } from '../src/load.js';
import { compileSet } from '../src/outputs/criteria-json.js';
import { ruleWords } from '../src/outputs/rule-words.js';
import { MAX_BLOCK_DEPTH, MAX_BRACKET_DEPTH, MAX_OPERATORS } from '../src/parser/nesting-limit.js';
import { chisoServices } from './test-services.js';
import { atEveryLimit, longString, nestedComponents, nestedParentheses, operatorChain, positionOf } from './deep-documents.js';

async function diagnosticsOf(text: string, lang: 'en' | 'vi' = 'en') {
    const { files } = await loadTexts([{ path: '/deep/a.chiso', text }], { lang });
    return files[0].diagnostics.map(d => ({ code: d.code, line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message }));
}

describe('nesting limits', () => {
    test.each([
        ['200 parentheses', nestedParentheses(200), '(', MAX_BRACKET_DEPTH + 1, '`( )` and `[ ]` brackets', MAX_BRACKET_DEPTH],
        ['300 unclosed parentheses', nestedParentheses(300, true), '(', MAX_BRACKET_DEPTH + 1, '`( )` and `[ ]` brackets', MAX_BRACKET_DEPTH],
        ['240 nested components', nestedComponents(240), '{', MAX_BLOCK_DEPTH + 1, '`{ }` blocks', MAX_BLOCK_DEPTH],
        ['5,000 additions', operatorChain(5000), '+', MAX_OPERATORS + 1, 'operators in a row in one formula', MAX_OPERATORS],
    ])('%s: one error at the token past the limit', async (_name, text, token, occurrence, what, limit) => {
        expect(await diagnosticsOf(text)).toEqual([{
            code: 'chiso/too-deep',
            ...positionOf(text, token, occurrence),
            message: `Nesting deeper than ${limit} levels (${what}): Chiso does not read this file. No real criteria set comes near this limit; check the file.`,
        }]);
    });

    test('the message in Vietnamese', async () => {
        const [diagnostic] = await diagnosticsOf(nestedComponents(40), 'vi');
        expect(diagnostic.message).toBe('Lồng sâu quá 32 cấp (khối `{ }`): Chiso không đọc tệp này. Không bộ chỉ số thực tế nào gần tới giới hạn này; hãy kiểm tra lại tệp.');
    });

    test('one past each limit is refused, the limit itself is not', async () => {
        expect((await diagnosticsOf(nestedParentheses(MAX_BRACKET_DEPTH))).map(d => d.code)).not.toContain('chiso/too-deep');
        expect((await diagnosticsOf(nestedParentheses(MAX_BRACKET_DEPTH + 1))).map(d => d.code)).toEqual(['chiso/too-deep']);
        expect((await diagnosticsOf(operatorChain(MAX_OPERATORS))).map(d => d.code)).not.toContain('chiso/too-deep');
        expect((await diagnosticsOf(operatorChain(MAX_OPERATORS + 1))).map(d => d.code)).toEqual(['chiso/too-deep']);
        // set, domain, criterion: three blocks before the components.
        expect((await diagnosticsOf(nestedComponents(MAX_BLOCK_DEPTH - 3))).map(d => d.code)).toEqual([]);
        expect((await diagnosticsOf(nestedComponents(MAX_BLOCK_DEPTH - 2))).map(d => d.code)).toEqual(['chiso/too-deep']);
    });

    test('a document at every limit at once is checked, formatted, compiled and put in words', async () => {
        const text = atEveryLimit();
        const { files } = await loadTexts([{ path: '/deep/limits.chiso', text }], { lang: 'en' });
        expect(files[0].diagnostics.map(d => d.code)).toEqual([]);
        expect(await formatText(text)).toContain('scoring formula {');
        const compiled = compileSet(files[0].sets[0]);
        let item = compiled.items[0];
        while (item.children.length > 0) item = item.children[0];
        expect(ruleWords(item.scoring!, 'en').join(' ')).toContain('a');
    });

    test('at every limit, the editor features answer at every token', async () => {
        const services = chisoServices('vi');
        const { lsp } = services;
        const document = await parseHelper(services)(atEveryLimit());
        const textDocument = { uri: document.uri.toString() };
        const positions = CstUtils.flattenCst(document.parseResult.value.$cstNode!).map(leaf => leaf.range.start).toArray();
        for (const position of positions) {
            await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
        }
        const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
        expect(await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range })).not.toHaveLength(0);
        expect((await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument })).data).not.toHaveLength(0);
        expect(await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument })).toHaveLength(1);
        expect(await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument })).not.toHaveLength(0);
        expect(selectionRanges(document, positions)).toHaveLength(positions.length);
    });

    test('a string of 4 MB is read', async () => {
        const started = performance.now();
        expect(await diagnosticsOf(longString(4 * 1024 * 1024))).toEqual([]);
        expect(performance.now() - started).toBeLessThan(20_000);
    });
});
