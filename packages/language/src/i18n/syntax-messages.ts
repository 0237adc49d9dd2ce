/** Syntax errors in the user's language, naming tokens as people write them. */
import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
import { ChisoTerminals } from '../generated/ast.js';
import type { ChisoLocale } from './locale.js';
import { renderMessage, word, WORDS, type Lang } from './index.js';

const NUMBER_TOKENS = new Set(['INT', 'DECIMAL']);

/** Terminals by what they are ("a string"), keywords as written (`max`). */
function tokenName(lang: Lang, type: TokenType): string {
    if (type.name === 'EOF') return word(lang, 'endOfFile');
    if (type.name in ChisoTerminals && type.name in WORDS) return word(lang, type.name as keyof typeof WORDS);
    return `\`${type.name}\``;
}

function alternatives(lang: Lang, paths: TokenType[][][]): string {
    const firsts = new Set<string>();
    for (const alt of paths) for (const path of alt) if (path[0]) firsts.add(tokenName(lang, path[0]));
    const list = [...firsts];
    return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} ${word(lang, 'or')} ${list[list.length - 1]}`;
}

function image(token: IToken | undefined, lang: Lang): string {
    return !token || token.tokenType?.name === 'EOF' ? word(lang, 'endOfFile') : token.image;
}

export class ChisoParserErrorMessages extends LangiumParserErrorMessageProvider implements IParserErrorMessageProvider {
    constructor(private readonly locale: ChisoLocale) {
        super();
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const lang = this.locale.lang;
        const actual = image(options.actual, lang);
        // Only an item's `max` is required: `criterion 1.1 "…" 2 {` or `criterion 1.1 "…" {`.
        if (options.expected.name === 'max') {
            const points = NUMBER_TOKENS.has(options.actual.tokenType?.name) ? actual : '';
            return renderMessage(lang, 'syntax-missing-max', { points });
        }
        return renderMessage(lang, 'syntax-expected', { expected: tokenName(lang, options.expected), actual });
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const lang = this.locale.lang;
        return renderMessage(lang, 'syntax-unexpected', { actual: image(options.firstRedundant, lang), expected: '' });
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const lang = this.locale.lang;
        return renderMessage(lang, 'syntax-unexpected', { actual: image(options.actual[0], lang), expected: alternatives(lang, options.expectedPathsPerAlt) });
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const lang = this.locale.lang;
        return renderMessage(lang, 'syntax-unexpected', { actual: image(options.actual[0], lang), expected: alternatives(lang, [options.expectedIterationPaths]) });
    }
}

export class ChisoLexerErrorMessages extends DefaultLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    constructor(private readonly locale: ChisoLocale) {
        super();
    }

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        return renderMessage(this.locale.lang, 'syntax-character', { text: fullText.substring(startOffset, startOffset + length) });
    }
}
