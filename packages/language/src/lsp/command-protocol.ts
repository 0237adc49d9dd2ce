/**
 * The workspace/executeCommand protocol between the Chiso language server and its clients: the
 * command names and the shapes of their answers, as they travel in JSON. Free of imports so the
 * VS Code client can bundle it without the server.
 */
export const ChisoCommands = {
    /** [uri] → CompileResult */
    compile: 'chiso.compile',
    /** [uri] → TotalsResult */
    totals: 'chiso.totals',
    /** [uris] → CheckResult; files are (re)read from disk and their diagnostics published. */
    check: 'chiso.check',
    /** [uri] → AnnexResult: the annex of each set as HTML, also while the sums do not add up yet. */
    annex: 'chiso.annex',
    /** [uri, code] → CommandRange | null: where the item with that full code is written. */
    locate: 'chiso.locate',
} as const;

export interface CommandPosition { readonly line: number; readonly character: number }
export interface CommandRange { readonly start: CommandPosition; readonly end: CommandPosition }

export interface CompileError {
    readonly range: CommandRange;
    readonly code: string | null;
    readonly message: string;
}

export interface CompileResult {
    readonly uri: string;
    /** One entry per set, in document order; empty when the document has errors. */
    readonly sets: readonly { readonly id: string; readonly json: string }[];
    /** The document's errors: a set with errors is never compiled, as with `chiso compile`. */
    readonly errors: readonly CompileError[];
}

export interface SetTotals {
    readonly id: string;
    readonly range: CommandRange;
    /** Exact values as text (`100`, `99.55`, `10/3`); null when a max is not a valid number. */
    readonly declared: string | null;
    readonly sum: string | null;
    /** Decided exactly here, so the client never compares binary floats. */
    readonly matches: boolean;
    /** False when the set declares no `total` and the default 100 applies. */
    readonly totalDeclared: boolean;
    /**
     * What remains to detail in a set published to a given depth, in the server's language, short
     * and in full (model/outline-status.ts); null for a set written out in full. A set without
     * domains (its header only) has a null `sum`.
     */
    readonly outline: { readonly short: string; readonly full: string } | null;
}

export interface TotalsResult {
    readonly uri: string;
    readonly sets: readonly SetTotals[];
}

export interface CheckResult {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    /** Files the server could not read (e.g. on a virtual file system); the client opens them instead. */
    readonly unread: readonly string[];
}

export interface AnnexResult {
    readonly uri: string;
    readonly sets: readonly { readonly id: string; readonly html: string }[];
    /** Syntax errors stop the preview: the tree is incomplete. */
    readonly syntaxErrors: number;
}
