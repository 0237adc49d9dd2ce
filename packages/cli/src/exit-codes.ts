/** Exit codes, one meaning each (documented in the README). */
export enum ExitCode {
    /** No errors (and, under --strict, no warnings). */
    Clean = 0,
    /** The criteria (or results) have errors, warnings under --strict, or files to reformat under fmt --check. */
    Findings = 1,
    /** Usage or input problem: bad arguments, missing or unreadable file, not UTF-8. */
    InputProblem = 2,
}
