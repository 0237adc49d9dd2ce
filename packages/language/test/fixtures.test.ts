/**
 * Runs every fixture under test/fixtures (see fixture-format.ts for how they state expectations).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadTexts } from '../src/load.js';
import { parseFixture, unmetExpectations } from './fixture-format.js';

const ROOT = path.join(import.meta.dirname, 'fixtures');
async function runCase(files: string[]): Promise<void> {
    const fixtures = files.map(file => ({ file, ...parseFixture(readFileSync(file, 'utf8')) }));
    // A folder case is read in one language: Vietnamese when any of its files asks for it.
    const lang = fixtures.some(f => f.lang === 'vi') ? 'vi' : 'en';
    const result = await loadTexts(fixtures.map(f => ({ path: f.file, text: f.text })), { lang });
    const problems = result.files.flatMap((loaded, index) => {
        const { text, expectations, file } = fixtures[index];
        return unmetExpectations(path.basename(file), text, expectations, loaded.diagnostics);
    });
    expect(problems, problems.join('\n')).toEqual([]);
}

/** fixtures/<concern>/<case>.chiso is a one-file case; fixtures/<concern>/<case>/ (any depth) a multi-file case. */
function collect(): { name: string; files: string[] }[] {
    return readdirSync(ROOT).sort().flatMap(concern => readdirSync(path.join(ROOT, concern)).sort().flatMap(entry => {
        const full = path.join(ROOT, concern, entry);
        if (statSync(full).isDirectory()) {
            const files = readdirSync(full, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.chiso')).sort();
            return [{ name: `${concern}/${entry}/`, files: files.map(f => path.join(full, f)) }];
        }
        return entry.endsWith('.chiso') ? [{ name: `${concern}/${entry}`, files: [full] }] : [];
    }));
}

describe('diagnostics fixtures', () => {
    for (const fixture of collect()) {
        test(fixture.name, () => runCase(fixture.files));
    }
});
