/**
 * Property: whatever the text, loading never throws and every diagnostic has a valid range;
 * no check fails internally ("An error occurred during validation").
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadTexts } from '../src/load.js';

/** `CHISO_FUZZ_RUNS=100000` for a long run; the normal test run keeps it modest. */
const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 150);
const EXAMPLES = path.resolve(import.meta.dirname, '../../../examples');
const sources = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.chiso'))
    .map(f => readFileSync(path.join(EXAMPLES, f), 'utf8'));

/** Grammar-aware edits: tokens are the units people delete, duplicate and swap. */
const mutation = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: fc.constantFrom('0', '1/0', '99999', '0.0001', '1.2.3', '-1', '100%') }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.string({ unit: 'binary', maxLength: 8 }) }),
);

function apply(text: string, edits: readonly fc.RecordValue<Record<string, unknown>>[]): string {
    let tokens = text.match(/\s+|"[^"\n]*"|[^\s"]+/g) ?? [];
    for (const edit of edits as { kind: string; at: number; value?: string }[]) {
        if (tokens.length === 0) break;
        const i = edit.at % tokens.length;
        switch (edit.kind) {
            case 'delete': tokens.splice(i, 1); break;
            case 'duplicate': tokens.splice(i, 0, tokens[i]); break;
            case 'swap': [tokens[i], tokens[(i + 1) % tokens.length]] = [tokens[(i + 1) % tokens.length], tokens[i]]; break;
            case 'cut': tokens = tokens.slice(0, i); break;
            case 'number': tokens = tokens.map((t, k) => (k >= i && /^\d/.test(t) ? edit.value! : t)).slice(0); break;
            case 'insert': tokens.splice(i, 0, edit.value!); break;
        }
    }
    return tokens.join('');
}

describe('robustness', () => {
    test('mutated examples load without throwing, with valid ranges', async () => {
        await fc.assert(fc.asyncProperty(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (source, edits) => {
            const text = apply(source, edits);
            const { files } = await loadTexts([{ path: '/fuzz/a.chiso', text }], { lang: 'en' });
            const lines = text.split(/\r?\n/);
            for (const d of files[0].diagnostics) {
                expect(d.message).not.toMatch(/An error occurred during validation/);
                expect(d.range.start.line).toBeGreaterThanOrEqual(0);
                expect(d.range.end.line).toBeLessThanOrEqual(lines.length);
                expect(d.range.start.line <= d.range.end.line).toBe(true);
            }
        }), { numRuns: RUNS });
    }, Math.max(30_000, RUNS * 100));

    test('empty, whitespace-only, BOM and CRLF documents are fine', async () => {
        for (const text of ['', '   \n\n', '\ufeff', 'set S "A" {\r\n  domain 1 "B" max 100\r\n}\r\n', '/* unterminated', '"unterminated']) {
            const { files } = await loadTexts([{ path: '/fuzz/b.chiso', text }], { lang: 'vi' });
            expect(files[0].diagnostics.every(d => !/validation/.test(d.message))).toBe(true);
        }
    });
});
