/**
 * Langium's parsers with error recovery priced per error, not per grammar walk. On every token it
 * recovers from, Chevrotain walks the grammar from the top rule to learn what may follow, and it
 * builds each recognition exception it throws (and catches itself) with a stack trace. A quote
 * typed into a large set turns the rest of the file into tens of thousands of errors, and for
 * seconds the language server answers nothing (figures: bench/ANALYSIS.md). What may follow depends only
 * on the path of rules being parsed, so it is remembered per path (as is the set of tokens to
 * re-synchronise on after an error the parser cannot repair in place); and no stack trace is
 * captured while parsing, since nobody reads the stacks of exceptions the parser catches (the price:
 * an internal error thrown while parsing, a bug, reaches the log with its message only). The syntax
 * tree builder looked for a node among its siblings from the first one on, before each comment or
 * line break: quadratic once recovery has put hundreds of thousands of tokens in one node (a lost
 * quote in a large set); it now looks from the last, where the parser has
 * just put it. Completion parses the text before the cursor with a parser of its own; it recovers
 * the same way.
 */
import {
    createParser, CstNodeBuilder, LangiumCompletionParser, LangiumParser,
    type AstNode, type CompletionParserResult, type CompositeCstNode, type CstNode, type LangiumCoreServices, type ParseResult, type ParserOptions,
} from 'langium';

/** A Chevrotain token type, as far as the memo's key needs it. */
interface TokenType {
    tokenTypeIdx?: number;
}

/** The parts of Chevrotain's recognizer that decide where to go on after an error. */
interface Recognizer {
    RULE_STACK: number[];
    RULE_STACK_IDX: number;
    RULE_OCCURRENCE_STACK: number[];
    /** What may follow a token at the current rule path (in-rule recovery: insert or skip one token). */
    getFollowsForInRuleRecovery(tokType: TokenType, tokIdxInRule: number): TokenType[];
    /** Every token that may follow any rule on the current path (re-synchronisation). */
    flattenFollowSet(): TokenType[];
}

type Question = 'getFollowsForInRuleRecovery' | 'flattenFollowSet';

/** Paths remembered at most per question; deeply nested broken input could otherwise grow a memo without end. */
const MAX_REMEMBERED_PATHS = 4096;

export class ChisoParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        // Langium keeps its builder in a private field; the one below differs only in where it searches.
        const fields = this as unknown as { nodeBuilder?: CstNodeBuilder };
        if (!(fields.nodeBuilder instanceof CstNodeBuilder)) throw new Error('Langium’s parser no longer keeps its syntax tree builder in `nodeBuilder`: update chiso-parser.ts.');
        fields.nodeBuilder = new SiblingsFromTheEnd();
        rememberFollows(this.wrapper);
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        return withoutStackTraces(() => super.parse<T>(input, options));
    }
}

export class ChisoCompletionParser extends LangiumCompletionParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        rememberFollows(this.wrapper);
    }

    override parse(input: string): CompletionParserResult {
        return withoutStackTraces(() => super.parse(input));
    }
}

function withoutStackTraces<T>(parse: () => T): T {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return parse();
    } finally {
        Error.stackTraceLimit = limit;
    }
}

/** Langium's builder, with a node's place among its siblings searched from the end. */
class SiblingsFromTheEnd extends CstNodeBuilder {
    override addHiddenNodes(tokens: Parameters<CstNodeBuilder['addHiddenNodes']>[0]): void {
        // Called before every token, mostly with none: nothing to place.
        if (tokens.length === 0) return;
        const nodes = tokens.map(token => this.createLeafNode(token, true));
        let current: CompositeCstNode = this.current;
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        // A node just opened has no content: the hidden nodes go before it, in the first ancestor
        // where it (or its ancestor) is not the first child, else at the start of the tree — the
        // last ancestor reached, since every open node's containers lead to the root.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren(current, 0, nodes);
    }

    override removeNode(node: CstNode): void {
        // Langium's composite nodes hold their children in a plain array, typed read-only outside the builder.
        const siblings = node.container?.content as CstNode[] | undefined;
        const index = siblings ? siblings.lastIndexOf(node) : -1;
        if (index >= 0) siblings!.splice(index, 1);
    }
}

function rememberFollows(wrapper: unknown): void {
    const recognizer = wrapper as Recognizer;
    rememberPerPath(recognizer, 'getFollowsForInRuleRecovery');
    rememberPerPath(recognizer, 'flattenFollowSet');
}

/** Both answers are only read by Chevrotain, so one (frozen) array per path can be handed out again. */
function rememberPerPath(recognizer: Recognizer, question: Question): void {
    const questions = recognizer as unknown as Record<Question, (this: Recognizer, ...args: unknown[]) => TokenType[]>;
    const ask = questions[question];
    if (typeof ask !== 'function' || !Array.isArray(recognizer.RULE_STACK)) throw new Error(`Chevrotain’s recognizer no longer has \`${question}\` or its rule stack: update chiso-parser.ts.`);
    const remembered = new Map<string, TokenType[]>();
    questions[question] = function (this: Recognizer, ...args: unknown[]): TokenType[] {
        // Chevrotain pushes a rule and its occurrence together: one index walks both stacks.
        let key = args.length === 0 ? '' : `${(args[0] as TokenType).tokenTypeIdx}:${args[1] as number}`;
        for (let i = 0; i <= this.RULE_STACK_IDX; i++) key += `/${this.RULE_STACK[i]}:${this.RULE_OCCURRENCE_STACK[i]}`;
        let answer = remembered.get(key);
        if (answer === undefined) {
            answer = Object.freeze(ask.apply(this, args)) as TokenType[];
            if (remembered.size >= MAX_REMEMBERED_PATHS) remembered.clear();
            remembered.set(key, answer);
        }
        return answer;
    };
}

/** The parser services: Langium's construction (rules from the grammar, then finalized) on Chiso's parsers. */
export function createChisoParser(services: LangiumCoreServices): LangiumParser {
    return built(services, new ChisoParser(services));
}

export function createChisoCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    return built(services, new ChisoCompletionParser(services));
}

function built<P extends LangiumParser | LangiumCompletionParser>(services: LangiumCoreServices, parser: P): P {
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
