/** The slips the lexer repairs (chiso-lexer.ts): what the parser then reads, and what stays as it was. */
import { validationHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { Agency, CriteriaSet, Document, Item } from '../src/generated/ast.js';
import { chisoServices } from './test-services.js';

const { parser } = chisoServices('en');

function parse(text: string) {
    const result = parser.LangiumParser.parse<Document>(text);
    const syntax = [...result.lexerErrors.map(e => `${e.line}:${e.column} ${e.message}`), ...result.parserErrors.map(e => `${e.token.startLine}:${e.token.startColumn} ${e.message}`)];
    return { document: result.value, syntax };
}

const firstItem = (document: Document) => (document.elements[0] as CriteriaSet).items[0];

describe('a quote left open ends on its line', () => {
    test('its text keeps every character, and code after it on the line stays code', () => {
        const { document, syntax } = parse('set S "A" {\n    domain 1 "Chỉ đạo max 2 {\n        criterion 1.1 "K" max 2\n    }\n}\n');
        expect(syntax).toEqual(['2:14 Unclosed string: add the closing `"` on this line.']);
        const domain: Item = firstItem(document);
        expect([domain.title, domain.max, domain.children.map(c => c.code)]).toEqual(['Chỉ đạo', '2', ['1.1']]);
    });

    test('CRLF line ends, an escaped quote, and a quote open at the end of the file', () => {
        expect(parse('agency A "Sở \\"Nội vụ\\"\r\nagency B "C"\r\n').syntax).toEqual(['1:10 Unclosed string: add the closing `"` on this line.']);
        expect((parse('agency A "Sở \\"Nội vụ\\""\r\n').document.elements[0] as Agency).title).toBe('Sở "Nội vụ"');
        expect(parse('agency A "Sở').syntax).toEqual(['1:10 Unclosed string: add the closing `"` on this line.']);
    });
});

describe('`max` glued to its number', () => {
    test('after a title it is read as `max` and the number', () => {
        const { document, syntax } = parse('set S "A" { domain 1 "B" max10/3 }');
        expect(syntax).toEqual(['1:26 Write a space after `max`: `max 10/3`.']);
        expect(firstItem(document).max).toBe('10/3');
    });

    test('elsewhere `max1` is a name as before', () => {
        const { document, syntax } = parse('agency max1 "Sở Nội vụ"\nset S "A" { domain 1 "B" max 1 { scoring choice { "X" -> 1 max2 "Y" -> 0 } } }');
        expect(syntax).toEqual([]);
        expect((document.elements[0] as Agency).name).toBe('max1');
    });
});

describe('checks kept while a file has syntax errors', () => {
    test('decomposed Vietnamese in a string left open is still reported', async () => {
        const result = await validationHelper<Document>(chisoServices('en'))('agency A "Ke\u0302\u0301 hoa\u0323ch\n');
        expect(result.diagnostics.map(d => d.code)).toEqual(['chiso/syntax', 'chiso/not-nfc']);
    });
});
