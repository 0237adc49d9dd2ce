/**
 * The manifest and its translations stay complete: every `%key%` of package.json and every
 * `l10n.t('…')` string of the sources has its Vietnamese text, and no translation is left over.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;

function l10nStrings(): Set<string> {
    const found = new Set<string>();
    for (const file of readdirSync(path.join(ROOT, 'src'))) {
        for (const match of read(`src/${file}`).matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(match[1].replace(/\\'/g, "'"));
    }
    return found;
}

describe('extension manifest', () => {
    test('every %key% of package.json is in package.nls.json and package.nls.vi.json', () => {
        const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map(m => m[1]);
        const en = json('package.nls.json');
        const vi = json('package.nls.vi.json');
        expect(keys.length).toBeGreaterThan(5);
        for (const key of keys) {
            expect(en[key], key).toBeTypeOf('string');
            expect(vi[key], key).toBeTypeOf('string');
        }
        expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
        expect(Object.keys(en).sort()).toEqual([...new Set(keys)].sort());
    });

    test('every l10n.t string has a Vietnamese translation with the same placeholders', () => {
        const bundle = json('l10n/bundle.l10n.vi.json') as Record<string, string>;
        const used = l10nStrings();
        expect(used.size).toBeGreaterThan(5);
        for (const text of used) {
            expect(bundle[text], text).toBeTypeOf('string');
            const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map(m => m[0]).sort();
            expect(placeholders(bundle[text]), text).toEqual(placeholders(text));
        }
        expect(Object.keys(bundle).filter(key => !used.has(key))).toEqual([]);
    });

    test('commands, settings, snippets and the workspace capabilities are declared', () => {
        const manifest = json('package.json') as { contributes: Record<string, unknown>; capabilities: Record<string, { supported: string }>; l10n: string };
        const commands = (manifest.contributes.commands as { command: string }[]).map(c => c.command);
        expect(commands).toEqual(['chiso.compileToJson', 'chiso.checkWorkspace', 'chiso.previewAnnex']);
        // Survey-sourced items are set apart by a semantic token modifier themes can style.
        expect(manifest.contributes.semanticTokenModifiers.map((m: { id: string }) => m.id)).toEqual(['surveySourced']);
        const settings = (manifest.contributes.configuration as { properties: Record<string, { enum?: string[] }> }).properties;
        expect(settings['chiso.language'].enum).toEqual(['auto', 'vi', 'en']);
        expect(settings['chiso.strict']).toBeDefined();
        expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
        expect(manifest.l10n).toBe('./l10n');
    });
});
