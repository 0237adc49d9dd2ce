/**
 * Fixtures state their expected diagnostics in comments, so a domain expert can add a case
 * without TypeScript (after Safe-DS):
 *
 *     // $TEST$ error chiso/sum-mismatch "add up to 2.5"
 *     criterion 1.1 "Kế hoạch" max »3« {
 *
 * Each `$TEST$` line pairs, in order, with the `»…«` ranges in the order they open; the quoted text, if any, must
 * appear in the English message, or in the Vietnamese one when the file has a `// $LANG$ vi` line.
 * Errors and warnings that no `$TEST$` expects fail the case; information diagnostics are checked
 * only when expected.
 */
import type { Diagnostic } from 'vscode-languageserver';

export interface Expectation {
    readonly severity: 'error' | 'warning' | 'info';
    readonly code: string;
    readonly messageIncludes?: string;
    /** Offsets in the text with markers removed. */
    readonly start: number;
    readonly end: number;
    /** 1-based line of the `$TEST$` comment, for failure messages. */
    readonly line: number;
}

export interface Fixture {
    readonly text: string;
    readonly expectations: readonly Expectation[];
    /** The language of the messages, from a `// $LANG$ vi` line; English by default. */
    readonly lang: 'vi' | 'en';
}

const LANG_LINE = /\/\/\s*\$LANG\$\s+(vi|en)\b/;

const TEST_LINE = /\/\/\s*\$TEST\$\s+(error|warning|info)\s+(\S+)(?:\s+"([^"]*)")?/;

export function parseFixture(source: string): Fixture {
    const specs: { severity: Expectation['severity']; code: string; messageIncludes?: string; line: number }[] = [];
    source.split('\n').forEach((line, index) => {
        const match = TEST_LINE.exec(line);
        if (match) specs.push({ severity: match[1] as Expectation['severity'], code: match[2], messageIncludes: match[3], line: index + 1 });
    });
    // Ranges may nest; they pair with $TEST$ lines in the order their » opens.
    const ranges: { start: number; end: number }[] = [];
    const open: { start: number; index: number }[] = [];
    let opened = 0;
    let text = '';
    for (const char of source) {
        if (char === '»') open.push({ start: text.length, index: opened++ });
        else if (char === '«') {
            const range = open.pop();
            if (!range) throw new Error('« without »');
            ranges[range.index] = { start: range.start, end: text.length };
        } else text += char;
    }
    if (open.length > 0) throw new Error('» without «');
    if (ranges.length !== specs.length) {
        throw new Error(`${specs.length} $TEST$ comments but ${ranges.length} »…« ranges`);
    }
    const lang = (LANG_LINE.exec(source)?.[1] ?? 'en') as Fixture['lang'];
    return { text, expectations: specs.map((spec, i) => ({ ...spec, ...ranges[i] })), lang };
}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' } as const;

function offsetAt(text: string, position: Diagnostic['range']['start']): number {
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < position.line; i++) offset += lines[i].length + 1;
    return offset + position.character;
}

function describeDiagnostic(text: string, d: Diagnostic): string {
    return `${SEVERITY[d.severity ?? 1]} ${d.code} at ${d.range.start.line + 1}:${d.range.start.character + 1} »${text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end))}«: ${d.message}`;
}

/**
 * What a file's `$TEST$` lines expect that its diagnostics lack, and its errors and warnings that nothing
 * expects (information is checked only where expected), each named `name:line`; then, if any, all its diagnostics.
 * Fixtures and examples are matched by this one function.
 */
export function unmetExpectations(name: string, text: string, expectations: readonly Expectation[], diagnostics: readonly Diagnostic[]): string[] {
    const unmatched = [...diagnostics];
    const problems: string[] = [];
    for (const e of expectations) {
        const found = unmatched.findIndex(d => SEVERITY[d.severity ?? 1] === e.severity && d.code === e.code
            && offsetAt(text, d.range.start) === e.start && offsetAt(text, d.range.end) === e.end
            && (e.messageIncludes === undefined || String(d.message).includes(e.messageIncludes)));
        if (found >= 0) unmatched.splice(found, 1);
        else problems.push(`${name}:${e.line}: expected ${e.severity} ${e.code} at »${text.slice(e.start, e.end)}«${e.messageIncludes ? ` with "${e.messageIncludes}"` : ''}`);
    }
    for (const d of unmatched.filter(d => SEVERITY[d.severity ?? 1] !== 'info')) problems.push(`${name}: unexpected ${describeDiagnostic(text, d)}`);
    if (problems.length > 0) problems.push(`all diagnostics of ${name}:\n  ${diagnostics.map(d => describeDiagnostic(text, d)).join('\n  ')}`);
    return problems;
}
