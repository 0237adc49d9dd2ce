/**
 * GitHub workflow commands (`::error file=…,line=…::message`), one per finding. GitHub reads the
 * properties up to the first `,` or `::`, so a path such as `Sở Nội vụ, 2024/a:b.chiso` has its
 * `,` and `:` escaped, as GitHub's toolkit does (`escapeProperty` in @actions/core).
 */
import type { Finding } from './diagnostics.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function githubAnnotation(finding: Finding): string {
    const { file, line, column, endLine, endColumn, code } = finding;
    const properties = `file=${escapeProperty(file)},line=${line},col=${column},endLine=${endLine},endColumn=${endColumn},title=${escapeProperty(code)}`;
    return `::${LEVEL[finding.severity]} ${properties}::${escapeData(finding.message)}`;
}

/** The message: `%`, CR and LF, so that one annotation stays one command. */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: the message's escapes, and `:` and `,` that would end it. */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
