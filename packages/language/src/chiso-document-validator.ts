/**
 * Unresolved references get a Chiso code and message (unknown survey, agency or formula input)
 * instead of Langium's generic "Could not resolve reference"; nesting past a limit gets its own
 * code (parser/nesting-limit.ts), other lexing and parsing errors `chiso/syntax`.
 */
import type { AstNode, AstReflection, LangiumDocument, ParseResult, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { forEachNode } from './references/sparse-interrupts.js';
import { isTooDeep } from './parser/nesting-limit.js';
import { qualifiedCode, renderMessage, type MessageCode } from './i18n/messages.js';
import type { ChisoCoreServices } from './chiso-module.js';
import type { ChisoLocale } from './i18n/locale.js';

const SYNTAX_CODE = 'chiso/syntax';

const CODE_BY_TARGET: Record<string, MessageCode> = {
    Survey: 'unknown-survey',
    Agency: 'unknown-agency',
    FormulaInput: 'unknown-input',
};

export class ChisoDocumentValidator extends DefaultDocumentValidator {
    private readonly locale: ChisoLocale;
    private readonly reflection: AstReflection;

    constructor(services: ChisoCoreServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.reflection = services.shared.AstReflection;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
            if (langiumCode === 'lexing-error' || langiumCode === 'parsing-error') diagnostic.code = SYNTAX_CODE;
        }
        return diagnostics;
    }

    /** Checks run in one walk (see sparse-interrupts.ts), each node type's checks looked up once. */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const checksByType = new Map<string, readonly ValidationCheck[]>();
        await forEachNode(AstUtils.streamAst(rootNode), cancelToken, node => {
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

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const tooDeep = parseResult.lexerErrors.filter(isTooDeep);
        super.processLexingErrors({ ...parseResult, lexerErrors: parseResult.lexerErrors.filter(error => !isTooDeep(error)) }, diagnostics, options);
        const code = qualifiedCode('too-deep');
        for (const error of tooDeep) {
            const start = { line: error.line! - 1, character: error.column! - 1 };
            const range = { start, end: { line: start.line, character: start.character + error.length } };
            diagnostics.push({ severity: 1 /* Error */, range, message: error.message, code, data: { code }, source: this.getSource() });
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const targetType = this.reflection.getReferenceType(error.info);
            const code = CODE_BY_TARGET[targetType];
            const name = error.info.reference.$refText;
            diagnostics.push(this.toDiagnostic('error', code ? renderMessage(this.locale.lang, code, { name }) : error.message, {
                node: error.info.container,
                range: reference.$refNode?.range,
                property: error.info.property,
                index: error.info.index,
                code: code ? qualifiedCode(code) : 'chiso/unresolved',
                data: { code: code ? qualifiedCode(code) : 'chiso/unresolved', refText: name },
            }));
        }
    }
}
