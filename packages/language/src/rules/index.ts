/**
 * Every rule of the checker, by concern (one file each). `RuleCode` and the arguments of each rule
 * are types: a misspelt code or argument fails the build. The commands' own codes live in
 * packages/cli/src/rules.
 */
import { renderText, type ArgList, type ArgsOf, type Lang } from '../i18n/texts.js';
import { CLASS_RULES } from './classes.js';
import { CODE_RULES } from './codes.js';
import { COUNT_RULES } from './counts.js';
import { EXEMPTION_RULES } from './exemptions.js';
import { FORMULA_RULES } from './formulas.js';
import { NAME_RULES } from './names.js';
import { NUMBER_RULES } from './numbers.js';
import type { AnyRule, RuleUnit } from './rule.js';
import { SCORING_RULE_RULES } from './scoring-rules.js';
import { SOURCE_RULES } from './sources.js';
import { STRUCTURE_RULES } from './structure.js';
import { SUM_RULES } from './sums.js';
import { SURVEY_RULES } from './surveys.js';
import { SYNTAX_RULES } from './syntax.js';
import { TEXT_RULES } from './text.js';

export * from './rule.js';
export type { SuspectData } from './sums.js';

/** The concerns, as the rule pages' index groups them. */
export const CONCERNS = [
    { title: { vi: 'Cú pháp', en: 'Syntax' }, rules: SYNTAX_RULES },
    { title: { vi: 'Cấu trúc', en: 'Structure' }, rules: STRUCTURE_RULES },
    { title: { vi: 'Số và ngày', en: 'Numbers and dates' }, rules: NUMBER_RULES },
    { title: { vi: 'Tên và tham chiếu', en: 'Names and references' }, rules: NAME_RULES },
    { title: { vi: 'Mục không giao', en: 'Items not assigned' }, rules: EXEMPTION_RULES },
    { title: { vi: 'Tổng điểm', en: 'Sums' }, rules: SUM_RULES },
    { title: { vi: 'Nguồn điểm', en: 'Sources' }, rules: SOURCE_RULES },
    { title: { vi: 'Số lượng', en: 'Counts' }, rules: COUNT_RULES },
    { title: { vi: 'Mã mục', en: 'Codes' }, rules: CODE_RULES },
    { title: { vi: 'Quy tắc chấm điểm', en: 'Scoring rules' }, rules: SCORING_RULE_RULES },
    { title: { vi: 'Công thức', en: 'Formulas' }, rules: FORMULA_RULES },
    { title: { vi: 'Xếp loại và làm tròn', en: 'Classes and rounding' }, rules: CLASS_RULES },
    { title: { vi: 'Điều tra xã hội học', en: 'Surveys' }, rules: SURVEY_RULES },
    { title: { vi: 'Văn bản', en: 'Text' }, rules: TEXT_RULES },
] as const;

export const RULES = {
    ...SYNTAX_RULES,
    ...STRUCTURE_RULES,
    ...NUMBER_RULES,
    ...NAME_RULES,
    ...EXEMPTION_RULES,
    ...SUM_RULES,
    ...SOURCE_RULES,
    ...COUNT_RULES,
    ...CODE_RULES,
    ...SCORING_RULE_RULES,
    ...FORMULA_RULES,
    ...CLASS_RULES,
    ...SURVEY_RULES,
    ...TEXT_RULES,
};

export type RuleCode = keyof typeof RULES;
export type RuleArgs<C extends RuleCode> = ArgsOf<(typeof RULES)[C]>;
/** The diagnostic data a rule's quick fixes read (`data` of `report`), by the code it is reported under. */
export type RuleData<C extends RuleCode> = (typeof RULES)[C] extends { readonly dataType?: infer D } ? D : never;

/** The code as users see it and as tools filter on it, e.g. `chiso/sum-mismatch`. */
export function qualifiedCode(code: RuleCode): string {
    return `chiso/${(RULES[code] as RuleUnit<unknown>).code ?? code}`;
}

export function renderMessage<C extends RuleCode>(lang: Lang, code: C, ...[args]: ArgList<RuleArgs<C>>): string {
    return renderText(RULES[code], lang, args);
}

/** The codes findings carry: each rule's own, and `syntax` that the syntax slips share. */
export type ReportedCode = { [C in RuleCode]: (typeof RULES)[C] extends { readonly code: infer R extends string } ? R : C }[RuleCode];

const REPORTED = new Set<string>((Object.keys(RULES) as RuleCode[]).map(code => qualifiedCode(code)));

/** `chiso/sum-mismatch` → `sum-mismatch`; undefined for any other code (Langium's, or none). */
export function ruleOfCode(code: unknown): ReportedCode | undefined {
    return typeof code === 'string' && REPORTED.has(code) ? code.slice('chiso/'.length) as ReportedCode : undefined;
}

/** The rule behind a reported code: its own unit, or for a shared code the message that carries its docs. */
export function ruleUnit(code: ReportedCode): AnyRule {
    const units = Object.entries(RULES) as [RuleCode, AnyRule][];
    return (RULES as Record<string, AnyRule>)[code] ?? units.find(([, unit]) => unit.code === code && unit.docs)?.[1] ?? units.find(([, unit]) => unit.code === code)![1];
}
