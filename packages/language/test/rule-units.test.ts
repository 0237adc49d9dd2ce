/**
 * The rule units say what the checker does: each reported code has one unit carrying its docs, and
 * a rule lists quick fixes exactly when lsp/code-actions.ts offers some for its code.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { UNRESOLVED_REFERENCE_RULES } from '../src/chiso-document-validator.js';
import { reflection } from '../src/generated/ast.js';
import { RULES, qualifiedCode, ruleOfCode, ruleUnit, type RuleCode } from '../src/i18n/index.js';

const codes = Object.keys(RULES) as RuleCode[];
const reported = [...new Set(codes.map(code => ruleOfCode(qualifiedCode(code))!))];

describe('rule units', () => {
    test('each reported code has exactly one unit with its docs, in both languages', () => {
        for (const code of reported) {
            const documented = codes.filter(key => ruleOfCode(qualifiedCode(key)) === code && RULES[key].docs);
            expect(documented, code).toHaveLength(1);
            const docs = ruleUnit(code).docs!;
            for (const text of [docs.catches, docs.why, docs.fix]) expect(text.vi && text.en && text.vi !== text.en, code).toBeTruthy();
        }
        // The syntax slips share one code and one page.
        expect(reported).toContain('syntax');
        expect(reported).not.toContain('syntax-expected');
    });

    test('a rule lists quick fixes exactly when the code actions offer some for its code', () => {
        const source = readFileSync(path.join(import.meta.dirname, '../src/lsp/code-actions.ts'), 'utf8');
        const offered = new Set([...source.matchAll(/case '([a-z-]+)':/g)].map(m => m[1]));
        if (source.includes("rule === 'syntax'")) offered.add('syntax');
        const declared = reported.filter(code => codes.some(key => ruleOfCode(qualifiedCode(key)) === code && (RULES[key].fixes?.length ?? 0) > 0));
        expect(declared.sort()).toEqual([...offered].sort());
    });

    test('every cross-reference of the grammar has the rule that reports it unresolved (no unnamed linking error)', () => {
        const targets = new Set(Object.values(reflection.types).flatMap(type => Object.values(type.properties as Record<string, { referenceType?: string }>))
            .flatMap(property => (property.referenceType ? [property.referenceType] : [])));
        expect([...targets].sort()).toEqual(Object.keys(UNRESOLVED_REFERENCE_RULES).sort());
        for (const rule of Object.values(UNRESOLVED_REFERENCE_RULES)) expect(ruleUnit(ruleOfCode(qualifiedCode(rule))!).docs, rule).toBeDefined();
    });
});
