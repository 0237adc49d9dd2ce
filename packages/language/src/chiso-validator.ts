/** Registers every concern's checks with Langium, binding the reporter and the message language. */
import { AstUtils, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCheck, type ValidationChecks } from 'langium';
import type { ChisoAstType } from './generated/ast.js';
import { codeChecks } from './checks/codes.js';
import { countChecks } from './checks/counts.js';
import { nameChecks } from './checks/names.js';
import { outlineChecks } from './checks/outlines.js';
import { numberChecks } from './checks/numbers.js';
import { reporter, type ChecksFor } from './checks/report.js';
import { ruleChecks } from './checks/rules.js';
import { sourceChecks } from './checks/sources.js';
import { structureChecks } from './checks/structure.js';
import { sumChecks } from './checks/sums.js';
import { surveyChecks } from './checks/surveys.js';
import { textChecks } from './checks/text.js';
import type { ChisoCoreServices } from './chiso-module.js';
import { hasSyntaxErrors } from './chiso-document-validator.js';

export function registerChecks(services: ChisoCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    const locale = services.i18n.Locale;
    const concerns: ChecksFor[] = [
        structureChecks, sumChecks, sourceChecks, countChecks, codeChecks, ruleChecks, surveyChecks, textChecks, outlineChecks, numberChecks,
        nameChecks(services.shared.workspace.IndexManager, services.shared.workspace.LangiumDocuments),
    ];
    for (const concern of concerns) {
        const checks: Record<string, ValidationCheck> = {};
        for (const [type, check] of Object.entries(concern)) {
            const run = check as (n: AstNode, r: ReturnType<typeof reporter>, l: typeof locale.lang) => void;
            checks[type] = (node: AstNode, accept: ValidationAcceptor) => {
                try {
                    run(node, reporter(accept, locale.lang), locale.lang);
                } catch (error) {
                    // After a syntax error the tree has holes (a missing code or title); the syntax
                    // error is what the user must fix. Without one, a failing check is a bug: rethrow.
                    if (!hasSyntaxErrors(AstUtils.getDocument(node))) throw error;
                }
            };
        }
        registry.register(checks as ValidationChecks<ChisoAstType>);
    }
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
