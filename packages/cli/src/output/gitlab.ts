/**
 * GitLab Code Quality JSON (`artifacts: reports: codequality`): one issue per finding. GitLab
 * compares a merge request's issues with its target branch's by `fingerprint`, so a fingerprint
 * depends on what is flagged (rule, file, the text of the flagged line), not on where the line is:
 * a line added above an error leaves the error as it was, not fixed and found anew.
 */
import { createHash } from 'node:crypto';
import type { Finding } from './diagnostics.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
    readonly description: string;
    readonly check_name: string;
    readonly fingerprint: string;
    readonly severity: CodeQualitySeverity;
    readonly location: { readonly path: string; readonly lines: { readonly begin: number; readonly end: number } };
}

/** Findings that stop the rest of a file's checks (syntax, too deep): nothing else in it can be judged. */
const BLOCKING = new Set(['chiso/syntax', 'chiso/too-deep']);

/** `read`: whether the finding's file was read; one that could not be (missing, not UTF-8) blocks everything. */
function severity(finding: Finding, read: boolean): CodeQualitySeverity {
    if (!read || BLOCKING.has(finding.code)) return 'blocker';
    return finding.severity === 'error' ? 'major' : finding.severity === 'warning' ? 'minor' : 'info';
}

/** `texts`: each file's source by its display path, whose lines make the fingerprints. */
export function toGitlab(findings: readonly Finding[], texts: ReadonlyMap<string, string>): CodeQualityIssue[] {
    const lines = new Map<string, string[]>();
    const linesOf = (file: string) => {
        let split = lines.get(file);
        if (!split) lines.set(file, split = texts.get(file)?.split(/\r?\n/) ?? []);
        return split;
    };
    // The same rule twice on equal lines of one file: the second is told apart by its rank.
    const seen = new Map<string, number>();
    return findings.map(finding => {
        const path = finding.file.split('\\').join('/');
        const flagged = (linesOf(finding.file)[finding.line - 1] ?? finding.message).trim();
        const key = [finding.code, path, flagged].join('\0');
        const rank = seen.get(key) ?? 0;
        seen.set(key, rank + 1);
        return {
            description: finding.message,
            check_name: finding.code,
            fingerprint: createHash('sha256').update(`${key}\0${rank}`).digest('hex'),
            severity: severity(finding, texts.has(finding.file)),
            location: { path, lines: { begin: finding.line, end: finding.endLine } },
        };
    });
}
