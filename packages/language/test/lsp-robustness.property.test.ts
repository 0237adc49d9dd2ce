/**
 * Property: on any text a user may be typing, the editor features never throw and never show
 * `undefined` or `NaN`: hovers at every token, inlay hints, semantic tokens, the outline,
 * folding, selection ranges and workspace symbols — and nothing is logged as an error (Langium
 * logs what it catches, such as a reference it could not resolve).
 */
import { CstUtils } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Hover } from 'vscode-languageserver';
import { selectionRanges } from '../src/lsp/selection-range-provider.js';
import { apply, EXAMPLE_TEXTS, mutation } from './mutations.js';
import { chisoServices } from './test-services.js';

const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 40);

const hoverText = (hover: Hover | undefined) => (hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '');

describe('editor features on partial documents', () => {
    afterEach(() => vi.restoreAllMocks());

    test('mutated examples: no feature throws, logs an error or prints undefined', async () => {
        const logged = vi.spyOn(console, 'error');
        for (const lang of ['vi', 'en'] as const) {
            const services = chisoServices(lang);
            const { lsp } = services;
            await fc.assert(fc.asyncProperty(fc.constantFrom(...EXAMPLE_TEXTS), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (source, edits) => {
                logged.mockClear();
                const document = await parseHelper(services)(apply(source, edits));
                try {
                    const uri = { uri: document.uri.toString() };
                    const root = document.parseResult.value.$cstNode;
                    const positions = root ? CstUtils.flattenCst(root).map(leaf => leaf.range.start).toArray() : [];
                    for (const position of positions) {
                        expect(hoverText(await lsp.HoverProvider!.getHoverContent(document, { textDocument: uri, position }))).not.toMatch(/undefined|NaN/);
                    }
                    const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
                    for (const hint of await lsp.InlayHintProvider!.getInlayHints(document, { textDocument: uri, range }) ?? []) {
                        expect(hint.label).not.toMatch(/undefined|NaN/);
                    }
                    await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: uri });
                    for (const symbol of await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: uri })) expect(symbol.name).not.toBe('');
                    await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: uri });
                    expect(selectionRanges(document, positions)).toHaveLength(positions.length);
                    await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '1.1' });
                    expect(logged).not.toHaveBeenCalled();
                } finally {
                    await clearDocuments(services, [document]);
                }
            }), { numRuns: RUNS });
        }
    }, Math.max(60_000, RUNS * 1_500));
});
