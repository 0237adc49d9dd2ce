/**
 * Scoring rules: bands and tiers (gaps, overlaps, thresholds, points within [min, max], max
 * reachable, monotone), choices, deductions and formulas (division by zero, a result past [min, max]
 * shown by input values that reach it, a survey's questions against the formula's factor).
 */
import { AstUtils, type AstNode } from 'langium';
import type { Band, BandRule, ChoiceRule, Condition, DeductRule, FormulaInput, FormulaRule, Item, ProportionalRule, TierRule } from '../generated/ast.js';
import { isBinaryExpression, isDeductionGroup, isInputRef, isInterval, isItem, isNumberLiteral, isScoring } from '../generated/ast.js';
import type { Lang } from '../i18n/index.js';
import { intervalText } from '../i18n/interval-text.js';
import { word } from '../i18n/index.js';
import { bandPoints, compareByPosition, conditionInterval, conditionKey, conditionQuantities, findGapsAndOverlaps, isEmpty, isIncomplete, quantityValue, representative, type Interval, type Scale } from '../model/bands.js';
import { formulaBounds, formulaExample, inputRange } from '../model/formula-bounds.js';
import { exact, formatPoints, parsePoints, wholeNumber, ZERO, type Exact } from '../model/points.js';
import { effectiveSource } from '../model/sources.js';
import { itemLabel, maxOf, minOf } from '../model/tree.js';
import type { ChecksFor, Report } from './report.js';

const HUNDRED = exact('100');

// Coverage depends only on the conditions and the scale; the same rules recur across a set and
// across keystrokes (the tree is rebuilt on every edit, so nodes cannot be cache keys).
const COVERAGE_LIMIT = 10_000;
const coverage = new Map<string, ReturnType<typeof findGapsAndOverlaps>>();

export function coverageOf(key: string, intervals: Interval[], scale: Scale): ReturnType<typeof findGapsAndOverlaps> {
    let findings = coverage.get(key);
    if (!findings) {
        findings = findGapsAndOverlaps(intervals, scale);
        if (coverage.size >= COVERAGE_LIMIT) coverage.clear();
        coverage.set(key, findings);
    }
    return findings;
}

/** The item a rule scores: Item > Scoring > rule. */
function scoredItem(rule: AstNode): Item | undefined {
    const scoring = rule.$container;
    return isScoring(scoring) && isItem(scoring.$container) ? scoring.$container : undefined;
}

export function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

function formatValue(value: Exact, scale: Scale, lang: Lang): string {
    return formatPoints(value, lang === 'vi') + (scale === 'percent' ? '%' : '');
}

/** Points of every outcome within [min, max]; warns when no outcome reaches max. */
function checkOutcomePoints(item: Item, outcomes: { node: AstNode; points: Exact | undefined }[], report: Report, lang: Lang): void {
    const max = maxOf(item);
    const min = minOf(item);
    if (!max) return;
    const label = itemLabel(lang, item);
    let best: Exact | undefined;
    for (const { node, points } of outcomes) {
        if (!points) continue;
        if (points.compare(max) > 0) report('points-above-max', { node, property: 'points' as never }, { points, max, item: label });
        if (min && points.compare(min) < 0) report('points-below-min', { node, property: 'points' as never }, { points, min, item: label });
        if (!best || points.compare(best) > 0) best = points;
    }
    if (best && best.compare(max) < 0) {
        report('max-unreachable', { node: outcomes[0].node.$container! }, { max, item: label, best });
    }
}

/**
 * The bands (score bands, or a set's classes) whose thresholds are well formed on the scale and
 * whose intervals hold a value, each threshold that is not reported; `malformed` when one was, since
 * their coverage would only echo it.
 */
export function usableBands<B extends { readonly condition: Condition }>(bands: readonly B[], scale: Scale, report: Report): { usable: { band: B; interval: Interval }[]; malformed: boolean } {
    const usable: { band: B; interval: Interval }[] = [];
    let malformed = false;
    for (const band of bands) {
        // `[80,100%)` has one threshold, `80,100`: reported by the number checks, and not a band to cover;
        // nor is a condition that recovery from a syntax error left incomplete.
        if (isIncomplete(band.condition) || (isInterval(band.condition) && !band.condition.upper)) {
            malformed = true;
            continue;
        }
        const quantities = conditionQuantities(band.condition);
        let valid = true;
        for (const quantity of quantities) {
            if ((scale === 'percent') !== quantity.percent) {
                report('band-unit', { node: quantity }, { percent: scale === 'percent' ? 'yes' : 'no', text: quantity.value });
                valid = false;
            } else if (scale === 'percent' && quantityValue(quantity).compare(HUNDRED) > 0) {
                report('band-threshold-range', { node: quantity }, { text: `${quantity.value}%`, range: '0%–100%' });
                valid = false;
            } else if (scale === 'count' && quantityValue(quantity).d !== 1n) {
                report('band-unit', { node: quantity }, { percent: 'fraction', text: quantity.value });
                valid = false;
            }
        }
        if (!valid) {
            malformed = true;
            continue;
        }
        const interval = conditionInterval(band.condition);
        if (isEmpty(interval, scale)) {
            report('band-empty', { node: band.condition }, { text: band.condition.$cstNode?.text ?? '' });
            continue;
        }
        usable.push({ band, interval });
    }
    return { usable, malformed };
}

function checkBands(rule: BandRule | TierRule, scale: Scale, report: Report, lang: Lang): void {
    if (rule.bands.length === 0) {
        report('rule-empty', { node: rule }, { rule: scale === 'percent' ? 'bands' : 'tiers', entries: word(lang, scale === 'percent' ? 'bandEntries' : 'tierEntries') });
        return;
    }
    const item = scoredItem(rule);
    const { usable, malformed } = usableBands(rule.bands, scale, report);
    if (item) checkOutcomePoints(item, rule.bands.map(band => ({ node: band, points: bandPoints(band) })), report, lang);
    // Coverage of a rule with a malformed threshold would only echo that error.
    if (malformed || usable.length === 0) return;
    const intervals = usable.map(u => u.interval);
    const findings = coverageOf(`${scale}|${usable.map(u => conditionKey(u.band.condition)).join('|')}`, intervals, scale);
    for (const finding of findings) {
        const range = intervalText(lang, finding.range, scale);
        if (finding.kind === 'gap') {
            report('band-gap', { node: rule }, { range }, { example: finding.example.toFraction() });
        } else {
            const [earlier, later] = finding.bands!;
            report('band-overlap', { node: usable[later].band.condition }, { line: lineOf(usable[earlier].band), range });
        }
    }
    checkMonotone(usable, scale, report, lang);
}

/** Points should only rise, or only fall, as the measured value grows. */
function checkMonotone(usable: { band: Band; interval: Interval }[], scale: Scale, report: Report, lang: Lang): void {
    const ordered = usable
        .map(u => ({ ...u, points: bandPoints(u.band) }))
        .filter((u): u is typeof u & { points: Exact } => u.points !== undefined)
        .sort((a, b) => compareByPosition(a.interval, b.interval));
    let rises = false, falls = false;
    for (let i = 1; i < ordered.length; i++) {
        const c = ordered[i].points.compare(ordered[i - 1].points);
        if (c > 0) rises = true;
        if (c < 0) falls = true;
        if (rises && falls) {
            const [lower, higher] = [ordered[i - 1], ordered[i]];
            report('band-non-monotone', { node: higher.band }, {
                lower: formatValue(representative(lower.interval), scale, lang), lowerPoints: lower.points,
                higher: formatValue(representative(higher.interval), scale, lang), higherPoints: higher.points,
            });
            return;
        }
    }
}

function checkChoice(rule: ChoiceRule, report: Report, lang: Lang): void {
    if (rule.options.length === 0) {
        report('rule-empty', { node: rule }, { rule: 'choice', entries: word(lang, 'choiceEntries') });
        return;
    }
    const seen = new Map<string, AstNode>();
    for (const option of rule.options) {
        // A title left out by recovery from a syntax error repeats nothing.
        if (option.title === undefined) continue;
        const key = option.title.normalize('NFC').trim().toLowerCase();
        const earlier = seen.get(key);
        if (earlier) report('duplicate-choice', { node: option, property: 'title' }, { title: option.title, line: lineOf(earlier) });
        else seen.set(key, option);
    }
    const item = scoredItem(rule);
    if (item) checkOutcomePoints(item, rule.options.map(option => ({ node: option, points: parsePoints(option.points) })), report, lang);
}

function checkDeduct(rule: DeductRule, report: Report, lang: Lang): void {
    const amount = parsePoints(rule.amount);
    if (amount?.equals(ZERO)) report('deduct-zero', { node: rule, property: 'amount' });
    const item = scoredItem(rule);
    const max = item && maxOf(item);
    const floor = parsePoints(rule.floor);
    if (!item || !max || !floor) return;
    const min = minOf(item);
    const label = itemLabel(lang, item);
    if (floor.compare(max) > 0) report('points-above-max', { node: rule, property: 'floor' }, { points: floor, max, item: label });
    if (min && floor.compare(min) < 0) report('points-below-min', { node: rule, property: 'floor' }, { points: floor, min, item: label });
}

function checkFormula(rule: FormulaRule, report: Report, lang: Lang): void {
    for (const input of rule.inputs) {
        const range = inputRange(input);
        if (range.lo && range.hi && range.lo.compare(range.hi) > 0) {
            report('input-range', { node: input, property: 'min' }, { name: input.name, min: range.lo, max: range.hi });
        }
    }
    const { range, hazards } = formulaBounds(rule);
    for (const hazard of hazards) {
        const expression = hazard.divisor.$cstNode?.text ?? '';
        if (hazard.certain) {
            report('zero-divisor', { node: hazard.divisor }, { expression });
            continue;
        }
        const example = hazard.example ? valuesText(hazard.example, lang) : (lang === 'vi' ? 'các đầu vào làm mẫu số bằng 0' : 'the inputs make it 0');
        report('division-by-zero', { node: hazard.divisor }, { expression, example });
    }
    const item = scoredItem(rule);
    const max = item && maxOf(item);
    if (item) checkQuestionsFactor(rule, item, report);
    // An unresolved input is reported by linking; its range would only add noise.
    const unresolved = rule.result && AstUtils.streamAst(rule.result).some(node => isInputRef(node) && !node.input.ref);
    // A divisor that is always 0 leaves no range to speak of; one that may be 0 leaves the rest of its range.
    if (!item || !max || hazards.some(hazard => hazard.certain) || !rule.result || unresolved) return;
    const label = itemLabel(lang, item);
    const floor = minOf(item) ?? ZERO;
    const sides: [side: 'above' | 'below', limit: Exact, proven: boolean][] = [
        ['above', max, range.hi !== undefined && range.hi.compare(max) <= 0],
        ['below', floor, range.lo !== undefined && range.lo.compare(floor) >= 0],
    ];
    for (const [side, limit, proven] of sides) {
        if (proven) continue;
        // Interval bounds over-approximate: only input values that reach past the limit prove the formula wrong.
        const counter = counterExample(rule, side, limit);
        if (counter) {
            report('formula-range', { node: rule.result },
                { result: counter.result, side: word(lang, side), limit, item: label, example: valuesText(counter.values, lang) });
        } else {
            report('formula-unbounded', { node: rule.result }, { side, limit, item: label });
        }
    }
}

function valuesText(values: Iterable<readonly [FormulaInput | string, Exact]>, lang: Lang): string {
    return [...values].map(([input, value]) => `${typeof input === 'string' ? input : input.name} = ${formatPoints(value, lang === 'vi')}`).join(', ');
}

// A formula's text (its inputs, constraints and result) decides its counter-example; the search is the
// costly part of the formula checks, and the same formula is checked again on every keystroke.
const EXAMPLE_LIMIT = 1_000;
const examples = new Map<string, { values: [string, Exact][]; result: Exact } | undefined>();

function counterExample(rule: FormulaRule, side: 'above' | 'below', limit: Exact): { values: [string, Exact][]; result: Exact } | undefined {
    const key = `${side}|${limit.toFraction()}|${rule.$cstNode?.text}`;
    if (rule.$cstNode && examples.has(key)) return examples.get(key);
    const found = formulaExample(rule, side, limit);
    const example = found && { values: [...found.values].map(([input, value]): [string, Exact] => [input.name, value]), result: found.result };
    if (examples.size >= EXAMPLE_LIMIT) examples.clear();
    if (rule.$cstNode) examples.set(key, example);
    return example;
}

/**
 * A survey-scored formula dividing by respondents × a constant (Mỹ Đức's × 8) counts that many
 * answers per form: the survey's declared number of questions must be that constant.
 */
function checkQuestionsFactor(rule: FormulaRule, item: Item, report: Report): void {
    const survey = effectiveSource(item).clause?.survey?.ref;
    const questions = wholeNumber(survey?.questions[0]);
    if (!survey || questions === undefined || !rule.result) return;
    const divisors = AstUtils.streamAst(rule.result).filter(isBinaryExpression).filter(expr => expr.op === '/').map(expr => expr.right);
    for (const divisor of divisors) {
        for (const product of AstUtils.streamAst(divisor).filter(isBinaryExpression).filter(expr => expr.op === '*')) {
            const [factor, other] = isNumberLiteral(product.left) ? [product.left, product.right] : [product.right, product.left];
            if (!isNumberLiteral(factor)) continue;
            const value = parsePoints(factor.value);
            const counts = AstUtils.streamAst(other).some(isInputRef);
            if (!value || value.d !== 1n || value.compare(1) <= 0 || !counts || value.equals(exact(questions))) continue;
            report('formula-questions', { node: factor }, { factor: factor.value, survey: survey.name, questions: String(questions) });
        }
    }
}

/**
 * ratio × max is 0 at 0 %: below an item's positive minimum (PAPI's 1-point floor) unless a formula floors it.
 * In a deduction group, where an item's points are those taken off, a ratio of the max could be either.
 */
function checkProportional(rule: ProportionalRule, report: Report, lang: Lang): void {
    const item = scoredItem(rule);
    if (item && AstUtils.getContainerOfType(item, isDeductionGroup)) {
        report('deduction-rule-ambiguous', { node: rule }, { item: itemLabel(lang, item) });
        return;
    }
    const min = item && minOf(item);
    if (item && min && min.compare(ZERO) > 0) {
        report('points-below-min', { node: rule }, { points: ZERO, min, item: itemLabel(lang, item) });
    }
}

export const ruleChecks: ChecksFor = {
    BandRule: (rule, report, lang) => checkBands(rule, 'percent', report, lang),
    TierRule: (rule, report, lang) => checkBands(rule, 'count', report, lang),
    ChoiceRule: checkChoice,
    DeductRule: checkDeduct,
    ProportionalRule: checkProportional,
    FormulaRule: checkFormula,
};
