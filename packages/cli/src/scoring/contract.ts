/**
 * Reading a compiled criteria set: the scorer trusts nothing but the JSON contract, so the
 * document is validated against the committed schema before use.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { CompiledSet } from '@chiso/language';

let validator: ReturnType<Ajv2020['compile']> | undefined;

/** Where a document breaks the schema (the first place), or undefined when it follows it. */
export function contractViolation(document: unknown): string | undefined {
    if (!validator) {
        const schema = JSON.parse(readFileSync(new URL('../../schema/criteria-set.schema.json', import.meta.url), 'utf8'));
        // Compiled on every run, so two steps that only cost time are left out (most of the compile time): checking
        // the committed schema against the meta-schema (the tests do that), and tidying the generated code.
        // What it validates, and the errors it reports, are the same.
        validator = new Ajv2020({ allErrors: false, strict: true, validateSchema: false, code: { optimize: false } }).compile(schema);
    }
    if (validator(document)) return undefined;
    const error = validator.errors?.[0];
    return error ? `${error.instancePath || '/'} ${error.message}` : 'invalid';
}

/** The set, or why it is not one. */
export function readCompiledSet(text: string): { set: CompiledSet } | { problem: string } {
    let document: unknown;
    try {
        document = JSON.parse(text);
    } catch (error) {
        return { problem: (error as Error).message };
    }
    const problem = contractViolation(document);
    return problem ? { problem } : { set: document as CompiledSet };
}
