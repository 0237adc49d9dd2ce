/**
 * Property: whatever the text, loading never throws and every diagnostic has a valid range;
 * no check fails internally ("An error occurred during validation").
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { createChisoCoreServices } from '../src/chiso-module.js';
import { loadTexts } from '../src/load.js';
import { apply, EXAMPLE_TEXTS as sources, mutation } from './mutations.js';

/** `CHISO_FUZZ_RUNS=100000` for a long run; the normal test run keeps it modest. */
const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 150);

describe('robustness', () => {
    test('mutated examples load without throwing, with valid ranges', async () => {
        // One set of services for every run, as the language server keeps its own: thousands of loads stay fast.
        const services = createChisoCoreServices(EmptyFileSystem);
        await fc.assert(fc.asyncProperty(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (source, edits) => {
            const text = apply(source, edits);
            const { files } = await loadTexts([{ path: '/fuzz/a.chiso', text }], { lang: 'en', services });
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
