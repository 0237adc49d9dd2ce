/**
 * Rename refuses, with a message in the client's language, a name that would break the files it
 * edits: one that is not a single name token (`Sở Nội vụ`, empty, a keyword), or one already
 * taken — in the folder for an agency, survey or set, beside it for a formula input or choice.
 * Where the cursor is on no name, preparing a rename says so instead of failing silently.
 */
import type { AstNode, LangiumDocument, Lexer } from 'langium';
import { AstUtils, CstUtils, GrammarAST, isNamed, UriUtils } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Position, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { Document } from '../generated/ast.js';
import { isDocument } from '../generated/ast.js';
import type { ChisoLocale } from '../i18n/locale.js';
import { renderEditorText, type EditorTextCode } from '../i18n/index.js';
import type { ChisoServices } from './chiso-lsp-module.js';

/** The datatype rule every declared name is written with. */
const NAME_RULE = 'Name';

export class ChisoRenameProvider extends DefaultRenameProvider {
    private readonly locale: ChisoLocale;
    private readonly lexer: Lexer;
    private readonly services: ChisoServices;
    /** Token types a name may be: the terminals and keywords of the grammar's Name rule. */
    private readonly nameTokens: ReadonlySet<string>;

    constructor(services: ChisoServices) {
        super(services);
        this.services = services;
        this.locale = services.i18n.Locale;
        this.lexer = services.parser.Lexer;
        const rule = services.Grammar.rules.find(r => r.name === NAME_RULE);
        this.nameTokens = new Set(rule ? AstUtils.streamAllContents(rule).flatMap(node =>
            GrammarAST.isKeyword(node) ? [node.value] : GrammarAST.isRuleCall(node) && node.rule.ref ? [node.rule.ref.name] : []) : []);
    }

    override async prepareRename(document: LangiumDocument, params: PrepareRenameParams, cancelToken?: CancellationToken): Promise<Range | undefined> {
        const range = await super.prepareRename(document, params, cancelToken);
        if (!range) throw this.refusal('rename-not-a-name', {});
        return range;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target) throw this.refusal('rename-not-a-name', {});
        const name = params.newName;
        const tokens = this.lexer.tokenize(name);
        if (tokens.errors.length > 0 || tokens.tokens.length !== 1 || tokens.tokens[0].image !== name || !this.nameTokens.has(tokens.tokens[0].tokenType.name)) {
            throw this.refusal('rename-not-a-name-token', { name });
        }
        if (name.normalize('NFC') !== target.name.normalize('NFC') && this.namesBeside(target).has(name.normalize('NFC'))) {
            throw this.refusal('rename-name-taken', { name });
        }
        return super.rename(document, params, cancelToken);
    }

    /** The declaration renamed from this position, as Langium's rename finds it. */
    private targetAt(document: LangiumDocument, position: Position): (AstNode & { name: string }) | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        const target = leaf && this.references.findDeclarations(leaf)[0];
        return target && isNamed(target) ? target : undefined;
    }

    /** The names the new one must not clash with (NFC): the folder's declarations, or the target's siblings. */
    private namesBeside(target: AstNode): Set<string> {
        const container = target.$container;
        let siblings: AstNode[];
        if (isDocument(container)) {
            const folder = UriUtils.dirname(AstUtils.getDocument(target).uri).toString();
            siblings = this.services.shared.workspace.LangiumDocuments.all
                .filter(doc => UriUtils.dirname(doc.uri).toString() === folder)
                .flatMap(doc => (doc.parseResult.value as Document).elements ?? [])
                .toArray();
        } else {
            siblings = container ? AstUtils.streamContents(container).toArray() : [];
        }
        return new Set(siblings.filter(node => node !== target && isNamed(node)).map(node => (node as AstNode & { name: string }).name.normalize('NFC')));
    }

    private refusal(code: EditorTextCode, args: Record<string, string>): ResponseError<void> {
        return new ResponseError(LSPErrorCodes.RequestFailed, renderEditorText(this.locale.lang, code, args));
    }
}
