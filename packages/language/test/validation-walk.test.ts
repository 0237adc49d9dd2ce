/**
 * Chiso runs its checks synchronously in one walk (chiso-validator.ts, workspace/sparse-interrupts.ts)
 * instead of Langium's await per node and per check. What a user sees must not change: a failing
 * check is reported, an asynchronous check still runs in order, and an edit cancels a running check.
 */
import { Cancellation, EmptyFileSystem, isOperationCancelled, URI, type AstNode, type ValidationAcceptor } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { createChisoCoreServices } from '../src/chiso-module.js';

const TEXT = `set T "Bộ thử" {
    total 2
    domain 1 "Lĩnh vực" max 2 {
        criterion 1.1 "Tiêu chí" max 2
    }
}
`;

async function validate(extraChecks: Record<string, (node: AstNode, accept: ValidationAcceptor) => unknown>, token = Cancellation.CancellationToken.None) {
    const { shared, Chiso } = createChisoCoreServices(EmptyFileSystem);
    Chiso.i18n.Locale.lang = 'en';
    Chiso.validation.ValidationRegistry.register(extraChecks as never);
    const document = shared.workspace.LangiumDocumentFactory.fromString(TEXT, URI.file('/walk/a.chiso'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return Chiso.validation.DocumentValidator.validateDocument(document, {}, token);
}

describe('the validation walk', () => {
    test('the set is clean without extra checks', async () => {
        expect(await validate({})).toEqual([]);
    });

    test('a check that throws is reported at its node, and the other checks still run', async () => {
        // Langium also logs the failure with its stack; that log is not what this test is about.
        const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const diagnostics = await validate({
            CriteriaSet: (node, accept) => accept('warning', 'set seen', { node }),
            Item: () => { throw new Error('boom'); },
        });
        expect(diagnostics.map(d => [d.severity, d.message, d.range.start.line])).toEqual([
            [2, 'set seen', 0],
            [1, 'An error occurred during validation: boom', 2],
            [1, 'An error occurred during validation: boom', 3],
        ]);
        expect(log).toHaveBeenCalled();
        log.mockRestore();
    });

    test('an asynchronous check runs, in order with the synchronous ones on the same node', async () => {
        const order: string[] = [];
        const diagnostics = await validate({
            Item: [
                async (node, accept) => { await new Promise(resolve => setTimeout(resolve, 5)); order.push('async'); accept('info', 'later', { node }); },
                () => { order.push('sync'); },
            ],
        });
        expect(order).toEqual(['async', 'sync', 'async', 'sync']);
        expect(diagnostics.map(d => d.message)).toEqual(['later', 'later']);
    });

    test('a cancelled validation stops with Langium\'s cancellation, not a diagnostic', async () => {
        const source = new Cancellation.CancellationTokenSource();
        source.cancel();
        const outcome = await validate({}, source.token).then(() => 'finished', error => error);
        expect(isOperationCancelled(outcome)).toBe(true);
    });
});
