/**
 * Start-up cost is set by what the bundle loads before a verb runs (BENCHMARKS.md, P3): the
 * command line itself must not load Langium, and `chiso check` must not load the language-server
 * layer (langium/lsp, vscode-languageserver), which only `lsp` and `fmt` need.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const BUNDLE = fileURLToPath(new URL('../out/bundle/', import.meta.url));

/** The chunk files a chunk loads statically, itself included. */
function staticClosure(chunk: string): string[] {
    const seen = new Set<string>();
    const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const text = readFileSync(path.join(BUNDLE, file), 'utf8');
        for (const match of text.matchAll(/^(?:import\s+"|} from ")\.\/(chunk-[\w-]+\.mjs)";$/gm)) visit(match[1]);
    };
    visit(chunk);
    return [...seen];
}

/** The source modules bundled into the given chunks, from esbuild's `// path` markers. */
function modules(chunks: readonly string[]): string[] {
    return chunks.flatMap(chunk => [...readFileSync(path.join(BUNDLE, chunk), 'utf8').matchAll(/^\/\/ (\S+\.[cm]?js)$/gm)].map(m => m[1]));
}

const verbChunk = (verb: string) => readdirSync(BUNDLE).find(f => f.startsWith(`${verb}-`) && f.endsWith('.mjs'))!;

describe('bundle layout', () => {
    test('the command line (help, version, argument errors) loads no Langium', () => {
        const loaded = modules(staticClosure('chiso.mjs'));
        expect(loaded.length).toBeGreaterThan(0);
        expect(loaded.filter(m => m.includes('node_modules/langium/') || m.includes('node_modules/chevrotain'))).toEqual([]);
    });

    test('chiso check loads Langium\'s core but not its language-server layer', () => {
        const loaded = modules(staticClosure(verbChunk('check')));
        expect(loaded.some(m => m.includes('node_modules/langium/lib/parser/'))).toBe(true);
        expect(loaded.filter(m => m.includes('node_modules/langium/lib/lsp/') || m.includes('node_modules/vscode-languageserver/lib/'))).toEqual([]);
    });

    test('the language server verb does load that layer (the test above can see it)', () => {
        const loaded = modules(staticClosure(verbChunk('lsp')));
        expect(loaded.some(m => m.includes('node_modules/langium/lib/lsp/'))).toBe(true);
    });
});
