/**
 * Runs every fixture under test/fixtures (see fixture-format.ts for how they state expectations).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { loadTexts } from '../src/load.js';
import { parseFixture, type Expectation } from './fixture-format.js';

const ROOT = path.join(import.meta.dirname, 'fixtures');
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' } as const;

function offsetAt(text: string, line: number, character: number): number {
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < line; i++) offset += lines[i].length + 1;
    return offset + character;
}

function describeDiagnostic(text: string, d: Diagnostic): string {
    const start = offsetAt(text, d.range.start.line, d.range.start.character);
    const end = offsetAt(text, d.range.end.line, d.range.end.character);
    return `${SEVERITY[d.severity ?? 1]} ${d.code} at ${d.range.start.line + 1}:${d.range.start.character + 1} »${text.slice(start, end)}«: ${d.message}`;
}

async function runCase(files: string[]): Promise<void> {
    const fixtures = files.map(file => ({ file, ...parseFixture(readFileSync(file, 'utf8')) }));
    // A folder case is read in one language: Vietnamese when any of its files asks for it.
    const lang = fixtures.some(f => f.lang === 'vi') ? 'vi' : 'en';
    const result = await loadTexts(fixtures.map(f => ({ path: f.file, text: f.text })), { lang });
    const problems: string[] = [];
    result.files.forEach((loaded, index) => {
        const { text, expectations, file } = fixtures[index];
        const unmatched = [...loaded.diagnostics];
        const matches = (e: Expectation) => (d: Diagnostic) =>
            SEVERITY[d.severity ?? 1] === e.severity && d.code === e.code
            && offsetAt(text, d.range.start.line, d.range.start.character) === e.start
            && offsetAt(text, d.range.end.line, d.range.end.character) === e.end
            && (e.messageIncludes === undefined || d.message.includes(e.messageIncludes));
        for (const expectation of expectations) {
            const found = unmatched.findIndex(matches(expectation));
            if (found >= 0) unmatched.splice(found, 1);
            else problems.push(`${path.basename(file)}:${expectation.line}: expected ${expectation.severity} ${expectation.code} at »${text.slice(expectation.start, expectation.end)}«${expectation.messageIncludes ? ` with "${expectation.messageIncludes}"` : ''}`);
        }
        for (const d of unmatched) {
            if (SEVERITY[d.severity ?? 1] !== 'info') problems.push(`${path.basename(file)}: unexpected ${describeDiagnostic(text, d)}`);
        }
        if (problems.length > 0) problems.push(`all diagnostics of ${path.basename(file)}:\n  ${loaded.diagnostics.map(d => describeDiagnostic(text, d)).join('\n  ')}`);
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
