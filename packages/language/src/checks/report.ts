/** How checks report: a stable code, the message in the current language, data for quick fixes. */
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { ChisoAstType } from '../generated/ast.js';
import { MESSAGES, qualifiedCode, renderMessage, type Lang, type MessageArgs, type MessageCode } from '../i18n/messages.js';

export type Where<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'data'>;

export type Report = <N extends AstNode>(code: MessageCode, where: Where<N>, args?: MessageArgs, data?: Record<string, unknown>) => void;

export function reporter(accept: ValidationAcceptor, lang: Lang): Report {
    return (code, where, args = {}, data = {}) => {
        accept(MESSAGES[code].severity, renderMessage(lang, code, args), {
            ...where,
            code: qualifiedCode(code),
            data: { code: qualifiedCode(code), ...data },
        } as DiagnosticInfo<AstNode>);
    };
}

/** A check as the concern files write it; the validator binds `report` and `lang` per call. */
export type ChisoCheck<T> = (node: T, report: Report, lang: Lang) => void;

/** A concern's checks, by AST type. */
export type ChecksFor = { [K in keyof ChisoAstType]?: ChisoCheck<ChisoAstType[K]> };
