/** Property: formatting never changes what a set compiles to, whatever the whitespace and comments were. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatText } from '../src/format.js';
import { loadTexts } from '../src/load.js';
import { compileSet, serializeCompiledSet } from '../src/outputs/criteria-json.js';

const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 10);
const EXAMPLES = path.resolve(import.meta.dirname, '../../../examples');
const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.chiso')).map(f => path.join(EXAMPLES, f));

async function compiled(sources: { path: string; text: string }[]): Promise<string[]> {
    const { files: loaded } = await loadTexts(sources.map(s => ({ ...s, context: false })), { lang: 'en' });
    return loaded.flatMap(f => f.sets).map(set => serializeCompiledSet(compileSet(set)));
}

/** Re-spaces the text between tokens (outside strings and comments) and drops comments in. */
function scramble(text: string, seeds: number[]): string {
    let i = 0;
    const next = () => seeds[i++ % seeds.length];
    return text.replace(/("(?:\\.|[^"\\])*"|\/\/[^\n]*|\/\*[\s\S]*?\*\/)|([ \t]*\n[ \t]*|[ \t]+)/g, (match, literal) => {
        if (literal) return literal;
        const pick = next() % 5;
        // A line break must stay a line break: it may end a // comment.
        if (match.includes('\n')) return pick === 0 ? '\n\n' : pick === 1 ? '\n  ' : pick === 2 ? ' /* c */\n' : pick === 3 ? '\n\t' : '\n';
        return pick === 0 ? '   ' : pick === 1 ? '  ' : pick === 2 ? ' /* c */ ' : pick === 3 ? '\t' : ' ';
    });
}

describe('formatting preserves the compiled model', () => {
    test('scrambled whitespace and comments, then formatted: the same JSON as the original', async () => {
        const originals = files.map(f => ({ path: f, text: readFileSync(f, 'utf8') }));
        const expected = await compiled(originals);
        await fc.assert(fc.asyncProperty(fc.array(fc.nat({ max: 1000 }), { minLength: 5, maxLength: 40 }), async seeds => {
            const formatted = await Promise.all(originals.map(async o => ({ path: o.path, text: await formatText(scramble(o.text, seeds)) })));
            expect(await compiled(formatted)).toEqual(expected);
            // And formatting is idempotent on the result.
            for (const f of formatted) expect(await formatText(f.text)).toBe(f.text);
        }), { numRuns: RUNS });
    }, Math.max(60_000, RUNS * 6_000));
});
