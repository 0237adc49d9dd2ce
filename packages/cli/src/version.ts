/** The version users see in `chiso --version` and in SARIF output. */
export const CHISO_VERSION = '0.1.0';
