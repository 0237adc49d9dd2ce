/**
 * The protocol's rules about `initialize`. Langium answers a request that comes before `initialize`
 * only once the workspace is ready, which is never, and it accepts a second `initialize`. Every
 * handler Langium registers goes through the guard below. (Handlers' errors reach the client as
 * errors because one vscode-jsonrpc is installed: the root package.json's `overrides`.)
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
    const guard = (handler: Handler): Handler => (...args) => (initialized ? handler(...args) : notInitialized());
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
