/** Every check has a failing fixture: a code in the message table that no fixture expects fails here. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../src/i18n/index.js';

const ROOT = path.join(import.meta.dirname, 'fixtures');

test('every diagnostic code is expected by at least one fixture', () => {
    const fixtures = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
        .filter(f => f.endsWith('.chiso'))
        .map(f => readFileSync(path.join(ROOT, f), 'utf8'))
        .join('\n');
    // The commands' rules (packages/cli/src/rules) are pinned by test/cli-*.test.ts; syntax messages share the code chiso/syntax;
    // chiso/internal (a check that failed, a bug) is pinned by robustness.property.test.ts, which makes a check throw.
    const codes = Object.keys(RULES).filter(code => code !== 'internal').map(code => (code.startsWith('syntax-') ? 'syntax' : code));
    const untested = [...new Set(codes)].filter(code => !fixtures.includes(`$TEST$ error chiso/${code}`)
        && !fixtures.includes(`$TEST$ warning chiso/${code}`) && !fixtures.includes(`$TEST$ info chiso/${code}`));
    expect(untested).toEqual([]);
});
