/**
 * The version of the compiled criteria-set contract, and the id of its schema
 * (packages/cli/schema/criteria-set.schema.json). A module of its own, importing nothing, so that
 * a test outside this package (the real-editor suite) reads the one source without loading Langium.
 */

/** `major.minor`: a new minor only adds fields, a new major may change or remove them (CHANGELOG.md). */
export const FORMAT_VERSION = '1.4';

/**
 * The schema's `$id`, stamped as `$schema` into every compiled document. A name, not an address:
 * the schema ships with the CLI (no host serves it), and a validator registers it under this id.
 * It names the major version only, since every 1.x document validates against the newest 1.x schema.
 */
export const SCHEMA_ID = 'urn:chiso:schema:criteria-set:1';
