/** How checks report: a stable code, the message in the current language, data for quick fixes. */
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { ChisoAstType } from '../generated/ast.js';
import { qualifiedCode, renderText, RULES, type Lang, type RuleArgs, type RuleCode, type RuleData } from '../i18n/index.js';

export type Where<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'data'>;

/** The rule's typed arguments (optional only when it reads none), then the data its quick fixes read. */
type ReportArgs<C extends RuleCode> = Record<never, never> extends RuleArgs<C>
    ? [args?: RuleArgs<C>, data?: RuleData<C>]
    : [args: RuleArgs<C>, data?: RuleData<C>];

export type Report = <C extends RuleCode, N extends AstNode>(code: C, where: Where<N>, ...rest: ReportArgs<C>) => void;

export function reporter(accept: ValidationAcceptor, lang: Lang): Report {
    return (code, where, ...[args, data = {}]) => {
        accept(RULES[code].severity, renderText(RULES[code], lang, args), {
            ...where,
            code: qualifiedCode(code),
            data: { code: qualifiedCode(code), ...(data as object) },
        } as DiagnosticInfo<AstNode>);
    };
}

/** A check as the concern files write it; the validator binds `report` and `lang` per call. */
export type ChisoCheck<T> = (node: T, report: Report, lang: Lang) => void;

/** A concern's checks, by AST type. */
export type ChecksFor = { [K in keyof ChisoAstType]?: ChisoCheck<ChisoAstType[K]> };
