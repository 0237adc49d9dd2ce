/**
 * The `formatVersion` of each JSON report, `major.minor` as for the compiled set (FORMAT_VERSION in
 * @chiso/language): a new minor only adds fields, a new major may change or remove them.
 * CHANGELOG.md says what each version added.
 */
export const CHECK_FORMAT_VERSION = '1.0';
export const SCORE_FORMAT_VERSION = '1.1';
export const DIFF_FORMAT_VERSION = '1.1';
export const COMPARE_FORMAT_VERSION = '1.0';
