/**
 * Chiso's parser remembers what may follow each rule path during error recovery and places
 * comments and line breaks searching from the end (chiso-parser.ts). Property: on any broken text
 * it parses exactly as Langium's own parser does — the same syntax errors at the same places, the
 * same tree and syntax tree — including across many parses by one parser, as in the language server.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AstUtils, createCompletionParser, createLangiumParser, CstUtils, EmptyFileSystem, isLeafCstNode, type LangiumCompletionParser, type LangiumParser } from 'langium';
import { createChisoCoreServices } from '../src/chiso-module.js';
import { ChisoCompletionParser, ChisoParser } from '../src/parser/chiso-parser.js';
import { apply, EXAMPLE_TEXTS, mutation } from './mutations.js';

const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 100);

const { Chiso } = createChisoCoreServices(EmptyFileSystem);
const chiso = Chiso.parser.LangiumParser;
const langium = createLangiumParser(Chiso);
const chisoCompletion = Chiso.parser.CompletionParser;
const langiumCompletion = createCompletionParser(Chiso);

/**
 * What a user sees of a parse: each syntax error with its place, each node of the tree with its
 * extent, and the syntax tree in order with comments and line breaks where they were put (the
 * formatter and hovers read them).
 */
function outcome(parser: LangiumParser, text: string) {
    const result = parser.parse(text);
    return {
        parserErrors: result.parserErrors.map(e => `${e.token.startOffset}:${e.token.image} ${e.message}`),
        lexerErrors: result.lexerErrors.map(e => `${e.offset}+${e.length} ${e.message}`),
        nodes: AstUtils.streamAst(result.value).map(n => `${n.$type}@${n.$cstNode?.offset}+${n.$cstNode?.length}`).toArray(),
        syntax: result.value.$cstNode ? CstUtils.streamCst(result.value.$cstNode).map(n => `${isLeafCstNode(n) && n.hidden ? 'hidden ' : ''}${n.astNode.$type}@${n.offset}+${n.length}`).toArray() : [],
    };
}

/** What completion learns from the text before the cursor: where parsing stopped and in which grammar elements. */
function completionOutcome(parser: LangiumCompletionParser, text: string) {
    const result = parser.parse(text);
    return { tokenIndex: result.tokenIndex, elements: result.elementStack.map(e => Chiso.workspace.AstNodeLocator.getAstNodePath(e)) };
}

describe('parser error recovery', () => {
    test('the language uses the remembering parsers', () => {
        expect(chiso).toBeInstanceOf(ChisoParser);
        expect(chisoCompletion).toBeInstanceOf(ChisoCompletionParser);
    });

    test('mutated examples recover exactly as with Langium’s parser', () => {
        fc.assert(fc.property(fc.constantFrom(...EXAMPLE_TEXTS), fc.array(mutation, { minLength: 1, maxLength: 6 }), (source, edits) => {
            const text = apply(source, edits);
            expect(outcome(chiso, text)).toEqual(outcome(langium, text));
            const cursor = Math.floor(text.length / 2);
            expect(completionOutcome(chisoCompletion, text.slice(0, cursor))).toEqual(completionOutcome(langiumCompletion, text.slice(0, cursor)));
        }), { numRuns: RUNS });
    });

    test('a quote lost in a long set on one line: thousands of errors, each where Langium puts it', () => {
        // One quote gone and every string after it on its line turns inside out: words outside quotes,
        // syntax inside (a string ends on its line, so the set is written on one line, comments dropped).
        const set = EXAMPLE_TEXTS.filter(t => t.includes('scoring choice {')).reduce((a, b) => (b.length > a.length ? b : a)).repeat(4);
        const text = set.replace(/\/\/[^\n]*/g, '').replace(/\s*\n\s*/g, ' ');
        for (const from of [0, Math.floor(text.length / 2)]) {
            const at = text.indexOf('"', text.indexOf('scoring choice {', from));
            const broken = text.slice(0, at) + text.slice(at + 1);
            const expected = outcome(langium, broken);
            expect(expected.parserErrors.length).toBeGreaterThan(1000);
            expect(outcome(chiso, broken)).toEqual(expected);
        }
    });

    test('stack traces are back to normal after a parse, even one that fails', () => {
        const limit = Error.stackTraceLimit;
        chiso.parse('set S "A" { domain 1 "B" max ');
        expect(Error.stackTraceLimit).toBe(limit);
        expect(() => chiso.parse('x', { rule: 'NoSuchRule' })).toThrow();
        expect(Error.stackTraceLimit).toBe(limit);
    });
});
