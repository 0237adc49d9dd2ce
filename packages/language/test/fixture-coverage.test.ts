/** Every check has a failing fixture: a code in the message table that no fixture expects fails here. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { MESSAGES } from '../src/i18n/messages.js';

const ROOT = path.join(import.meta.dirname, 'fixtures');

test('every diagnostic code is expected by at least one fixture', () => {
    const fixtures = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
        .filter(f => f.endsWith('.chiso'))
        .map(f => readFileSync(path.join(ROOT, f), 'utf8'))
        .join('\n');
    // Messages of the commands (input problems, compile, export, import, score) are pinned by test/cli-*.test.ts;
    // syntax messages share the code chiso/syntax; chiso/internal (a check that failed, a bug) is pinned by
    // robustness.property.test.ts, which makes a check throw.
    const commandMessage = /^(input-(?!range)|compile-|export-|import-|output-|score-|results-|set-json-)/;
    const codes = Object.keys(MESSAGES).filter(code => !commandMessage.test(code) && code !== 'internal')
        .map(code => (code.startsWith('syntax-') ? 'syntax' : code));
    const untested = [...new Set(codes)].filter(code => !fixtures.includes(`$TEST$ error chiso/${code}`)
        && !fixtures.includes(`$TEST$ warning chiso/${code}`) && !fixtures.includes(`$TEST$ info chiso/${code}`));
    expect(untested).toEqual([]);
});
