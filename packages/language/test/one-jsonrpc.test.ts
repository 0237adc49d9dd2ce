/**
 * Langium and vscode-languageserver share one vscode-jsonrpc (the root package.json overrides
 * vscode-languageserver's pinned protocol): with two copies, the connection's cancellation
 * tokens were not Langium's, and the server bundle carried both.
 */
import { Cancellation } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';

describe('vscode-jsonrpc', () => {
    test("vscode-languageserver's CancellationToken.None is Langium's", () => {
        expect(CancellationToken.None).toBe(Cancellation.CancellationToken.None);
    });
});
