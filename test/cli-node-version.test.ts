/**
 * npm only warns when `engines` does not fit, so a province may well run `chiso` on an older Node:
 * it must say which Node it needs, in the message language, instead of a stack trace from the parser.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { BIN, ROOT } from './cli.js';

/** The machine's own Node when it is older than the floor (Debian 12's is 20). */
const OLD_NODE = '/usr/bin/node';
const oldVersion = spawnSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
const hasOldNode = /^v(1\d|2[01])\./.test(oldVersion);

describe.skipIf(!hasOldNode)(`chiso on a Node.js older than 22 (needs one at ${OLD_NODE})`, () => {
    const run = (args: string[], LANG: string) => spawnSync(OLD_NODE, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, LANG } });

    test('says in Vietnamese which Node it needs and exits 2, for every verb', () => {
        for (const args of [['check', 'examples/illustrative/vinhlong-2023'], ['lsp', '--stdio']]) {
            const result = run(args, 'C.UTF-8');
            expect(result.status).toBe(2);
            expect(result.stdout).toBe('');
            expect(result.stderr.trim()).toBe(`Chiso cần Node.js 22 trở lên; máy này đang chạy Node.js ${oldVersion.slice(1)}. Hãy cài Node.js 22 hoặc 24 (bản LTS).`);
        }
    });

    test('in English with --lang en', () => {
        const result = run(['check', '--lang', 'en', 'examples'], 'C.UTF-8');
        expect(result.status).toBe(2);
        expect(result.stderr.trim()).toBe(`Chiso needs Node.js 22 or later; this machine runs Node.js ${oldVersion.slice(1)}. Install Node.js 22 or 24 (LTS).`);
    });
});
