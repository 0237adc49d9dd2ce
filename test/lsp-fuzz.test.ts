/**
 * Property: the language server survives any sequence of edits — random replacements, the
 * document emptied, a huge paste, deep nesting, a string of megabytes — and keeps answering requests. CHISO_FUZZ_RUNS raises the count.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ROOT } from './cli.js';
import { LspClient } from './lsp-client.js';

const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 8);
const SERVER = path.join(ROOT, 'packages/extension/out/server.cjs');
const SOURCE = readFileSync(path.join(ROOT, 'examples/illustrative/myduc-2020/commune.chiso'), 'utf8');

type Edit = { kind: 'replace'; at: number; length: number; text: string } | { kind: 'empty' } | { kind: 'huge' } | { kind: 'restore' };

/** What used to overflow the server's stack (issue #16): a held-down `(`, nested components, a chain of `+`, a 4 MB string. */
const deep = fc.tuple(fc.constantFrom('(', ' * (a', '{', 'component 1 "x" max 1 {', ' + a'), fc.integer({ min: 50, max: 400 })).map(([unit, times]) => unit.repeat(times));

const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.nat({ max: 40 }), text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('}', '{', 'max 1/0', '"', 'domain 9 "X" max 1', '\r\n', 'criterion', '%', '\u0301')) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'huge' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.constant(0), text: fc.oneof(deep, fc.constant(`"${'x'.repeat(4 * 1024 * 1024)}"`)) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'restore' as const }) },
);

function apply(text: string, e: Edit): string {
    switch (e.kind) {
        case 'empty': return '';
        case 'huge': return text + SOURCE.repeat(20);
        case 'restore': return SOURCE;
        case 'replace': {
            const at = text.length === 0 ? 0 : e.at % text.length;
            return text.slice(0, at) + e.text + text.slice(at + e.length);
        }
    }
}

describe('language server robustness', () => {
    test('random edit sequences never stop it answering', async () => {
        const client = new LspClient(process.execPath, [SERVER, '--stdio']);
        await client.request('initialize', { processId: null, rootUri: null, capabilities: {} });
        client.notify('initialized', {});
        const uri = 'file:///fuzz/lsp/a.chiso';
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'chiso', version: 1, text: SOURCE } });
        let version = 1;
        let text = SOURCE;
        await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async edits => {
            for (const e of edits) {
                text = apply(text, e);
                client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
            }
            // Every request kind a client sends while typing must get an answer, not a crash.
            const offset = Math.floor(text.length / 2);
            const before = text.slice(0, offset).split('\n');
            const position = { line: before.length - 1, character: before[before.length - 1].length };
            for (const [method, params] of [
                ['textDocument/hover', { textDocument: { uri }, position }],
                ['textDocument/documentSymbol', { textDocument: { uri } }],
                ['textDocument/completion', { textDocument: { uri }, position }],
                ['textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }],
            ] as const) {
                const reply = await client.request(method, params);
                expect(reply.error, method).toBeUndefined();
            }
        }), { numRuns: RUNS });
        expect(await client.shutdown()).toBe(0);
    }, Math.max(60_000, RUNS * 3_000));
});
