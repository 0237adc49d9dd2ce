/**
 * The language configuration as VS Code reads it: the word pattern takes Vietnamese names whole
 * (a plain string has no `u` flag, so `\p{L}` matched nothing and every name broke double-click,
 * word highlights and Ctrl+D), brackets pair only what Chiso pairs, and no `{` line becomes a
 * region marker (the minimap printed each as a section header).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';

interface LanguageConfiguration {
    wordPattern: string | { pattern: string; flags?: string };
    brackets: [string, string][];
    colorizedBracketPairs?: [string, string][];
    folding?: { markers?: { start: string; end: string } };
}

const config = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** The words VS Code finds in `line`, with the pattern compiled as it compiles it (flags plus `g`). */
function words(line: string): string[] {
    const { wordPattern } = config;
    const pattern = typeof wordPattern === 'string' ? new RegExp(wordPattern, 'g') : new RegExp(wordPattern.pattern, `${wordPattern.flags ?? ''}g`);
    return [...line.matchAll(pattern)].map(m => m[0]);
}

describe('language-configuration.json', () => {
    test('the word pattern is the object form with the u flag, and takes Vietnamese names and item codes whole', () => {
        expect(config.wordPattern).toMatchObject({ flags: expect.stringContaining('u') });
        expect(words('agency Sở_Nội_vụ "Sở Nội vụ"')).toEqual(['agency', 'Sở_Nội_vụ', 'Sở', 'Nội', 'vụ']);
        // Decomposed (NFD) text, as some keyboards type it: the combining marks stay in the word.
        expect(words('lead Đoàn_Thanh_Niên'.normalize('NFD'))).toEqual(['lead', 'Đoàn_Thanh_Niên'.normalize('NFD')]);
        expect(words('component 1.1.đ "x" max 2.5')).toEqual(['component', '1.1.đ', 'x', 'max', '2.5']);
    });

    test('brackets pair { } and ( ) only: the [ of a half-open interval [80%, 100%) never pairs with its )', () => {
        for (const pairs of [config.brackets, config.colorizedBracketPairs ?? config.brackets]) {
            expect(pairs).toEqual([['{', '}'], ['(', ')']]);
        }
    });

    test('no folding markers: a `{` line is not a region (the server gives the folding ranges)', () => {
        const markers = config.folding?.markers;
        const start = markers ? new RegExp(markers.start) : undefined;
        expect(start?.test('set VinhLong2024 "Tỉnh Vĩnh Long" {') ?? false).toBe(false);
        expect(start?.test('    domain 1 "Công tác chỉ đạo" max 10 {') ?? false).toBe(false);
    });
});
