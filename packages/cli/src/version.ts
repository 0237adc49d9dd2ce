/**
 * What package.json says, put in by the bundler (scripts/bundle.mjs) so the two never disagree;
 * the CLI only runs bundled.
 */
declare const CHISO_PACKAGE_VERSION: string;
declare const CHISO_NODE_FLOOR: number;

/** The version users see in `chiso --version` and in SARIF output. */
export const CHISO_VERSION = CHISO_PACKAGE_VERSION;
/** The oldest Node.js major version (`engines`); Langium's parser needs Node 22's `Object.groupBy`. */
export const NODE_FLOOR = CHISO_NODE_FLOOR;
