/**
 * Two slips the lexer repairs on its own, so that the parser reads the rest of the file as it was
 * meant and the user gets one error saying what to write:
 *
 * - **A string ends on its line.** A quote left open used to reach the next quote in the file and
 *   turn every string after it inside out (thousands of errors, the rest of the set gone from the
 *   outline). An open quote now reaches the end of its line, less code written after a title
 *   (` max 2 {`, ` -> 0.5`, `{`, `}`), and is reported where it opens.
 * - **`max12.52`** after a title is `max` and a number with the space forgotten.
 *
 * Each is a token of its own, tried before Langium's, that the parser takes as the token it stands
 * for (a Chevrotain category: the grammar is unchanged); the lexer reports each as a lexing error.
 */
import type { CustomPatternMatcherReturn, ILexingError, IToken, TokenType, TokenVocabulary } from 'chevrotain';
import { DefaultLexer, DefaultTokenBuilder, type Grammar, type LexerResult, type TokenBuilderOptions, type TokenizeOptions } from 'langium';
import type { ChisoCoreServices } from '../chiso-module.js';
import { renderMessage } from '../i18n/index.js';
import { limitNesting } from './nesting-limit.js';

export const UNCLOSED_STRING = 'UNCLOSED_STRING';

/** A slip's lexing error, with what to write instead of its range (the quick fix applies it). */
export interface Slip extends ILexingError {
    readonly write: string;
}
const GLUED_MAX = 'GLUED_MAX';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;

/** Code often written after a title on its line, left out of a string that is not closed. */
const TRAILING_CODE = /(?:\s+(?:max|min|->)\s*\d+(?:\.\d+)?(?:\/\d+)?|\s*[{}])*\s*$/;
/** The number after a glued `max`. */
const GLUED_NUMBER = /[\d./]*/y;
/** How far back from the line's end trailing code is looked for (keeps the search short on huge lines). */
const TRAILING_CODE_WINDOW = 200;

/** A quote not closed on its line: the quote and the text after it, up to trailing code or the line's end. */
function unclosedString(text: string, offset: number): CustomPatternMatcherReturn | null {
    if (text.charCodeAt(offset) !== QUOTE) return null;
    let end = offset + 1;
    for (; end < text.length; end++) {
        const c = text.charCodeAt(end);
        if (c === QUOTE) return null; // closed on its line: a STRING
        if (c === LF || c === CR) break;
        if (c === BACKSLASH) {
            const next = text.charCodeAt(end + 1);
            if (Number.isNaN(next) || next === LF || next === CR) continue;
            end++;
        }
    }
    const windowStart = Math.max(offset + 1, end - TRAILING_CODE_WINDOW);
    const tail = text.slice(windowStart, end);
    const code = TRAILING_CODE.exec(tail);
    return [text.slice(offset, windowStart + (code ? code.index : tail.length))];
}

/** `max` written against the number after a title: `"…" max12.52 {`. */
function gluedMax(text: string, offset: number, tokens: IToken[]): CustomPatternMatcherReturn | null {
    if (!text.startsWith('max', offset)) return null;
    const digit = text.charCodeAt(offset + 3);
    if (!(digit >= 0x30 && digit <= 0x39)) return null;
    const previous = tokens[tokens.length - 1]?.tokenType.name;
    return previous === 'STRING' || previous === UNCLOSED_STRING ? ['max'] : null;
}

export class ChisoTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const string = tokens.find(token => token.name === 'STRING');
        const max = tokens.find(token => token.name === 'max');
        if (!string || !max) throw new Error('The grammar no longer has STRING or `max`: update chiso-lexer.ts.');
        const slips: TokenType[] = [
            { name: UNCLOSED_STRING, PATTERN: { exec: unclosedString }, LINE_BREAKS: false, START_CHARS_HINT: ['"'], CATEGORIES: [string] },
            { name: GLUED_MAX, PATTERN: { exec: gluedMax }, LINE_BREAKS: false, START_CHARS_HINT: ['m'], CATEGORIES: [max] },
        ];
        return [...slips, ...tokens];
    }
}

export class ChisoLexer extends DefaultLexer {
    private readonly services: ChisoCoreServices;

    constructor(services: ChisoCoreServices) {
        super(services);
        this.services = services;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = limitNesting(super.tokenize(text, options), this.services.i18n.Locale.lang);
        let slips: ILexingError[] | undefined;
        for (const token of result.tokens) {
            const name = token.tokenType.name;
            if (name === UNCLOSED_STRING || name === GLUED_MAX) (slips ??= []).push(this.slip(text, token));
        }
        if (!slips) return result;
        return { ...result, errors: [...result.errors, ...slips].sort((a, b) => a.offset - b.offset) };
    }

    private slip(text: string, token: IToken): Slip {
        const lang = this.services.i18n.Locale.lang;
        const at = { offset: token.startOffset, line: token.startLine ?? 1, column: token.startColumn ?? 1 };
        if (token.tokenType.name === UNCLOSED_STRING) {
            return { ...at, length: token.image.length, message: renderMessage(lang, 'syntax-unclosed-string'), write: `${token.image}"` };
        }
        // The number written against `max` (`12.52`, `10/3`) is underlined with it.
        GLUED_NUMBER.lastIndex = token.startOffset + token.image.length;
        const number = GLUED_NUMBER.exec(text)![0];
        return {
            ...at,
            length: token.image.length + number.length,
            message: renderMessage(lang, 'syntax-space-after-keyword', { keyword: 'max', number }),
            write: `max ${number}`,
        };
    }
}
