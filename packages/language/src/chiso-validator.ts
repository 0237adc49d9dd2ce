/** Registers every concern's checks with Langium, binding the reporter and the message language. */
import { ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCheck, type ValidationChecks } from 'langium';
import type { ChisoAstType } from './generated/ast.js';
import { classChecks } from './checks/classes.js';
import { codeChecks } from './checks/codes.js';
import { countChecks } from './checks/counts.js';
import { exemptionChecks } from './checks/exemptions.js';
import { nameChecks } from './checks/names.js';
import { outlineChecks } from './checks/outlines.js';
import { numberChecks } from './checks/numbers.js';
import { reporter, type ChecksFor, type ChisoCheck } from './checks/report.js';
import { ruleChecks } from './checks/rules.js';
import { sourceChecks } from './checks/sources.js';
import { structureChecks } from './checks/structure.js';
import { sumChecks } from './checks/sums.js';
import { surveyChecks } from './checks/surveys.js';
import { textChecks } from './checks/text.js';
import type { ChisoCoreServices } from './chiso-module.js';

export function registerChecks(services: ChisoCoreServices): void {
    const concerns: Record<string, ChecksFor> = {
        structure: structureChecks, sums: sumChecks, sources: sourceChecks, counts: countChecks, codes: codeChecks, rules: ruleChecks,
        surveys: surveyChecks, text: textChecks, outlines: outlineChecks, numbers: numberChecks, exemptions: exemptionChecks, classes: classChecks,
        names: nameChecks(services.shared.workspace.IndexManager, services.shared.workspace.LangiumDocuments),
    };
    for (const [name, concern] of Object.entries(concerns)) registerConcern(services, name, concern);
}

/**
 * Registers one concern's checks. A check that throws is a bug in Chiso, with or without syntax
 * errors in the file: it is reported where it happened as `chiso/internal`, naming the check (never
 * a stack trace to users), and logged with its stack in the language server's log (on the command line
 * only with `CHISO_DEBUG=1`).
 */
export function registerConcern(services: ChisoCoreServices, name: string, concern: ChecksFor): void {
    const locale = services.i18n.Locale;
    // The language server's console is the editor's log; on the command line a stack would reach users, so only on request.
    const logsStacks = 'lsp' in services.shared || Boolean(process.env.CHISO_DEBUG);
    const checks: Record<string, ValidationCheck> = {};
    for (const [type, check] of Object.entries(concern)) {
        const run = check as ChisoCheck<AstNode>;
        checks[type] = (node: AstNode, accept: ValidationAcceptor) => {
            const report = reporter(accept, locale.lang);
            try {
                run(node, report, locale.lang);
            } catch (error) {
                if (logsStacks) console.error(`Chiso check ${name}/${type} failed:`, error instanceof Error ? error.stack ?? error.message : error);
                report('internal', { node }, { check: `${name}/${type}` });
            }
        };
    }
    services.validation.ValidationRegistry.register(checks as ValidationChecks<ChisoAstType>);
}

/**
 * Langium wraps every check in an async function, so each of the thousands of check calls per
 * keystroke costs a promise and an await although Chiso's checks are synchronous. Here a check
 * that returns nothing stays synchronous; failures are reported exactly as Langium reports them.
 */
export class ChisoValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const context = 'An error occurred during validation';
        return (node, accept, cancelToken) => {
            try {
                const pending = check.call(thisObj, node, accept, cancelToken);
                if (pending) return this.handleException(() => pending, context, accept, node);
            } catch (error) {
                return this.handleException(() => { throw error; }, context, accept, node);
            }
            return undefined;
        };
    }
}
