/**
 * Typed bilingual texts: each message declares the arguments it reads, so a misspelt or missing
 * argument is a compile error at every call (`renderMessage('en', 'sum-mismatch', { itme: … })`
 * fails `tsc`). Exact numbers are formatted per language: `0,5` / `0.5`.
 */
import { formatPoints, type Exact } from '../model/points.js';

export type Lang = 'vi' | 'en';

/** What a caller passes: text, a whole number, or exact points. */
export type Arg = string | number | Exact;

/** What a message reads: every argument formatted for the language; a literal type such as `'yes' | 'no'` is kept. */
export type Texts<A> = { readonly [K in keyof A]-?: Text<A[K]> };
type Text<V> = V extends undefined ? undefined : V extends string ? V : string;

/** A text in both languages over the arguments `A`. */
export interface Message<A> {
    readonly vi: (a: Texts<A>) => string;
    readonly en: (a: Texts<A>) => string;
    /** Type only, never set: carries `A` so that callers' arguments are checked against it. */
    readonly argsType?: A;
}

export type ArgsOf<M> = M extends { readonly argsType?: infer A } ? A : never;

/** A message's arguments as a parameter list: optional only when the message needs none. */
export type ArgList<A> = Record<never, never> extends A ? [args?: A] : [args: A];

/** `defineText<{ item: Arg }>()({ vi: a => …, en: a => … })`: the arguments are given first, the texts checked against them. */
export function defineText<A extends object = Record<never, never>>() {
    return <M extends Message<A>>(message: M): M & Message<A> => message;
}

/** Renders any message; its callers' `...ArgList` parameters are what check the arguments. */
export function renderText(message: { readonly [L in Lang]: (a: never) => string }, lang: Lang, args: object | undefined): string {
    return message[lang](formatArgs(lang, (args ?? {}) as Record<string, Arg | undefined>) as never);
}

function formatArgs(lang: Lang, args: Record<string, Arg | undefined>): Record<string, string | undefined> {
    const formatted: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(args)) {
        formatted[key] = value === undefined ? undefined : typeof value === 'object' ? formatPoints(value, lang === 'vi') : String(value);
    }
    return formatted;
}
