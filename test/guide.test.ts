/**
 * The officers' guide (docs/vi/huong-dan.md) says only what works. Its blocks marked `file=<path>`
 * are written into a fresh folder, its `sh run` blocks run there line by line with the built
 * `chiso` (in Vietnamese, as on an officer's machine), every line of the `text output` block after
 * one appears in what it printed (`…` stands for lines left out), the quick fix it names is the
 * one the editor offers first, and the settings it pins are ones a folder can pin.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { quickFixHelper } from '../packages/language/test/code-action-helper.js';
import { chisoServices } from '../packages/language/test/test-services.js';
import { chiso, ROOT } from './cli.js';

const GUIDE = readFileSync(path.join(ROOT, 'docs/vi/huong-dan.md'), 'utf8');

interface Block {
    readonly language: string;
    readonly attributes: string;
    readonly body: string;
}

const blocks: Block[] = [...GUIDE.matchAll(/^```(\S*)([^\n]*)\n([\s\S]*?)^```$/gm)].map(m => ({ language: m[1], attributes: m[2].trim(), body: m[3] }));
const fileOf = (block: Block) => /(?:^|\s)file=(\S+)/.exec(block.attributes)?.[1];
const guideFile = (name: string) => blocks.find(block => fileOf(block) === name)!.body;

const dir = mkdtempSync(path.join(tmpdir(), 'chiso-guide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docs/vi/huong-dan.md', () => {
    test('every Chiso snippet is a file the guide checks, and the guide exports and scores', () => {
        const snippets = blocks.filter(block => block.language === 'chiso');
        expect(snippets.length).toBeGreaterThanOrEqual(2);
        for (const snippet of snippets) expect(fileOf(snippet), snippet.body).toBeDefined();
        const commands = blocks.filter(block => block.attributes === 'run').flatMap(block => block.body.trim().split('\n'));
        for (const verb of ['check', 'export', 'score']) expect(commands.some(line => line.startsWith(`chiso ${verb} `)), verb).toBe(true);
    });

    test('its commands run on its files and print what it shows', () => {
        let printed: string | undefined;
        for (const block of blocks) {
            const file = fileOf(block);
            if (file) {
                mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
                writeFileSync(path.join(dir, file), block.body);
            } else if (block.language === 'sh' && block.attributes === 'run') {
                printed = '';
                for (const line of block.body.trim().split('\n')) {
                    const [command, ...args] = line.split(/\s+/);
                    expect(command, line).toBe('chiso');
                    const result = chiso(args, { cwd: dir, env: { LANG: 'C.UTF-8' } });
                    expect(result.status, `${line}\n${result.stdout}${result.stderr}`).not.toBe(2);
                    printed += result.stdout + result.stderr;
                }
            } else if (block.language === 'text' && block.attributes === 'output') {
                expect(printed, 'an output block follows a command block').toBeDefined();
                const lines = printed!.split('\n');
                for (const expected of block.body.split('\n').filter(line => line !== '' && line !== '…')) {
                    expect(lines, `"${expected}" in:\n${printed}`).toContain(expected);
                }
                printed = undefined;
            }
        }
        // What the export and score blocks claim was written and read.
        expect(readFileSync(path.join(dir, 'phu-luc.docx')).subarray(0, 2).toString()).toBe('PK');
        expect(readFileSync(path.join(dir, 'tu-danh-gia.xlsx')).subarray(0, 2).toString()).toBe('PK');
    }, 120_000);

    test('the quick fix it names for the mistyped max comes first', async () => {
        const fixes = await quickFixHelper(chisoServices('vi')).fixes(guideFile('nhap/thu.chiso'), 'chiso/sum-mismatch');
        const named = /bóng đèn ở lỗi này đề xuất trước hết `([^`]+)`/.exec(GUIDE)?.[1];
        expect(fixes.titles[0]).toBe(named);
    });

    test('the settings it pins per folder are resource settings of the extension', () => {
        const manifest = JSON.parse(readFileSync(path.join(ROOT, 'packages/extension/package.json'), 'utf8'));
        const pinned = Object.keys(JSON.parse(guideFile('.vscode/settings.json')));
        expect(pinned.length).toBeGreaterThan(0);
        for (const key of pinned) expect(manifest.contributes.configuration.properties[key]?.scope, key).toBe('resource');
    });
});
