/**
 * Nesting limits, checked on the tokens before anything parses them. The parser, Langium's
 * linking of a tree to its containers and every walk after them recurse once per level, so about
 * 200 nested parentheses, 240 nested components or a few thousand `+` in one formula overflowed
 * the call stack and took the language server down with them. Past a limit the file is refused
 * with one `chiso/too-deep` error at the token that crosses it, and its tokens are withheld from
 * the parser: nothing deep is ever built, so no walk has to cope with depth. The limits are far
 * above any real criteria set (Vĩnh Long's deepest item is 5 blocks in, formulas have 3 levels of
 * parentheses) and, all reached at once, take about a third of Node's default stack: a parenthesis
 * costs the parser four rules, about 4 KB of stack.
 */
import type { LexerResult } from 'langium';
import type { ILexingError, IToken } from 'chevrotain';
import { ChisoTerminals } from '../generated/ast.js';
import { renderMessage, word, type Lang } from '../i18n/index.js';

/** `{ }` blocks: the set or survey, domain, criterion, components, a rule's block. */
export const MAX_BLOCK_DEPTH = 32;
/** `( )` and `[ ]` together (an interval opens with one and may close with the other). */
export const MAX_BRACKET_DEPTH = 32;
/** Binary operators in one expression; `a + b + c` nests its tree one level per operator. */
export const MAX_OPERATORS = 256;

/** Tokens that may stand inside an expression; any other keyword or a string ends one. */
const EXPRESSION_KEYWORDS: ReadonlySet<string> = new Set([
    '(', ')', ',', '+', '-', '*', '/', 'min', 'max', 'respondents', 'questions', 'total', 'year', 'level',
]);

/** A lexing error that stands for `chiso/too-deep`; the document validator gives it its code. */
export interface TooDeep extends ILexingError {
    readonly tooDeep: true;
}

export function isTooDeep(error: ILexingError): error is TooDeep {
    return (error as Partial<TooDeep>).tooDeep === true;
}

type Limit = 'blocks' | 'brackets' | 'operators';

const LIMITS: Record<Limit, number> = { blocks: MAX_BLOCK_DEPTH, brackets: MAX_BRACKET_DEPTH, operators: MAX_OPERATORS };

/** The first token past a limit, and which one, or undefined when the tokens stay within all. */
export function firstTooDeep(tokens: readonly IToken[]): { token: IToken; limit: Limit } | undefined {
    let blocks = 0, brackets = 0, operators = 0;
    for (const token of tokens) {
        const name = token.tokenType.name;
        switch (name) {
            case '{': blocks++; break;
            case '}': blocks = Math.max(0, blocks - 1); break;
            case '(': case '[': brackets++; break;
            case ')': case ']': brackets = Math.max(0, brackets - 1); break;
            case '+': case '-': case '*': case '/': operators++; break;
        }
        if (blocks > MAX_BLOCK_DEPTH) return { token, limit: 'blocks' };
        if (brackets > MAX_BRACKET_DEPTH) return { token, limit: 'brackets' };
        if (operators > MAX_OPERATORS) return { token, limit: 'operators' };
        if (name === 'STRING' || (!(name in ChisoTerminals) && !EXPRESSION_KEYWORDS.has(name))) operators = 0;
    }
    return undefined;
}

/**
 * The lexer's result, or past a limit one `chiso/too-deep` error at the token that crosses it and
 * no tokens at all (chiso-lexer.ts applies it last, after the slips it repairs).
 */
export function limitNesting(result: LexerResult, lang: Lang): LexerResult {
    const found = firstTooDeep(result.tokens);
    if (!found) return result;
    const { token, limit } = found;
    const error: TooDeep = {
        tooDeep: true,
        offset: token.startOffset,
        line: token.startLine,
        column: token.startColumn,
        length: token.image.length,
        message: renderMessage(lang, 'too-deep', { limit: LIMITS[limit], what: word(lang, limit) }),
    };
    return { tokens: [], hidden: [], errors: [error], report: result.report };
}
