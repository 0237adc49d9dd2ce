/** Security properties, pinned: no code evaluation, writes only where asked, limited trust declared. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chiso, ROOT, workspace } from './cli.js';

const SOURCE_DIRS = ['packages/language/src', 'packages/cli/src', 'packages/extension/src'];

describe('security', () => {
    test('no eval, new Function or vm anywhere in the sources: formulas are data', () => {
        const offenders: string[] = [];
        for (const dir of SOURCE_DIRS) {
            for (const file of readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
                if (!file.endsWith('.ts') || file.includes('generated')) continue;
                const text = readFileSync(path.join(ROOT, dir, file), 'utf8');
                if (/\beval\s*\(|new\s+Function\s*\(|from ['"](node:)?vm['"]/.test(text)) offenders.push(`${dir}/${file}`);
            }
        }
        expect(offenders).toEqual([]);
    });

    test('compile, export, score, import and fmt write only the paths they are given', () => {
        const dir = workspace({});
        const example = path.join(ROOT, 'examples/illustrative/myduc-2020');
        expect(chiso(['compile', example, '-o', 'set.json'], { cwd: dir }).status).toBe(0);
        expect(chiso(['export', 'set.json', '--format', 'xlsx', '-o', 'annex.xlsx'], { cwd: dir }).status).toBe(0);
        expect(chiso(['export', 'set.json', '--format', 'docx', '-o', 'annex.docx'], { cwd: dir }).status).toBe(0);
        expect(chiso(['import', 'annex.xlsx', '-o', 'back.chiso'], { cwd: dir }).status).toBe(0);
        expect(chiso(['fmt', '--check', 'back.chiso'], { cwd: dir }).status).toBe(0);
        expect(readdirSync(dir).sort()).toEqual(['annex.docx', 'annex.xlsx', 'back.chiso', 'set.json']);
        // The example folder itself is untouched by compiling and exporting from it.
        expect(readdirSync(example).sort()).toEqual(['commune.chiso']);
    });

    test('the extension declares limited support in untrusted and virtual workspaces', () => {
        const manifest = JSON.parse(readFileSync(path.join(ROOT, 'packages/extension/package.json'), 'utf8'));
        expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
    });
});
