/**
 * `npm run package` makes a .vsix offline (vsce 3.9, which runs on Node 20) holding the two
 * bundles and the declarative files, and nothing of the sources, maps or node_modules.
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
        ]));
        expect(files.filter(name => /\/(src|node_modules|test)\/|\.map$|\.ts$|\.vsix$/.test(name))).toEqual([]);
        const manifest = JSON.parse(await zip.file('extension/package.json')!.async('string'));
        expect(manifest.main).toBe('./out/extension.cjs');
    }, 120_000);
});
