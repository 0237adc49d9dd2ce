/**
 * A rule unit: one `chiso/<code>` finding with its severity, its message in Vietnamese and English
 * over typed arguments, and its documentation (docs/rules/<lang>/<code>.md is generated from it).
 */
import type { EditorTextCode } from '../i18n/editor-texts.js';
import type { Lang, Message } from '../i18n/texts.js';

export type Severity = 'error' | 'warning' | 'info';

export type Bilingual = { readonly [L in Lang]: string };

/** What a rule's page says besides its message (the examples come from the fixtures). */
export interface RuleDocs {
    /** What it catches, one or two sentences. */
    readonly catches: Bilingual;
    /** Why it matters for the annex (the published decision) or its scoring. */
    readonly why: Bilingual;
    /** How to fix it by hand. */
    readonly fix: Bilingual;
    /**
     * The page's passing example: this replacement turns its failing example (the smallest fixture
     * expecting the code) into text the rule accepts; the generator checks that it does.
     */
    readonly fixed?: readonly [from: string, to: string];
}

export interface RuleUnit<A, D = Record<never, never>> extends Message<A> {
    readonly severity: Severity;
    /** The code it is reported under when it is not its own key: the syntax slips all report `syntax`. */
    readonly code?: string;
    /** On every rule that owns its code; one message of a shared code carries that code's docs. */
    readonly docs?: RuleDocs;
    /** The editor's quick fixes for it (their titles; lsp/code-actions.ts offers them from the diagnostic's data). */
    readonly fixes?: readonly EditorTextCode[];
    /** Type only, never set: the diagnostic data its quick fixes read (`D`), which the check must pass. */
    readonly dataType?: D;
}

/**
 * `defineRule<{ item: Arg }>()({ severity, vi: a => …, en: a => …, docs })`; a rule with quick
 * fixes also declares the data they read: `defineRule<{ item: Arg }, { actual: string }>()`.
 */
export function defineRule<A extends object = Record<never, never>, D extends object = Record<never, never>>() {
    return <const R extends RuleUnit<A, D>>(rule: R): R & RuleUnit<A, D> => rule;
}

/** Any rule, whatever its arguments: for what reads severity and docs only. */
export type AnyRule = Omit<RuleUnit<never>, 'argsType' | 'dataType'>;
