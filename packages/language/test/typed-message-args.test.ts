/**
 * A misspelt or missing message argument fails the build: `tsc` type-checks small files calling
 * the message functions as the checks, the editor and the commands do, and a rule's quick-fix data.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, test } from 'vitest';

const SRC = path.join(import.meta.dirname, '../src');
const dir = mkdtempSync(path.join(os.tmpdir(), 'chiso-typed-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCES = {
    good: `renderMessage('en', 'sum-mismatch', { item: 'criterion 1.1', expected: exact('3'), actual: exact('2.5'), difference: exact('0.5') });
renderMessage('vi', 'not-nfc');
renderEditorText('en', 'fix-sum', { value: exact('2') });
const data: RuleData<'band-gap'> = { example: '85/2' };
void data;`,
    bad: `renderMessage('en', 'sum-mismatch', { itme: 'criterion 1.1', expected: exact('3'), actual: exact('2.5'), difference: exact('0.5') });
renderMessage('en', 'max-zero', {});
renderMessage('en', 'sum-mismatchh', { item: 'x' });
renderEditorText('en', 'fix-sum');
const data: RuleData<'band-gap'> = { exampel: '85/2' };
void data;`,
};

/** The errors `tsc --noEmit` reports on each file, which imports the message functions as the sources do (the project's options). */
function typeErrors(): Record<keyof typeof SOURCES, string[]> {
    const files = Object.entries(SOURCES).map(([name, body]) => {
        const file = path.join(dir, `${name}.mts`);
        writeFileSync(file, `import { renderEditorText, renderMessage, type RuleData } from '${path.join(SRC, 'i18n/index.js')}';
import { exact } from '${path.join(SRC, 'model/points.js')}';
${body}
`);
        return file;
    });
    const program = ts.createProgram(files, {
        strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.Node16,
        moduleResolution: ts.ModuleResolutionKind.Node16, skipLibCheck: true, types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    const errors = (file: string) => diagnostics.filter(d => d.file?.fileName === file).map(d => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    return { good: errors(files[0]), bad: errors(files[1]) };
}

describe('message arguments are checked by the compiler', () => {
    test('correct calls compile; a misspelt argument, a missing one, an unknown code, a missing argument list and misspelt quick-fix data fail', () => {
        const { good, bad: errors } = typeErrors();
        expect(good).toEqual([]);
        expect(errors).toHaveLength(5);
        expect(errors[0]).toContain("'itme' does not exist");
        expect(errors[1]).toContain("Property 'item' is missing");
        expect(errors[2]).toContain('"sum-mismatchh"');
        expect(errors[3]).toContain('Expected 3 arguments, but got 2');
        expect(errors[4]).toContain("'exampel' does not exist");
    }, 60_000);
});
