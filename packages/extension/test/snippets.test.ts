/**
 * The snippets expand, with their default placeholders, into Chiso the parser accepts, and nest
 * as they are meant to (set → domain → criterion → component, a band rule on a leaf).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadTexts } from '@chiso/language';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const snippets = JSON.parse(readFileSync(path.join(ROOT, 'snippets/chiso.json'), 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;

/** VS Code's expansion with every placeholder left at its default; `$0` becomes `inner`. */
function expand(name: string, inner = '', indent = ''): string {
    const defaults = new Map<string, string>();
    const text = snippets[name].body.join('\n')
        .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, value: string) => (defaults.set(n, value), value))
        .replace(/\$\{(\d+)\|([^,|]*)[^|]*\|\}/g, (_, n: string, first: string) => (defaults.set(n, first), first))
        .replace(/\$\{(\d+)\}/g, (_, n: string) => defaults.get(n) ?? '')
        .replace(/\$0/g, inner.trim());
    return text.split('\n').map(line => indent + line.replace(/\t/g, '    ')).join('\n');
}

describe('snippets', () => {
    test('every snippet has prefixes, a description and a body', () => {
        for (const [name, snippet] of Object.entries(snippets)) {
            expect(snippet.prefix.length, name).toBeGreaterThan(0);
            expect(snippet.body.join('\n'), name).toMatch(/\$0/);
        }
        expect(Object.keys(snippets)).toEqual(expect.arrayContaining(['Criteria set', 'Domain', 'Criterion', 'Component', 'Band rule', 'Survey']));
    });

    test('expanded and nested, they parse and link without a syntax or reference error', async () => {
        const leaf = expand('Criterion').replace('{\n    \n}', `{\n    ${expand('Band rule')}\n}`);
        const criterion = expand('Criterion', expand('Component'));
        const domain = expand('Domain', `${criterion}\n${leaf.replace('1.1', '1.2')}`);
        const text = [expand('Agency'), expand('Survey'), expand('Criteria set', domain)].join('\n\n') + '\n';
        const { files } = await loadTexts([{ path: '/snippets/all.chiso', text }], { lang: 'en' });
        const codes = files[0].diagnostics.map(d => d.code);
        expect(codes, text).not.toContain('chiso/syntax');
        expect(codes, text).not.toContain('chiso/unknown-agency');
        expect(codes, text).not.toContain('chiso/nesting');
        expect(files[0].sets[0].items[0].children[0].children[0].code).toBe('1.1.1');
    });
});
