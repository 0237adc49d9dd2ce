/**
 * The protocol's rules about `initialize`, and errors that reach the client as errors. Langium
 * answers a request that comes before `initialize` only once the workspace is ready, which is
 * never; it accepts a second `initialize`; and a handler's error built from the other copy of
 * vscode-jsonrpc that Langium loads is not recognised by the connection, so it went out as a
 * result (`{ "code": -32802 }` for a hover on a document the server does not know). Every
 * handler Langium registers goes through the guard below.
 */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { renderEditorText, type Lang } from '../i18n/index.js';

/** The parts of the connection where Langium registers handlers. */
const REGISTRIES: ReadonlySet<string> = new Set([
    'languages', 'workspace', 'notebooks', 'window',
    'semanticTokens', 'inlayHint', 'inlineValue', 'callHierarchy', 'typeHierarchy', 'diagnostics', 'foldingRange', 'moniker', 'inlineCompletion',
    'textDocumentContent', 'synchronization',
]);

type Handler = (...args: unknown[]) => unknown;

export function guardedConnection(connection: Connection, lang: () => Lang): Connection {
    let initialized = false;
    const notInitialized = () => new ResponseError(ErrorCodes.ServerNotInitialized, renderEditorText(lang(), 'lsp-not-initialized'));
    const guard = (handler: Handler): Handler => (...args) => (initialized ? asResponseError(handler(...args)) : notInitialized());
    const initialize = (handler: Handler): Handler => (...args) => {
        if (initialized) return new ResponseError(ErrorCodes.InvalidRequest, renderEditorText(lang(), 'lsp-initialized-twice'));
        initialized = true;
        return handler(...args);
    };
    const wrap = <T extends object>(target: T): T => new Proxy(target, {
        get(object, key, receiver) {
            const value: unknown = Reflect.get(object, key, receiver);
            if (typeof key !== 'string') return value;
            if (typeof value === 'object' && value !== null && REGISTRIES.has(key)) return wrap(value);
            // The exit notification is handled whatever the state; initialize is guarded apart.
            if (typeof value !== 'function' || !key.startsWith('on') || key === 'onExit') return value;
            const around = key === 'onInitialize' ? initialize : guard;
            return (...args: unknown[]) => (value as Handler).apply(object, args.map(arg => (typeof arg === 'function' ? around(arg as Handler) : arg)));
        },
    });
    return wrap(connection);
}

/** A handler's result, with an error from another copy of vscode-jsonrpc rebuilt as this connection's. */
function asResponseError(result: unknown): unknown {
    const rebuild = (value: unknown) => {
        if (value instanceof ResponseError || !(value instanceof Error)) return value;
        const { code, data } = value as Error & { code?: unknown; data?: unknown };
        return typeof code === 'number' ? new ResponseError(code, value.message, data) : value;
    };
    return isThenable(result) ? result.then(rebuild) : rebuild(result);
}

function isThenable(value: unknown): value is Promise<unknown> {
    return typeof (value as { then?: unknown } | undefined)?.then === 'function';
}
