/** Diagnostics as the CLI reports them, whatever their origin: the checker or the input files. */
import type { Diagnostic } from 'vscode-languageserver-types';
// The types package alone: the server library would load the whole LSP layer at start-up.
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { InputProblem } from '@chiso/language/load-files';
import { type Lang } from '@chiso/language/i18n';
import { commandCode, renderCommandMessage } from '../rules/index.js';

export type SeverityName = 'error' | 'warning' | 'info';

export interface Finding {
    readonly file: string;
    /** 1-based, as editors and CI annotations count. */
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: SeverityName;
    readonly code: string;
    readonly message: string;
    /** Other places in the same file the finding points at (the likely mistyped figure of a sum), 1-based. */
    readonly related?: readonly RelatedFinding[];
}

export interface RelatedFinding {
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly message: string;
}

export function severityName(diagnostic: Diagnostic): SeverityName {
    switch (diagnostic.severity) {
        case DiagnosticSeverity.Error: return 'error';
        case DiagnosticSeverity.Warning: return 'warning';
        default: return 'info';
    }
}

export function fromDiagnostic(file: string, diagnostic: Diagnostic): Finding {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: severityName(diagnostic),
        code: String(diagnostic.code ?? 'chiso/unknown'),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        ...(diagnostic.relatedInformation?.length ? {
            related: diagnostic.relatedInformation.map(({ location: { range }, message }) => ({
                line: range.start.line + 1,
                column: range.start.character + 1,
                endLine: range.end.line + 1,
                endColumn: range.end.character + 1,
                message,
            })),
        } : {}),
    };
}

export function fromInputProblem(problem: InputProblem, lang: Lang): Finding {
    const code = `input-${problem.kind}` as const;
    const line = problem.line ?? 1;
    const column = problem.column ?? 1;
    return {
        file: problem.path, line, column, endLine: line, endColumn: column,
        severity: 'error',
        code: commandCode(code),
        message: renderCommandMessage(lang, code as 'input-unreadable', { detail: problem.detail ?? '' }),
    };
}
