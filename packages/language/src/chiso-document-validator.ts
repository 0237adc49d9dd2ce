/**
 * Unresolved references get a Chiso code and message (unknown survey, agency or formula input)
 * instead of Langium's generic "Could not resolve reference". Survey-sourced notes are left out
 * when the client asked so (diagnostic-options.ts).
 *
 * A syntax error is shown first and alone: while a file has syntax errors, the parser's recovery
 * leaves holes and strays in its tree (a domain without its criteria, a garbage survey named
 * `undefined`), so the checks those could mislead — sums, totals, splits, counts, codes, bands,
 * names, references — are withheld for that file until its syntax is fixed. What is kept reads
 * one fully parsed token or header and cannot be caused by recovery. A check's own failure
 * (`chiso/internal`) is kept too: a bug to report whatever the syntax. Nesting past a limit gets
 * its own code (parser/nesting-limit.ts) and is shown like a syntax error.
 */
import type { IRecognitionException } from 'chevrotain';
import type { AstNode, AstReflection, LangiumDocument, ParseResult, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { forEachNode } from './workspace/sparse-interrupts.js';
import { isTooDeep } from './parser/nesting-limit.js';
import { qualifiedCode, renderMessage, ruleDocUrl, ruleOfCode, type RuleCode } from './i18n/index.js';
import { rewriteBandSlips } from './parser/band-slips.js';
import { rewriteMissingMax } from './parser/missing-max.js';
import type { Slip } from './parser/chiso-lexer.js';
import type { ChisoCoreServices } from './chiso-module.js';
import type { ChisoLocale } from './i18n/locale.js';
import type { DiagnosticOptions } from './diagnostic-options.js';

const SYNTAX_CODE = 'chiso/syntax';
const SURVEY_SOURCED_CODE = qualifiedCode('survey-sourced');
const TOO_DEEP_CODE = qualifiedCode('too-deep');
/** A check that failed: a bug in Chiso, never withheld (chiso-validator.ts). */
const INTERNAL_CODE = qualifiedCode('internal');

/** Checks still reported in a file with syntax errors: each reads one token or one item's header. */
const KEPT_WITH_SYNTAX_ERRORS = new Set<string>(([
    'not-nfc', 'invalid-points', 'invalid-date', 'min-above-max', 'deduct-zero', 'input-range',
] satisfies RuleCode[]).map(qualifiedCode));

export function hasSyntaxErrors(document: LangiumDocument): boolean {
    const { parseResult } = document;
    return parseResult.parserErrors.length > 0 || parseResult.lexerErrors.length > 0;
}

/**
 * The rule of an unresolved reference, by the type it refers to: one for every cross-reference of
 * the grammar (rule-units.test.ts checks the grammar's against this table).
 */
export const UNRESOLVED_REFERENCE_RULES: Readonly<Record<string, RuleCode>> = {
    Survey: 'unknown-survey',
    Agency: 'unknown-agency',
    FormulaInput: 'unknown-input',
};

export class ChisoDocumentValidator extends DefaultDocumentValidator {
    private readonly locale: ChisoLocale;
    private readonly reflection: AstReflection;
    private readonly options: DiagnosticOptions;

    constructor(services: ChisoCoreServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.reflection = services.shared.AstReflection;
        this.options = services.options.Diagnostics;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const syntax: Diagnostic[] = [];
        const kept: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
            if (langiumCode === 'lexing-error' || langiumCode === 'parsing-error') {
                diagnostic.code = SYNTAX_CODE;
                syntax.push(diagnostic);
            } else if (diagnostic.code === TOO_DEEP_CODE) {
                syntax.push(diagnostic);
            } else if (KEPT_WITH_SYNTAX_ERRORS.has(String(diagnostic.code)) || diagnostic.code === INTERNAL_CODE) {
                kept.push(diagnostic);
            }
        }
        if (syntax.length === 0) return this.linkDocs(this.options.surveyNotes(document.uri.toString()) ? diagnostics : diagnostics.filter(d => d.code !== SURVEY_SOURCED_CODE));
        const lineText = (line: number) => document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
        return this.linkDocs([...rewriteBandSlips(rewriteMissingMax(syntax, lineText, this.locale.lang), lineText, this.locale.lang), ...kept]);
    }

    /** Each `chiso/<code>` finding links to its rule's page (LSP `codeDescription`; docs/rules). */
    protected linkDocs(diagnostics: Diagnostic[]): Diagnostic[] {
        for (const diagnostic of diagnostics) {
            const code = ruleOfCode(diagnostic.code);
            const href = code && ruleDocUrl(code, this.locale.lang);
            if (href) diagnostic.codeDescription = { href };
        }
        return diagnostics;
    }

    override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const tooDeep = parseResult.lexerErrors.filter(isTooDeep);
        const lexerErrors = parseResult.lexerErrors.filter(error => !isTooDeep(error));
        const first = diagnostics.length;
        super.processLexingErrors({ ...parseResult, lexerErrors }, diagnostics, options);
        // A slip the lexer repaired carries what to write (chiso-lexer.ts); the quick fix applies it.
        lexerErrors.forEach((error, i) => {
            const { write } = error as Partial<Slip>;
            if (write !== undefined) diagnostics[first + i].data = { ...diagnostics[first + i].data, write };
        });
        for (const error of tooDeep) {
            const start = { line: error.line! - 1, character: error.column! - 1 };
            const range = { start, end: { line: start.line, character: start.character + error.length } };
            diagnostics.push({ severity: 1 /* Error */, range, message: error.message, code: TOO_DEEP_CODE, data: { code: TOO_DEEP_CODE }, source: this.getSource() });
        }
    }

    /**
     * Input left over once the entry rule ends (`}` one too many) is reported alone; after another
     * syntax error it is that error's echo (recovery closed a block early), and it waits with the rest.
     */
    override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const { parserErrors, lexerErrors } = parseResult;
        const echo = (error: IRecognitionException) => error.name === 'NotAllInputParsedException' && (parserErrors.length > 1 || lexerErrors.length > 0);
        super.processParsingErrors(parserErrors.some(echo) ? { ...parseResult, parserErrors: parserErrors.filter(error => !echo(error)) } : parseResult, diagnostics, options);
    }

    /**
     * Checks run in one walk (see workspace/sparse-interrupts.ts), each node type's checks looked up
     * once. As in Langium's walk (4.4), `validateSingleNodeOptions` may skip a node or prune its
     * subtree; with the profiler on, Langium's own walk runs, timing each node type.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const checksByType = new Map<string, readonly ValidationCheck[]>();
        const nodes = AstUtils.streamAst(rootNode).iterator();
        await forEachNode(nodes, cancelToken, node => {
            const { validateNode, validateChildren } = this.validateSingleNodeOptions(node, options);
            if (!validateChildren) nodes.prune();
            if (!validateNode) return undefined;
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                checksByType.set(node.$type, checks);
            }
            // In order; a check that returns a promise delays the ones after it.
            let pending: Promise<void> | undefined;
            for (const check of checks) {
                pending = pending ? pending.then(() => check(node, acceptor, cancelToken)) : check(node, acceptor, cancelToken) as Promise<void> | undefined;
            }
            return pending;
        });
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const targetType = this.reflection.getReferenceType(error.info);
            const rule = UNRESOLVED_REFERENCE_RULES[targetType];
            const name = error.info.reference.$refText;
            // A reference type without its rule is a bug in Chiso (a grammar change the table missed).
            const code = qualifiedCode(rule ?? 'internal');
            const message = rule ? renderMessage(this.locale.lang, rule, { name }) : renderMessage(this.locale.lang, 'internal', { check: `linking/${targetType}` });
            diagnostics.push(this.toDiagnostic('error', message, {
                node: error.info.container,
                range: reference.$refNode?.range,
                property: error.info.property,
                index: error.info.index,
                code,
                data: { code, refText: name },
            }));
        }
    }
}
