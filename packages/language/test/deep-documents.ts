/**
 * Short documents that used to overflow the call stack (issue #16): deep parentheses, deep items,
 * long operator chains, a string of megabytes. Shared by the language, CLI and LSP tests.
 */
import { MAX_BLOCK_DEPTH, MAX_BRACKET_DEPTH, MAX_OPERATORS } from '../src/parser/nesting-limit.js';

/** A set with one criterion scored by `result`, after `inputs`. */
export function formulaSet(result: string, inputs = 'input a max 1'): string {
    return `set S "Sâu" {\n    total 10\n    domain 1 "Một" max 10 {\n        criterion 1.1 "Hai" max 10 {\n            scoring formula {\n                ${inputs}\n                result ${result}\n            }\n        }\n    }\n}\n`;
}

/** `a` inside `depth` parentheses; unclosed leaves them open, as holding down `(` does. */
export function nestedParentheses(depth: number, unclosed = false): string {
    return formulaSet('('.repeat(depth) + 'a' + (unclosed ? '' : ')'.repeat(depth)));
}

/** `a + a + … + a` with `operators` operators: its tree is that deep without a parenthesis. */
export function operatorChain(operators: number): string {
    return formulaSet(Array(operators + 1).fill('a').join(' + '));
}

/** Components nested `depth` levels under criterion 1.1, each worth the whole 10 points; `scoring` scores the deepest. */
export function nestedComponents(depth: number, scoring = ''): string {
    let code = '1.1';
    let open = '';
    let close = '';
    for (let level = 0; level < depth; level++) {
        code += '.1';
        const indent = ' '.repeat(8 + 4 * level);
        open += `${indent}component ${code} "Mục ${level + 1}" max 10 {\n`;
        close = `${indent}}\n` + close;
    }
    const leaf = scoring ? `${' '.repeat(8 + 4 * depth)}${scoring}\n` : '';
    return `set S "Sâu" {\n    total 10\n    domain 1 "Một" max 10 {\n        criterion 1.1 "Hai" max 10 {\n${open}${leaf}${close}        }\n    }\n}\n`;
}

/** Every limit reached at once and none crossed: blocks, brackets and operators in a row. */
export function atEveryLimit(): string {
    // set, domain, criterion, the components and the formula's block.
    const operand = '('.repeat(MAX_BRACKET_DEPTH) + 'a' + ')'.repeat(MAX_BRACKET_DEPTH);
    const result = [operand, ...Array(MAX_OPERATORS).fill('a')].join(' + ');
    return nestedComponents(MAX_BLOCK_DEPTH - 4, `scoring formula { input a max 0 result ${result} }`);
}

/** An agency whose title is `bytes` long. */
export function longString(bytes: number): string {
    return `agency A "${'x'.repeat(bytes)}"\n`;
}

/** The position (line, column from 1) of the `occurrence`-th `token` in `text`, as the CLI prints it. */
export function positionOf(text: string, token: string, occurrence: number): { line: number; column: number } {
    let at = -1;
    for (let i = 0; i < occurrence; i++) at = text.indexOf(token, at + 1);
    const before = text.slice(0, at).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
}
