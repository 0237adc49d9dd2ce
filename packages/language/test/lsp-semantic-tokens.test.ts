/** Semantic tokens (src/lsp/semantic-token-provider.ts): token types and the `surveySourced` modifier. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { highlightHelper, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { ChisoSemanticTokenProvider, SURVEY_SOURCED } from '../src/lsp/semantic-token-provider.js';
import { FOLDER } from './lsp-sample.js';
import { chisoServices } from './test-services.js';

const services = chisoServices('en');
const provider = services.lsp.SemanticTokenProvider!;
const surveySourced = provider.tokenModifiers[SURVEY_SOURCED];
const parse = parseHelper(services);

async function tokens(text: string) {
    return (await highlightHelper(services)(text)).tokens.map(t => ({ text: t.text, type: t.tokenType, surveySourced: (t.tokenModifiers & surveySourced) !== 0 }));
}

describe('semantic tokens', () => {
    test('the legend declares surveySourced after the standard modifiers, on its own bit', () => {
        const { tokenModifiers } = provider.semanticTokensOptions.legend;
        expect(tokenModifiers.at(-1)).toBe(SURVEY_SOURCED);
        expect(surveySourced).toBe(1 << (tokenModifiers.length - 1));
    });

    test('the code and title of a survey-sourced item carry surveySourced, inherited or declared', async () => {
        const found = await tokens(FOLDER);
        for (const text of ['2.1', '"Chỉ số SIPAS"', '2.1.1', '"Tiếp cận dịch vụ"', '2.1.3', '"Công chức"']) {
            expect(found, text).toContainEqual({ text, type: expect.any(String), surveySourced: true });
        }
    });

    test('appraisal items, and the rest of a survey item, do not', async () => {
        const found = await tokens(FOLDER);
        for (const text of ['1', '1.1', '"Kế hoạch CCHC"', '1.1.2', 'Đ1', '"Bị phê bình về CCHC"', '2', '"Sự hài lòng"']) {
            expect(found.filter(t => t.text === text), text).toContainEqual({ text, type: expect.any(String), surveySourced: false });
            expect(found.filter(t => t.text === text && t.surveySourced), text).toEqual([]);
        }
        expect(found.filter(t => t.surveySourced).map(t => t.text)).toEqual(['2.1', '"Chỉ số SIPAS"', '2.1.1', '"Tiếp cận dịch vụ"', '2.1.2', '"Thủ tục hành chính"', '2.1.3', '"Công chức"']);
    });

    test('keywords, codes, points, names and references get their own types', async () => {
        const found = await tokens('agency total "Sở Nội vụ"\nset S "A" {\n    domain 1 "B" max 10/3 min 1 {\n        lead total\n        scoring bands { [80%, 100%] -> 1  < 80% -> 0 }\n    }\n}\n');
        const typeOf = (text: string) => found.filter(t => t.text === text).map(t => t.type);
        expect(typeOf('agency')).toEqual(['keyword']);
        // A keyword used as a name is that name: declared, then referred to.
        expect(typeOf('total')).toEqual(['class', 'class']);
        expect(typeOf('S')).toEqual(['namespace']);
        expect(typeOf('domain')).toEqual(['keyword']);
        expect(typeOf('1')).toEqual(['enumMember', 'number', 'number']);
        expect(typeOf('10/3')).toEqual(['number']);
        expect(typeOf('"B"')).toEqual(['string']);
        expect(typeOf('80')).toEqual(['number', 'number']);
        expect(typeOf('bands')).toEqual(['keyword']);
    });

    test('formula inputs are parameters, operators operators', async () => {
        const found = await tokens('set S "A" {\n    domain 1 "B" max 1 {\n        scoring formula { input a "x" max 1  result min(a, 1) * 1 }\n    }\n}\n');
        expect(found.filter(t => t.text === 'a').map(t => t.type)).toEqual(['parameter', 'parameter']);
        expect(found.filter(t => t.text === '*').map(t => t.type)).toEqual(['operator']);
        expect(found.filter(t => t.text === 'min').map(t => t.type)).toEqual(['keyword']);
    });

    test('every example and fixture gets the tokens Langium\'s own search of each property gives', async () => {
        // Langium's highlightProperty, which searches a node's syntax tree once per property.
        class PerProperty extends ChisoSemanticTokenProvider {}
        PerProperty.prototype['highlightProperty'] = AbstractSemanticTokenProvider.prototype['highlightProperty'];
        const reference = new PerProperty(services);
        const root = path.resolve(import.meta.dirname, '../../..');
        const files = ['examples', 'packages/language/test/fixtures'].flatMap(folder => readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
            .filter(file => file.endsWith('.chiso')).map(file => path.join(root, folder, file)));
        expect(files.length).toBeGreaterThan(100);
        let tokenCount = 0;
        for (const file of files) {
            const document = await parse(readFileSync(file, 'utf8'));
            const params = { textDocument: { uri: document.uri.toString() } };
            const ours = await provider.semanticHighlight(document, params);
            expect(ours.data, file).toEqual((await reference.semanticHighlight(document, params)).data);
            tokenCount += ours.data.length / 5;
        }
        expect(tokenCount).toBeGreaterThan(5000);
    });
});
