/**
 * A scoring rule in words for hovers, as decisions print them: "từ 80% đến dưới 100%: 0,5 điểm".
 * Works on the syntax tree as typed, so every part may be missing: what is missing is left out.
 * The text is Markdown: authors' text is escaped, formulas are code spans.
 */
import { AstUtils } from 'langium';
import type { Condition, FormulaInput, Item, Rule } from '../generated/ast.js';
import { isBandRule, isChoiceRule, isDeductionGroup, isDeductRule, isFormulaRule, isInterval, isProportionalRule, isTierRule } from '../generated/ast.js';
import { intervalText } from '../i18n/interval-text.js';
import { renderEditorText, type Lang } from '../i18n/index.js';
import { conditionInterval, type Interval, type Scale } from '../model/bands.js';
import { inputRange } from '../model/formula-bounds.js';
import { parsePoints, ZERO } from '../model/points.js';
import { maxOf, minOf } from '../model/tree.js';
import { escapeMarkdown } from './figures.js';

/** A heading (`Chấm điểm theo tỷ lệ:`) and the outcomes or details under it. */
export interface RuleText {
    readonly heading: string;
    readonly lines: readonly string[];
}

export function ruleText(lang: Lang, rule: Rule, item: Item): RuleText | undefined {
    const pointsText = (text: string | undefined) => {
        const value = parsePoints(text);
        return value ? renderEditorText(lang, 'points', { points: value }) : '?';
    };
    if (isBandRule(rule) || isTierRule(rule)) {
        const scale: Scale = isBandRule(rule) ? 'percent' : 'count';
        const lines = rule.bands.flatMap(band => (isComplete(band.condition)
            ? [`${intervalText(lang, conditionInterval(band.condition), scale)}: ${pointsText(band.points)}`] : []));
        return { heading: renderEditorText(lang, isBandRule(rule) ? 'rule-bands' : 'rule-tiers', labelArg(rule.label)), lines };
    }
    if (isChoiceRule(rule)) {
        const lines = rule.options.map(option => `${escapeMarkdown(option.title ?? '?')}: ${pointsText(option.points)}`);
        return { heading: renderEditorText(lang, 'rule-choice', labelArg(rule.label)), lines };
    }
    const max = maxOf(item);
    if (isDeductRule(rule)) {
        const amount = parsePoints(rule.amount);
        if (!max || !amount) return undefined;
        // The same floor the scorer applies: the rule's, else the item's min, else 0.
        const floor = parsePoints(rule.floor) ?? minOf(item) ?? ZERO;
        const unit = escapeMarkdown(rule.unit ?? '?');
        // In a deduction group the item's points are those taken off: up to what the rule does not keep.
        if (AstUtils.getContainerOfType(item, isDeductionGroup)) {
            return { heading: renderEditorText(lang, 'rule-deduct-taken-off', { amount, unit, most: max.sub(floor) }), lines: [] };
        }
        return { heading: renderEditorText(lang, 'rule-deduct', { max, amount, unit, floor }), lines: [] };
    }
    if (isProportionalRule(rule)) {
        return max ? { heading: renderEditorText(lang, 'rule-proportional', { ...labelArg(rule.label), max }), lines: [] } : undefined;
    }
    if (isFormulaRule(rule)) {
        const formula = asWritten(rule.result?.$cstNode?.text);
        if (!formula) return undefined;
        return {
            heading: renderEditorText(lang, 'rule-formula', { formula }),
            lines: [
                ...rule.inputs.filter(input => input.name !== undefined).map(input => inputText(lang, input)),
                ...rule.constraints.flatMap(c => {
                    const constraint = asWritten(c.$cstNode?.text);
                    return constraint ? [renderEditorText(lang, 'rule-formula-where', { constraint })] : [];
                }),
            ],
        };
    }
    return undefined;
}

function labelArg(label: string | undefined): Record<string, string> {
    return label ? { label: escapeMarkdown(label) } : {};
}

/** Formulas read best as written, in a code span: the author's names, operators and parentheses. */
function asWritten(text: string | undefined): string | undefined {
    return text ? `\`${text.replace(/\s+/g, ' ')}\`` : undefined;
}

function isComplete(condition: Condition | undefined): condition is Condition {
    if (!condition) return false;
    return isInterval(condition)
        ? condition.lower?.value !== undefined && condition.upper?.value !== undefined
        : condition.value?.value !== undefined;
}

/** `` `respondents`: Tổng số mẫu khảo sát (từ 1 trở lên) ``, the range the formula's bounds assume. */
function inputText(lang: Lang, input: FormulaInput): string {
    const { lo, hi } = inputRange(input);
    const range: Interval = { lower: lo, lowerInclusive: true, upper: hi, upperInclusive: true };
    return renderEditorText(lang, 'rule-formula-input', {
        name: `\`${input.name}\``,
        ...(input.title ? { title: escapeMarkdown(input.title) } : {}),
        range: intervalText(lang, range, 'count'),
    });
}
