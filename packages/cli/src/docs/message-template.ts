/** A rule's message or an editor text with its arguments shown as placeholders or words, for the rule pages. */
import type { AnyRule, EDITOR_TEXTS, Lang } from '@chiso/language';

/** A message with its arguments shown as `{name}` (conditional parts as their last branch), or as `word(name)` gives them. */
export function template(message: AnyRule | (typeof EDITOR_TEXTS)[keyof typeof EDITOR_TEXTS], lang: Lang, word = (name: string) => `{${name}}`): string {
    const placeholders = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? word(key) : undefined) });
    return (message[lang] as (a: unknown) => string)(placeholders);
}
