/**
 * Quick fixes as an editor applies them: validate a text, ask for the code actions of one of its
 * diagnostics, apply an action's workspace edit to the text, validate the result again.
 */
import { TextDocument } from 'langium';
import { validationHelper } from 'langium/test';
import { expect } from 'vitest';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { ChisoServices } from '../src/lsp/chiso-lsp-module.js';
import type { Document } from '../src/generated/ast.js';

export interface Validated {
    readonly text: string;
    readonly diagnostics: Diagnostic[];
    /** The codes of the errors and warnings (information diagnostics left out). */
    readonly problems: string[];
}

export interface Fixes {
    readonly diagnostic: Diagnostic;
    readonly actions: CodeAction[];
    readonly titles: string[];
    /** Applies the action with that title (the only action when omitted) and validates the result. */
    apply(title?: string): Promise<Validated>;
}

/** Applies the edits a workspace edit makes to one document, as a client would. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
    expect(Object.keys(edit?.changes ?? {}), 'edits target the document only').toEqual([uri]);
    return TextDocument.applyEdits(TextDocument.create(uri, 'chiso', 0, text), edit!.changes![uri]);
}

export function quickFixHelper(services: ChisoServices) {
    const validate = validationHelper<Document>(services);

    async function check(text: string): Promise<Validated> {
        const result = await validate(text);
        await result.dispose();
        const problems = result.diagnostics.filter(d => (d.severity ?? 1) <= 2).map(d => String(d.code));
        return { text, diagnostics: result.diagnostics, problems };
    }

    async function actionsFor(text: string, params: (uri: string, diagnostics: Diagnostic[]) => CodeActionParams): Promise<{ uri: string; actions: CodeAction[] }> {
        const result = await validate(text);
        const uri = result.document.textDocument.uri;
        const actions = await services.lsp.CodeActionProvider!.getCodeActions(result.document, params(uri, result.diagnostics)) ?? [];
        await result.dispose();
        return { uri, actions: actions as CodeAction[] };
    }

    /** The quick fixes for the first diagnostic with the code (the nth with `index`). */
    async function fixes(text: string, code: string, index = 0): Promise<Fixes> {
        let diagnostic: Diagnostic | undefined;
        const { uri, actions } = await actionsFor(text, (uri, diagnostics) => {
            diagnostic = diagnostics.filter(d => d.code === code)[index];
            expect(diagnostic, `a ${code} diagnostic in:\n${text}`).toBeDefined();
            return { textDocument: { uri }, range: diagnostic!.range, context: { diagnostics: [diagnostic!], only: [CodeActionKind.QuickFix] } };
        });
        for (const action of actions) expect(action.diagnostics, 'a fix names its diagnostic').toEqual([diagnostic]);
        return {
            diagnostic: diagnostic!,
            actions,
            titles: actions.map(action => action.title),
            apply: async title => {
                const action = title === undefined ? actions[0] : actions.find(a => a.title === title);
                expect(action, `an action ${title ?? ''} among ${JSON.stringify(actions.map(a => a.title))}`).toBeDefined();
                if (title === undefined) expect(actions).toHaveLength(1);
                return check(applyWorkspaceEdit(text, uri, action!.edit));
            },
        };
    }

    /** Applies the first fix of each diagnostic with the code, one at a time, until none is left. */
    async function fixAll(text: string, code: string): Promise<Validated> {
        let current = await check(text);
        for (let round = 0; current.problems.includes(code); round++) {
            expect(round, `${code} keeps coming back`).toBeLessThan(10);
            const fix = await fixes(current.text, code);
            expect(fix.titles.length, `a fix for ${code} in:\n${current.text}`).toBeGreaterThan(0);
            current = await fix.apply(fix.titles[0]);
        }
        return current;
    }

    /** Every action offered for a range, with every diagnostic of the text, as a client's light bulb asks. */
    async function allActions(text: string, range: Range, only?: string[]): Promise<{ uri: string; actions: CodeAction[] }> {
        return actionsFor(text, (uri, diagnostics) => ({ textDocument: { uri }, range, context: { diagnostics, only } }));
    }

    /** The actions for given diagnostics, which may be stale (from an earlier version of the text). */
    async function actionsWith(text: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
        const everywhere = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
        return (await actionsFor(text, uri => ({ textDocument: { uri }, range: everywhere, context: { diagnostics } }))).actions;
    }

    return { check, fixes, fixAll, allActions, actionsWith };
}
