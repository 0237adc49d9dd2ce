/**
 * `npm run package` makes a .vsix offline (vsce 3.9, which runs on Node 20) holding the two
 * minified bundles, the declarative files, the icons, LICENSE and CHANGELOG, and nothing of the
 * sources, maps or node_modules.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'chiso-vsix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run package', () => {
    test('packages the extension into a .vsix with the bundles, snippets, grammar and translations', async () => {
        const vsix = path.join(dir, 'chiso.vsix');
        const result = spawnSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
        expect(result.status, result.stderr + result.stdout).toBe(0);
        const zip = await JSZip.loadAsync(readFileSync(vsix));
        const files = Object.keys(zip.files).filter(name => name.startsWith('extension/')).sort();
        expect(files).toEqual(expect.arrayContaining([
            'extension/package.json',
            'extension/package.nls.json',
            'extension/package.nls.vi.json',
            'extension/out/extension.cjs',
            'extension/out/server.cjs',
            'extension/snippets/chiso.json',
            'extension/syntaxes/chiso.tmLanguage.json',
            'extension/language-configuration.json',
            'extension/LICENSE.txt',
            'extension/changelog.md',
            'extension/images/icon.png',
            'extension/images/language-light.svg',
            'extension/images/language-dark.svg',
            // The pages the diagnostics' codes link to, in both languages.
            'extension/docs/rules/vi/sum-mismatch.md',
            'extension/docs/rules/en/sum-mismatch.md',
        ]));
        expect(files.filter(name => /\/(src|node_modules|test)\/|\.map$|\.ts$|\.vsix$|icon\.svg$/.test(name))).toEqual([]);
        const manifest = JSON.parse(await zip.file('extension/package.json')!.async('string'));
        expect(manifest.main).toBe('./out/extension.cjs');
        expect(manifest.license).toBe('MIT');
        expect(manifest.contributes.menus['editor/title']).toEqual([expect.objectContaining({ command: 'chiso.previewAnnex', when: 'resourceLangId == chiso' })]);
        expect(manifest.contributes.configuration.properties['chiso.strict'].scope).toBe('resource');
        expect(manifest.contributes.configuration.properties['chiso.surveyNotes'].scope).toBe('resource');
        expect(await zip.file('extension/LICENSE.txt')!.async('string')).toMatch(/^MIT License/);
        expect(await zip.file('extension/changelog.md')!.async('string')).toContain(`## ${manifest.version}`);
        // The marketplace wants a PNG of 128×128 at least: its IHDR chunk gives width and height.
        const icon = await zip.file(`extension/${manifest.icon}`)!.async('nodebuffer');
        expect(icon.subarray(1, 4).toString()).toBe('PNG');
        expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([256, 256]);
        const vsixManifest = await zip.file('extension.vsixmanifest')!.async('string');
        expect(vsixManifest).toContain('Path="extension/LICENSE.txt"');
        expect(vsixManifest).toContain('Path="extension/images/icon.png"');
        for (const bundle of ['extension/out/extension.cjs', 'extension/out/server.cjs']) {
            const code = await zip.file(bundle)!.async('string');
            // Minified: a few hundred long lines (template literals keep theirs), not tens of thousands.
            expect(code.split('\n').length, bundle).toBeLessThan(1000);
        }
        // One vscode-jsonrpc in the server: its connection's "Connection is closed." error once.
        // Langium's and vscode-languageserver's copies were both bundled (two CancellationToken.None).
        const server = await zip.file('extension/out/server.cjs')!.async('string');
        expect(server.split('Connection is closed.').length - 1).toBe(1);
    }, 120_000);
});
