/** The rounding of the published index (`rounding` in a set's header): how many decimal places the decision prints. */

/** When a set declares none: two places, as the score report has always printed the index ("87,65%"). */
export const DEFAULT_ROUNDING = 2;

/** The most places a set may declare (the contract's `set.rounding` maximum). */
export const MAX_ROUNDING = 6;
