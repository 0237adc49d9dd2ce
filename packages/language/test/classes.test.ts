/** A set's classes and rounding: Vietnamese messages, the hover, the layout, the compiled contract and the way back. */
import { expectCompletion, expectHover, expectSymbols, highlightHelper } from 'langium/test';
import { SymbolKind, type CompletionList } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { formatText } from '../src/format.js';
import { loadTexts } from '../src/load.js';
import { chisoSource } from '../src/outputs/chiso-source.js';
import { compileSet } from '../src/outputs/criteria-json.js';
import { chisoServices } from './test-services.js';

const SET = `set S "Xếp loại" {
    total 100
    rounding 0
    classes { >= 90% -> "A"  [80%, 90%) -> "B"  [70%, 80%) -> "C" }
    domain 1 "Một" max 100
}
`;

async function load(text: string, lang: 'vi' | 'en' = 'vi') {
    const { files } = await loadTexts([{ path: '/classes/a.chiso', text }], { lang });
    return files[0];
}

describe('classes and rounding', () => {
    test('a gap between classes and too many places, in Vietnamese', async () => {
        const text = SET.replace('rounding 0', 'rounding 9').replace('[80%, 90%)', '[85%, 90%)');
        expect((await load(text)).diagnostics.map(d => `${d.code}: ${d.message}`)).toEqual([
            'chiso/rounding-places: Làm tròn đến 9 chữ số thập phân: chỉ số công bố có từ 0 đến 6 chữ số thập phân.',
            'chiso/class-gap: Các loại bỏ sót chỉ số: từ 80% đến dưới 85% không thuộc loại nào.',
        ]);
    });

    test('compiled: bounds as bands have them, titles, the places; and back to the same source', async () => {
        const { sets, diagnostics } = await load(SET);
        expect(diagnostics).toEqual([]);
        const compiled = compileSet(sets[0]);
        expect(compiled.set.rounding).toBe(0);
        expect(compiled.set.classes).toEqual([
            { lower: { value: 90, inclusive: true }, upper: null, title: 'A' },
            { lower: { value: 80, inclusive: true }, upper: { value: 90, inclusive: false }, title: 'B' },
            { lower: { value: 70, inclusive: true }, upper: { value: 80, inclusive: false }, title: 'C' },
        ]);
        const again = await load(await formatText(chisoSource(compiled)));
        expect(again.diagnostics).toEqual([]);
        expect(compileSet(again.sets[0])).toEqual(compiled);
    });

    test('without a declaration: no classes, rounding null', async () => {
        const { sets } = await load('set S "A" { total 1 domain 1 "B" max 1 }');
        expect(compileSet(sets[0]).set).toMatchObject({ classes: [], rounding: null });
    });

    test('the layout keeps a one-line `classes` on its line and gives a written-out one a line per class', async () => {
        expect(await formatText(SET)).toBe(SET);
        const spread = SET.replace('classes { >= 90% -> "A"  [80%, 90%) -> "B"  [70%, 80%) -> "C" }', 'classes {\n>= 90%->"A"\n[80%,90%) -> "B" [70%, 80%) -> "C" }');
        expect(await formatText(spread)).toBe(SET.replace('classes { >= 90% -> "A"  [80%, 90%) -> "B"  [70%, 80%) -> "C" }',
            'classes {\n        >= 90% -> "A"\n        [80%, 90%) -> "B"\n        [70%, 80%) -> "C"\n    }'));
    });

    test('hovering `classes`: the classes from the highest, in words, and the unclassified indices below the lowest', async () => {
        const text = SET.replace('classes {', 'class<|>es {');
        await expectHover(chisoServices('vi'))({
            text, index: 0, disposeAfterCheck: true,
            hover: '**Xếp loại** theo chỉ số công bố (làm tròn đến 0 chữ số thập phân):\n\n- A: từ 90% trở lên\n- B: từ 80% đến dưới 90%\n- C: từ 70% đến dưới 80%\n- Dưới 70%: không xếp loại',
        });
        await expectHover(chisoServices('en'))({
            text: text.replace('rounding 0\n', ''), index: 0, disposeAfterCheck: true,
            hover: '**Classes** by the published index (rounded to 2 decimal places):\n\n- A: 90% or more\n- B: from 80% to below 90%\n- C: from 70% to below 80%\n- Below 70%: unclassified',
        });
    });
});

describe('completion of classes and rounding', () => {
    async function labelsAt(text: string): Promise<string[]> {
        let labels: string[] = [];
        await expectCompletion(chisoServices('en'))({ text, index: 0, disposeAfterCheck: true, assert: (list: CompletionList) => { labels = list.items.map(i => i.label); } });
        return labels;
    }

    test('offered in a set header, and not again once given', async () => {
        expect(await labelsAt('set S "A" {\n    total 100\n    <|>\n}\n')).toEqual(expect.arrayContaining(['classes', 'rounding']));
        const given = await labelsAt('set S "A" {\n    total 100\n    rounding 2\n    classes { >= 50% -> "Đạt"  < 50% -> "Không đạt" }\n    <|>\n}\n');
        expect(given).not.toContain('classes');
        expect(given).not.toContain('rounding');
    });
});

test('semantic tokens: the keywords, the thresholds and places as numbers, the titles as titles', async () => {
    const found = (await highlightHelper(chisoServices('en'))(SET)).tokens;
    const typeOf = (text: string) => found.filter(t => t.text === text).map(t => t.tokenType);
    expect(typeOf('classes')).toEqual(['keyword']);
    expect(typeOf('rounding')).toEqual(['keyword']);
    expect(typeOf('0')).toEqual(['number']);
    expect(typeOf('90')).toEqual(['number', 'number']);
    // A class's title is highlighted as item titles are.
    expect(typeOf('"A"')).toEqual(typeOf('"Một"'));
});

test('the outline lists the classes first under their set, their titles as detail', async () => {
    await expectSymbols(chisoServices('vi'))({
        text: SET, disposeAfterCheck: true,
        assert: symbols => {
            const set = symbols[0];
            expect(set.children?.map(s => [s.name, s.kind, s.detail])).toEqual([['Xếp loại', SymbolKind.Enum, 'A, B, C'], ['1 Một', SymbolKind.Module, '100 điểm']]);
        },
    });
});
