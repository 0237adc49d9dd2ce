/**
 * The contract's schema as our own tests validate with it: stricter than the published one. The
 * published schema lets a 1.x reader accept fields a later 1.x adds; our tests must still fail
 * when `chiso compile` writes a field the schema does not document, so every object that names its
 * properties is closed here (conditional `if`/`then` parts only constrain, so they stay open).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const SCHEMA_PATH = path.resolve(import.meta.dirname, '../packages/cli/schema/criteria-set.schema.json');

/** The schema as published. */
export function publishedSchema(): Record<string, unknown> {
    return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
}

const CONDITIONS = new Set(['if', 'then', 'else', 'not']);

/** A copy of `schema` where every object schema with `properties` allows no others. */
export function closed<T>(schema: T): T {
    if (Array.isArray(schema)) return schema.map(closed) as T;
    if (typeof schema !== 'object' || schema === null) return schema;
    const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, CONDITIONS.has(key) ? value : closed(value)]));
    if ('properties' in copy) copy.additionalProperties = false;
    return copy as T;
}

/** Validates compiled documents against the closed schema. */
export const validateStrict = new Ajv2020({ allErrors: true, strict: true }).compile(closed(publishedSchema()));
