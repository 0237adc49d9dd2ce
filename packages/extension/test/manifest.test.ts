/**
 * The manifest and its translations stay complete: every `%key%` of package.json has its
 * Vietnamese text, and no translation is left over.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;

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

    test('commands, settings, snippets and the workspace capabilities are declared', () => {
        const manifest = json('package.json') as { contributes: Record<string, unknown>; capabilities: Record<string, { supported: string }> };
        const commands = (manifest.contributes.commands as { command: string }[]).map(c => c.command);
        expect(commands).toEqual(['chiso.compileToJson', 'chiso.checkWorkspace', 'chiso.previewAnnex']);
        // Survey-sourced items are set apart by a semantic token modifier themes can style.
        expect(manifest.contributes.semanticTokenModifiers.map((m: { id: string }) => m.id)).toEqual(['surveySourced']);
        const settings = (manifest.contributes.configuration as { properties: Record<string, { enum?: string[]; default?: unknown }> }).properties;
        expect(settings['chiso.language'].enum).toEqual(['auto', 'vi', 'en']);
        // Vietnamese first: the users are Vietnamese officers, and no Vietnamese language pack exists offline.
        expect(settings['chiso.language'].default).toBe('vi');
        expect(settings['chiso.strict']).toBeDefined();
        expect(settings['chiso.surveyNotes'].default).toBe(true);
        // Chiso's completions come from the server; VS Code's words of the document are noise.
        expect((manifest.contributes.configurationDefaults as Record<string, Record<string, unknown>>)['[chiso]']['editor.wordBasedSuggestions']).toBe('off');
        // A province pins these per folder (its repository's .vscode/settings.json); the language is the window's.
        expect(Object.fromEntries(Object.entries(settings).map(([key, setting]) => [key, (setting as { scope?: string }).scope]))).toEqual({
            'chiso.language': 'window', 'chiso.strict': 'resource', 'chiso.surveyNotes': 'resource',
        });
        expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
    });

    test('a Preview button in the editor title of a .chiso file, icons for the extension and the language', () => {
        const manifest = json('package.json') as {
            icon: string; categories: string[]; keywords: string[];
            contributes: { commands: { command: string; icon?: string }[]; menus: Record<string, unknown>; languages: { icon: { light: string; dark: string } }[] };
        };
        const preview = manifest.contributes.commands.find(c => c.command === 'chiso.previewAnnex');
        expect(preview?.icon).toBe('$(open-preview)');
        expect(manifest.contributes.menus['editor/title']).toEqual([{ command: 'chiso.previewAnnex', when: 'resourceLangId == chiso', group: 'navigation' }]);
        expect(manifest.icon).toMatch(/\.png$/);
        const language = manifest.contributes.languages[0];
        for (const file of [manifest.icon, language.icon.light, language.icon.dark]) expect(existsSync(path.join(ROOT, file)), file).toBe(true);
        // The editor formats .chiso files (as `chiso fmt`).
        expect(manifest.categories).toContain('Formatters');
        expect(manifest.keywords).toEqual(expect.arrayContaining(['chỉ số CCHC', 'PAR Index']));
    });
});
