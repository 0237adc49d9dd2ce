/**
 * A context file (a sibling of a checked file) matters only for what it declares: the agencies
 * and surveys that references resolve to, and the names that must be unique in the folder. The
 * bodies of its sets are never referred to — references point only to agencies, surveys and a
 * formula's own inputs (reference-sites.ts) — so they are dropped before parsing, and a file in
 * a file in a folder of several sets is checked at about the cost of one (bench/ANALYSIS.md). Text the lexer cannot
 * read, or whose braces do not balance, is kept whole.
 */
import type { Lexer } from 'langium';

export function declarationsOnly(text: string, lexer: Lexer): string {
    const { tokens, errors } = lexer.tokenize(text);
    if (errors.length > 0) return text;
    const bodies: [start: number, end: number][] = [];
    let depth = 0;
    let inSet = false;
    let bodyStart = -1;
    for (const token of tokens) {
        switch (token.tokenType.name) {
            case 'set':
                if (depth === 0) inSet = true;
                break;
            case '{':
                if (depth === 0 && inSet) bodyStart = token.startOffset + 1;
                depth++;
                break;
            case '}':
                depth--;
                if (depth < 0) return text;
                if (depth === 0 && bodyStart >= 0) {
                    bodies.push([bodyStart, token.startOffset]);
                    bodyStart = -1;
                    inSet = false;
                }
                break;
        }
    }
    if (depth !== 0) return text;
    let kept = '';
    let from = 0;
    for (const [start, end] of bodies) {
        kept += text.slice(from, start);
        from = end;
    }
    return kept + text.slice(from);
}
