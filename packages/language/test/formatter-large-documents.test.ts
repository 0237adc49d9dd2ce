/**
 * Large documents (issue #16: formatting took 6, 21 and 55 s for 5k, 10k and 20k components, and a
 * 4.5 MB document blocked the language server for minutes). Formatting takes time linear in the
 * document — counted, not timed: every read of a syntax-tree node's children is counted, and
 * doubling the document must not much more than double the count (a quadratic walk quadruples
 * it) — and lets other work run meanwhile, stopping when cancelled.
 */
import { Cancellation, isCompositeCstNode, isOperationCancelled, type CstNode, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { chisoServices } from './test-services.js';

const services = chisoServices('en');

/** `criteria` criteria in one domain, each with a commented component (the layouts that were quadratic), their lines not indented. */
function unformatted(criteria: number): string {
    let text = `set S "Lớn" {\n    total ${criteria}\n    domain 1 "Một" max ${criteria} {\n`;
    for (let i = 1; i <= criteria; i++) {
        text += `        criterion 1.${i} "Tiêu chí" max 1 {   // ghi chú\n`;
        text += `            // trên dòng riêng\n            component 1.${i}.1 "Thành phần" max 1   // cuối dòng\n        }\n`;
    }
    return (text + '    }\n}\n').replaceAll('\n        ', '\n');
}

/** Wraps every child list of the syntax tree so that each read of an element is counted. */
function countReads(document: LangiumDocument): { reads: number } {
    const counter = { reads: 0 };
    const pending: CstNode[] = [document.parseResult.value.$cstNode!];
    while (pending.length > 0) {
        const node = pending.pop()!;
        if (!isCompositeCstNode(node)) continue;
        pending.push(...node.content);
        (node as { content: CstNode[] }).content = new Proxy(node.content, {
            get(target, key, receiver) {
                if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads++;
                return Reflect.get(target, key, receiver);
            },
        });
    }
    return counter;
}

async function formattingReads(criteria: number): Promise<number> {
    const document = await parseHelper(services)(unformatted(criteria));
    const counter = countReads(document);
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    expect(edits.length).toBeGreaterThan(criteria);
    return counter.reads;
}

const FORMATTING = { tabSize: 4, insertSpaces: true };

describe('formatting large documents', () => {
    test('twice the criteria, about twice the reads of the syntax tree', async () => {
        const [once, twice] = [await formattingReads(500), await formattingReads(1000)];
        expect(twice / once).toBeLessThan(2.2);
    });

    test('other work runs while a document is formatted, and cancelling stops it', async () => {
        const document = await parseHelper(services)(unformatted(2000));
        const params = { textDocument: { uri: document.uri.toString() }, options: FORMATTING };
        const events: string[] = [];
        const formatting = services.lsp.Formatter!.formatDocument(document, params, new Cancellation.CancellationTokenSource().token);
        setImmediate(() => events.push('other work'));
        expect((await formatting).length).toBeGreaterThan(2000);
        events.push('formatted');
        expect(events).toEqual(['other work', 'formatted']);

        const source = new Cancellation.CancellationTokenSource();
        const cancelled = services.lsp.Formatter!.formatDocument(document, params, source.token);
        source.cancel();
        await expect(Promise.resolve(cancelled)).rejects.toSatisfy(isOperationCancelled);
    });
});
