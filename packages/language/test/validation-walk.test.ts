/**
 * Chiso runs its checks synchronously in one walk (chiso-validator.ts, workspace/sparse-interrupts.ts)
 * instead of Langium's await per node and per check. What a user sees must not change: a failing
 * check is reported, an asynchronous check still runs in order, and an edit cancels a running check.
 */
import { Cancellation, DefaultLangiumProfiler, EmptyFileSystem, isOperationCancelled, URI, VALIDATE_EACH_NODE, type AstNode, type LangiumDocument, type ValidateSingleNodeOptions, type ValidationAcceptor, type ValidationOptions } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { createChisoCoreServices, type ChisoCoreServices } from '../src/chiso-module.js';
import { ChisoDocumentValidator } from '../src/chiso-document-validator.js';
import { isItem } from '../src/generated/ast.js';

const TEXT = `set T "Bộ thử" {
    total 2
    domain 1 "Lĩnh vực" max 2 {
        criterion 1.1 "Tiêu chí" max 2
    }
}
`;

type Checks = Record<string, (node: AstNode, accept: ValidationAcceptor) => unknown>;

async function built(extraChecks: Checks): Promise<{ Chiso: ChisoCoreServices; document: LangiumDocument }> {
    const { shared, Chiso } = createChisoCoreServices(EmptyFileSystem);
    Chiso.i18n.Locale.lang = 'en';
    Chiso.validation.ValidationRegistry.register(extraChecks as never);
    const document = shared.workspace.LangiumDocumentFactory.fromString(TEXT, URI.file('/walk/a.chiso'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return { Chiso, document };
}

async function validate(extraChecks: Checks, token = Cancellation.CancellationToken.None) {
    const { Chiso, document } = await built(extraChecks);
    return Chiso.validation.DocumentValidator.validateDocument(document, {}, token);
}

/** Langium 4.4's per-node options: a language may skip a node, or the nodes below it. */
class DomainsOnly extends ChisoDocumentValidator {
    protected override validateSingleNodeOptions(node: AstNode, _options: ValidationOptions): ValidateSingleNodeOptions {
        return isItem(node) ? { validateNode: true, validateChildren: false } : VALIDATE_EACH_NODE;
    }
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

    test('validateSingleNodeOptions prunes the walk as in Langium: the criterion under the domain is not checked', async () => {
        const { Chiso, document } = await built({ Item: (node, accept) => accept('info', 'item seen', { node }) });
        expect((await Chiso.validation.DocumentValidator.validateDocument(document)).map(d => d.range.start.line)).toEqual([2, 3]);
        expect((await new DomainsOnly(Chiso).validateDocument(document)).map(d => d.range.start.line)).toEqual([2]);
    });

    test('with Langium\'s profiler on, its own walk runs: the same findings, each node type timed', async () => {
        const { Chiso, document } = await built({ Item: (node, accept) => accept('info', 'item seen', { node }) });
        // The profiler prints its table when a task ends; that output is not what this test is about.
        for (const method of ['log', 'table'] as const) vi.spyOn(console, method).mockImplementation(() => undefined);
        const profiler = new DefaultLangiumProfiler(new Set(['validating']));
        const profiled = Object.create(Chiso, { shared: { value: Object.create(Chiso.shared, { profilers: { value: { LangiumProfiler: profiler } } }) } }) as ChisoCoreServices;
        const diagnostics = await new ChisoDocumentValidator(profiled).validateDocument(document);
        expect(diagnostics.map(d => d.range.start.line)).toEqual([2, 3]);
        expect(profiler.getRecords('validating').toArray().length).toBeGreaterThan(0);
        vi.restoreAllMocks();
    });

    test('a cancelled validation stops with Langium\'s cancellation, not a diagnostic', async () => {
        const source = new Cancellation.CancellationTokenSource();
        source.cancel();
        const outcome = await validate({}, source.token).then(() => 'finished', error => error);
        expect(isOperationCancelled(outcome)).toBe(true);
    });
});
