/** The examples' texts, and mutations of them for property tests: what people do to a file while typing. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

const EXAMPLES = path.resolve(import.meta.dirname, '../../../examples');

export const EXAMPLE_TEXTS = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.chiso'))
    .map(f => readFileSync(path.join(EXAMPLES, f), 'utf8'));

/**
 * Grammar-aware edits: tokens are the units people delete, duplicate and swap; and, rarely, what
 * used to overflow the stack (issue #16): a held-down `(` or `{`, a long chain of `+`, a 4 MB string.
 */
export const mutation = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: fc.constantFrom('0', '1/0', '99999', '0.0001', '1.2.3', '-1', '100%') }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.string({ unit: 'binary', maxLength: 8 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.tuple(fc.constantFrom('(', '[', '{', ' + a', ' * (a', 'component 1 "x" max 1 {', '"'), fc.integer({ min: 20, max: 400 })).map(([unit, times]) => unit.repeat(times)) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.constant(` "${'x'.repeat(4 * 1024 * 1024)}" `) }) },
);

export function apply(text: string, edits: readonly fc.RecordValue<Record<string, unknown>>[]): string {
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
