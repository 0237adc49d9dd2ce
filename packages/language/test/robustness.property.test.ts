/**
 * Property: whatever the text, loading never throws and every diagnostic has a valid range;
 * no check fails internally (`chiso/internal`), in documents with syntax errors as in others:
 * a check's failure is never withheld, so every mutated document counts.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EmptyFileSystem } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { createChisoCoreServices } from '../src/chiso-module.js';
import { registerConcern } from '../src/chiso-validator.js';
import { loadTexts } from '../src/load.js';
import { apply, EXAMPLE_TEXTS as sources, mutation } from './mutations.js';

/** `CHISO_FUZZ_RUNS=100000` for a long run; the normal test run keeps it modest. */
const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 150);

/** What the property asserts of one loaded text. */
function expectSound(text: string, diagnostics: readonly Diagnostic[]): void {
    const lines = text.split(/\r?\n/);
    for (const d of diagnostics) {
        expect(d.code, d.message).not.toBe('chiso/internal');
        expect(d.message).not.toMatch(/An error occurred during validation|unexpected error/);
        expect(d.range.start.line).toBeGreaterThanOrEqual(0);
        expect(d.range.end.line).toBeLessThanOrEqual(lines.length);
        expect(d.range.start.line <= d.range.end.line).toBe(true);
    }
}

const BROKEN = `set S "Bộ thử" {
    total 10
    domain 1 "Lĩnh vực" max 10 {
        criterion 1.1 "Tiêu chí" max 10 {
}
`;

describe('robustness', () => {
    afterEach(() => vi.restoreAllMocks());

    test('mutated examples load without throwing, with valid ranges', async () => {
        // One set of services for every run, as the language server keeps its own: thousands of loads stay fast.
        const services = createChisoCoreServices(EmptyFileSystem);
        let withSyntaxErrors = 0;
        await fc.assert(fc.asyncProperty(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (source, edits) => {
            const text = apply(source, edits);
            const { files } = await loadTexts([{ path: '/fuzz/a.chiso', text }], { lang: 'en', services });
            if (files[0].diagnostics.some(d => d.code === 'chiso/syntax')) withSyntaxErrors++;
            expectSound(text, files[0].diagnostics);
        }), { numRuns: RUNS });
        // Most mutations break the syntax: those documents are checked too, and must count.
        expect(withSyntaxErrors).toBeGreaterThan(0);
    }, Math.max(30_000, RUNS * 100));

    test('a check that throws on a document with syntax errors is reported as chiso/internal, in both languages, and fails the property', async () => {
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        // Without a language server, the stack is logged only on request: the command line shows users no stack.
        const quiet = createChisoCoreServices(EmptyFileSystem);
        registerConcern(quiet.Chiso, 'injected', { Item: () => { throw new Error('boom at the item'); } });
        const withoutDebug = (await loadTexts([{ path: '/fuzz/c.chiso', text: BROKEN }], { lang: 'en', services: quiet })).files[0].diagnostics;
        expect(withoutDebug.filter(d => d.code === 'chiso/internal')).toHaveLength(2);
        expect(logged).not.toHaveBeenCalled();
        vi.stubEnv('CHISO_DEBUG', '1');
        const services = createChisoCoreServices(EmptyFileSystem);
        registerConcern(services.Chiso, 'injected', { Item: () => { throw new Error('boom at the item'); } });
        vi.unstubAllEnvs();
        const en = (await loadTexts([{ path: '/fuzz/c.chiso', text: BROKEN }], { lang: 'en', services })).files[0].diagnostics;
        expect(en[0].code).toBe('chiso/syntax');
        const internal = en.filter(d => d.code === 'chiso/internal');
        expect(internal.map(d => d.message)).toEqual([
            'Internal error in Chiso: the check “injected/Item” stopped here, so its findings for this place may be missing. This is a bug in Chiso, not in the file; please report it with this file.',
            'Internal error in Chiso: the check “injected/Item” stopped here, so its findings for this place may be missing. This is a bug in Chiso, not in the file; please report it with this file.',
        ]);
        expect(internal.map(d => d.range.start.line)).toEqual([2, 3]);
        // The user reads which check failed; the log holds the error with its stack.
        expect(logged).toHaveBeenCalledWith('Chiso check injected/Item failed:', expect.stringMatching(/boom at the item\n\s+at /));
        expect(() => expectSound(BROKEN, en)).toThrow();

        const vi_ = (await loadTexts([{ path: '/fuzz/c.chiso', text: BROKEN }], { lang: 'vi', services })).files[0].diagnostics;
        expect(vi_.find(d => d.code === 'chiso/internal')?.message).toBe(
            'Lỗi nội bộ của Chiso: phép kiểm tra “injected/Item” bị dừng tại đây nên kết quả kiểm tra của nó ở chỗ này có thể bị thiếu. Đây là lỗi của Chiso, không phải của tệp; xin báo lỗi kèm tệp này.');
    });

    test('empty, whitespace-only, BOM and CRLF documents are fine', async () => {
        for (const text of ['', '   \n\n', '\ufeff', 'set S "A" {\r\n  domain 1 "B" max 100\r\n}\r\n', '/* unterminated', '"unterminated']) {
            const { files } = await loadTexts([{ path: '/fuzz/b.chiso', text }], { lang: 'vi' });
            expectSound(text, files[0].diagnostics);
        }
    });
});
