/**
 * The outline (document symbols), folding and selection ranges, and the capabilities the server
 * announces for them and for the other editor features.
 */
import type { LangiumDocument } from 'langium';
import { expectFoldings, expectSymbols, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SymbolKind, type DocumentSymbol, type SelectionRange } from 'vscode-languageserver';
import { selectionRanges } from '../src/lsp/selection-range-provider.js';
import { FOLDER } from './lsp-sample.js';
import { chisoServices } from './test-services.js';

/** Symbols as `[name, kind, detail?, children?]`, kinds by name. */
type Outline = (string | Outline[])[];

const KIND_NAMES = new Map(Object.entries(SymbolKind).map(([name, kind]) => [kind, name]));

function outline(symbols: DocumentSymbol[] | undefined): Outline[] {
    return (symbols ?? []).map(s => [
        s.name,
        KIND_NAMES.get(s.kind) ?? String(s.kind),
        ...(s.detail ? [s.detail] : []),
        ...(s.children?.length ? [outline(s.children)] : []),
    ]);
}

/** The sample folder's outline, in Vietnamese. */
const FOLDER_OUTLINE: Outline[] = [
    ['SNV Sở Nội vụ', 'Object'],
    ['STP Sở Tư pháp', 'Object'],
    ['SIPAS Chỉ số hài lòng', 'Event'],
    ['S Bộ chỉ số thử', 'Package', '20 điểm', [
        ['1 Chỉ đạo, điều hành', 'Module', '10 điểm', [
            ['1.1 Kế hoạch CCHC', 'Class', '8 điểm', [
                ['1.1.1 Ban hành kế hoạch', 'Field', '2,5 điểm'],
                ['1.1.2 Mức độ hoàn thành', 'Field', '5 điểm'],
            ]],
            ['1.2 Sáng kiến cải cách', 'Class', '2 điểm'],
        ]],
        ['2 Sự hài lòng', 'Module', '10 điểm', [
            ['2.1 Chỉ số SIPAS', 'Class', '10 điểm', [
                ['2.1.1 Tiếp cận dịch vụ', 'Field', '10/3 điểm'],
                ['2.1.2 Thủ tục hành chính', 'Field', '10/3 điểm'],
                ['2.1.3 Công chức', 'Field', '10/3 điểm'],
            ]],
        ]],
        ['Điểm trừ', 'Namespace', '2 điểm', [
            ['Đ1 Bị phê bình về CCHC', 'Class', '2 điểm'],
        ]],
    ]],
];

describe('outline', () => {
    test('sets, domains, criteria and components nested as `code title` with their points; agencies, surveys, deduction groups', async () => {
        await expectSymbols(chisoServices('vi'))({
            text: FOLDER, disposeAfterCheck: true, assert: symbols => expect(outline(symbols)).toEqual(FOLDER_OUTLINE),
        });
    });

    test.each([
        ['`max` glued to its number on a domain', '"Chỉ đạo, điều hành" max 10 {', '"Chỉ đạo, điều hành" max10 {'],
        ['a title’s closing quote lost', '"Kế hoạch CCHC" max 8 {', '"Kế hoạch CCHC max 8 {'],
    ])('one typo keeps the whole set in the outline: %s', async (_, written, typo) => {
        expect(FOLDER).toContain(written);
        await expectSymbols(chisoServices('vi'))({
            text: FOLDER.replace(written, typo), disposeAfterCheck: true, assert: symbols => expect(outline(symbols)).toEqual(FOLDER_OUTLINE),
        });
    });

    test('lettered components show their full code; a symbol is selected by its code', async () => {
        const text = 'set S "A" {\n    domain 1 "B" max 1 {\n        criterion 1.1 "C" max 1 {\n            component a "D" max 1\n        }\n    }\n}\n';
        await expectSymbols(chisoServices('en'))({
            text, disposeAfterCheck: true, assert: symbols => {
                const component = symbols[0].children![0].children![0].children![0];
                expect(component).toMatchObject({ name: '1.1.a D', detail: '1 point', selectionRange: { start: { line: 3, character: 22 }, end: { line: 3, character: 23 } } });
            },
        });
    });

    test('a document being typed keeps the symbols it can name', async () => {
        await expectSymbols(chisoServices('en'))({
            text: 'agency A "B"\nset S "T" {\n    domain 1 "D" max {\n', disposeAfterCheck: true,
            assert: symbols => expect(symbols.map(s => s.name)).toEqual(['A B', 'S T']),
        });
    });
});

describe('folding', () => {
    test('every multi-line block folds once, its closing brace left visible', async () => {
        await expectFoldings(chisoServices())({
            disposeAfterCheck: true,
            text: `survey K "Khảo sát" {<|
    questions 8
    note "Ghi chú"|>
}
set S "A" {<|
    split {<|
        appraisal 3
        survey 0|>
    }
    domain 1 "B" max 3 {<|
        criterion 1.1 "C" max 3 {<|
            scoring bands {<|
                100% -> 3
                < 100% -> 0|>
            }|>
        }|>
    }|>
}
`,
        });
    });
});

describe('selection ranges', () => {
    async function chain(text: string, before: string): Promise<string[]> {
        const document: LangiumDocument = await parseHelper(chisoServices())(text);
        const [range] = selectionRanges(document, [document.textDocument.positionAt(text.indexOf(before) + before.length)]);
        const texts: string[] = [];
        for (let r: SelectionRange | undefined = range; r; r = r.parent) texts.push(document.textDocument.getText(r.range));
        return texts;
    }

    const TEXT = 'set S "A" {\n    domain 1 "B" max 10 {\n        criterion 1.1 "C" max 10/3 {\n            scoring bands { 100% -> 10/3  < 100% -> 0 }\n        }\n    }\n}\n';

    test('token → node → parents, each step larger', async () => {
        expect(await chain(TEXT, '-> 1')).toEqual([
            '10',
            '10/3',
            '100% -> 10/3',
            'bands { 100% -> 10/3  < 100% -> 0 }',
            'scoring bands { 100% -> 10/3  < 100% -> 0 }',
            'criterion 1.1 "C" max 10/3 {\n            scoring bands { 100% -> 10/3  < 100% -> 0 }\n        }',
            TEXT.slice(TEXT.indexOf('domain'), TEXT.lastIndexOf('}', TEXT.lastIndexOf('}') - 1) + 1),
            TEXT.trimEnd(),
        ]);
    });

    test('in whitespace the innermost node around it; in an empty document the position itself', async () => {
        expect((await chain(TEXT, 'max 10 {\n'))[0]).toMatch(/^domain 1 "B"/);
        const empty = await parseHelper(chisoServices())('');
        expect(selectionRanges(empty, [{ line: 0, character: 0 }])).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
    });
});

describe('capabilities', () => {
    test('the server announces hovers, inlay hints, semantic tokens with surveySourced, symbols, folding and selection ranges', async () => {
        const { shared } = chisoServices();
        const { capabilities } = await shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: null });
        expect(capabilities).toMatchObject({
            hoverProvider: true,
            inlayHintProvider: { resolveProvider: false },
            documentSymbolProvider: true,
            workspaceSymbolProvider: { resolveProvider: false },
            foldingRangeProvider: true,
            selectionRangeProvider: true,
        });
        expect(capabilities.semanticTokensProvider?.legend.tokenModifiers).toContain('surveySourced');
    });
});
