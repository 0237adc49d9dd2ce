/**
 * The TextMate grammar paints a word by what it is where it stands, as VS Code tokenises it
 * (vscode-textmate with the Oniguruma engine VS Code uses, and the bracket settings the manifest
 * gives VS Code): survey and appraisal alike as sources, a formula input named like a keyword as
 * an input, `optional` as a modifier, and the `)` closing `[80%, 100%)` not as a stray bracket.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';

const ROOT = path.resolve(import.meta.dirname, '..');
const GRAMMAR = path.join(ROOT, 'syntaxes', 'chiso.tmLanguage.json');
/** vscode-textmate's token metadata: bit 10 marks a token whose brackets the editor pairs (EncodedTokenAttributes, not exported). */
const BALANCED_BRACKETS = 1 << 10;

let grammar: IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new Registry({
        onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
        loadGrammar: async scopeName => (scopeName === 'source.chiso' ? parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
    });
    // As VS Code loads it: every bracket pairs (`*`) except in the scopes the manifest lists.
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: { scopeName: string; unbalancedBracketScopes?: string[] }[] } };
    const contribution = manifest.contributes.grammars.find(g => g.scopeName === 'source.chiso')!;
    const loaded = await registry.loadGrammarWithConfiguration('source.chiso', 1, {
        balancedBracketSelectors: ['*'],
        unbalancedBracketSelectors: contribution.unbalancedBracketScopes ?? [],
    });
    if (!loaded) throw new Error('the Chiso grammar did not load');
    grammar = loaded;
});

interface Token { readonly text: string; readonly scopes: readonly string[]; readonly pairs: boolean }

/** Each line's tokens, the lines tokenised in order as the editor does (a block spans lines). */
function tokenise(text: string): Token[][] {
    let state: StateStack = INITIAL;
    return text.split('\n').map(line => {
        const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
        const binary = grammar.tokenizeLine2(line, state).tokens;
        state = ruleStack;
        return tokens.map(token => {
            let metadata = 0;
            for (let i = 0; i < binary.length; i += 2) if (binary[i] <= token.startIndex) metadata = binary[i + 1];
            return { text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes, pairs: (metadata & BALANCED_BRACKETS) !== 0 };
        });
    });
}

/** The innermost scope of every token reading exactly `word`, line by line. */
function scopesOf(text: string, word: string): string[] {
    return tokenise(text).flat().filter(t => t.text === word).map(t => t.scopes.at(-1)!);
}

describe('the TextMate grammar', () => {
    test('a survey is declared with storage.type; as a source, survey is painted like appraisal and specialist', () => {
        const text = [
            'survey SIPAS "Chỉ số hài lòng" {',
            '    split { appraisal 70  survey 30 }',
            '    split { appraisal 66  survey + specialist 34 optional }',
            '            source survey SIPAS',
            '            source appraisal',
        ].join('\n');
        const lines = tokenise(text);
        expect(lines[0].find(t => t.text === 'survey')?.scopes.at(-1)).toBe('storage.type.chiso');
        expect(lines[0].find(t => t.text === 'SIPAS')?.scopes.at(-1)).toBe('entity.name.type.chiso');
        const sources = lines.slice(1).flat().filter(t => ['appraisal', 'survey', 'specialist'].includes(t.text));
        expect(sources.map(t => `${t.text} ${t.scopes.at(-1)}`)).toEqual([
            'appraisal support.constant.source.chiso',
            'survey support.constant.source.chiso',
            'appraisal support.constant.source.chiso',
            'survey support.constant.source.chiso',
            'specialist support.constant.source.chiso',
            'survey support.constant.source.chiso',
            'appraisal support.constant.source.chiso',
        ]);
        expect(scopesOf(text, 'optional')).toEqual(['storage.modifier.chiso']);
    });

    test('a formula input named `respondents` is painted as an input wherever it is used, not as the keyword', () => {
        const text = [
            '            scoring formula {',
            '                input respondents "Số người trả lời" min 1',
            '                input satisfied',
            '                where satisfied <= respondents',
            '                result max(satisfied, 0) / (respondents * 8) * 30',
            '            }',
            '    respondents "Mẫu khảo sát" total 100 {',
        ].join('\n');
        const lines = tokenise(text);
        const word = (line: number, text: string) => lines[line].filter(t => t.text === text).map(t => t.scopes.at(-1));
        expect(word(1, 'respondents')).toEqual(['variable.parameter.chiso']);
        expect(word(3, 'respondents')).toEqual(['variable.other.chiso']);
        expect(word(4, 'respondents')).toEqual(['variable.other.chiso']);
        expect(word(4, 'max')).toEqual(['support.function.chiso']);
        expect(word(1, 'min')).toEqual(['keyword.other.field.chiso']);
        // The formula's `}` ends it: a survey's sample after it is the keyword again.
        expect(word(6, 'respondents')).toEqual(['storage.type.chiso']);
    });

    test('the `)` of a half-open interval `[80%, 100%)` is not a bracket to pair; a formula\'s parentheses are', () => {
        const [interval] = tokenise('                [80%, 100%) -> 0.5');
        const close = interval.find(t => t.text === ')')!;
        expect(close.scopes.at(-1)).toBe('punctuation.definition.interval.end.chiso');
        expect(close.pairs).toBe(false);
        expect(interval.find(t => t.text === '[')?.pairs).toBe(false);
        expect(interval.filter(t => /\d/.test(t.text)).map(t => t.scopes.at(-1))).toEqual(['constant.numeric.chiso', 'constant.numeric.chiso', 'constant.numeric.chiso']);
        const [formula] = tokenise('formula { result (a + b) * 8 }');
        expect(formula.filter(t => t.text.includes('(') || t.text.includes(')')).every(t => t.pairs)).toBe(true);
    });

    test('a set\'s `classes` and `rounding` are fields; a class\'s half-open interval is no bracket to pair, its title a string', () => {
        const [rounding, classes] = tokenise('    rounding 2\n    classes { >= 90% -> "A"  [80%, 90%) -> "B" }');
        expect(rounding.find(t => t.text === 'rounding')?.scopes.at(-1)).toBe('keyword.other.field.chiso');
        expect(classes.find(t => t.text === 'classes')?.scopes.at(-1)).toBe('keyword.other.field.chiso');
        expect(classes.find(t => t.text === ')')?.pairs).toBe(false);
        expect(classes.filter(t => t.text === 'B').map(t => t.scopes.some(scope => scope.startsWith('string.')))).toEqual([true]);
    });

    test('Vietnamese names are one token: `agency Sở_Nội_vụ`', () => {
        expect(scopesOf('agency Sở_Nội_vụ "Sở Nội vụ"', 'Sở_Nội_vụ')).toEqual(['entity.name.type.chiso']);
    });
});
