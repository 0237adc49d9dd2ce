/**
 * The version users see in `chiso --version` and in SARIF output: package.json's, put in by the
 * bundler (scripts/bundle.mjs), so the two never disagree. The CLI only runs bundled.
 */
declare const CHISO_PACKAGE_VERSION: string;
export const CHISO_VERSION = CHISO_PACKAGE_VERSION;
