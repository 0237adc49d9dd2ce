/**
 * Scoring rules in words, as decisions print them ("từ 80% đến dưới 100%: 0,5 điểm"), from
 * the compiled contract: the annex describes exactly what the scorer applies. Conditions are
 * worded by the same function as the hover's (i18n/interval-text.ts), all words from the table.
 */
import { intervalText } from '../i18n/interval-text.js';
import { renderEditorText, type Lang } from '../i18n/index.js';
import type { Scale } from '../model/bands.js';
import { exact, formatPoints, type JsonPoints } from '../model/points.js';
import type { Bound, CompiledClass, CompiledExpression, CompiledRule } from './criteria-json.js';

function num(value: JsonPoints, lang: Lang): string {
    return formatPoints(exact(String(value)), lang === 'vi');
}

const bound = (b: Bound | null) => (b ? { value: exact(String(b.value)), inclusive: b.inclusive } : undefined);

function condition(lower: Bound | null, upper: Bound | null, scale: Scale, lang: Lang): string {
    const lo = bound(lower), hi = bound(upper);
    return intervalText(lang, { lower: lo?.value, lowerInclusive: lo?.inclusive ?? false, upper: hi?.value, upperInclusive: hi?.inclusive ?? false }, scale);
}

/** A set's classes as decisions print them: "A: từ 90% trở lên", "B: từ 80% đến dưới 90%". */
export function classWords(classes: readonly CompiledClass[], lang: Lang): string[] {
    return classes.map(c => `${c.title}: ${condition(c.lower, c.upper, 'percent', lang)}`);
}

export function expressionWords(expr: CompiledExpression, lang: Lang): string {
    switch (expr.type) {
        case 'number': return num(expr.value, lang);
        case 'input': return expr.name;
        case 'call': return `${expr.fn}(${expr.args.map(a => expressionWords(a, lang)).join(', ')})`;
        case 'binary': {
            const side = (e: CompiledExpression) => (e.type === 'binary' && (e.op === '+' || e.op === '-') && (expr.op === '*' || expr.op === '/') ? `(${expressionWords(e, lang)})` : expressionWords(e, lang));
            const right = expr.op === '/' && expr.right.type === 'binary' ? `(${expressionWords(expr.right, lang)})` : side(expr.right);
            return `${side(expr.left)} ${expr.op === '*' ? '×' : expr.op} ${right}`;
        }
    }
}

/**
 * One line per outcome (bands, tiers, choices) or a single line (deduct, proportional, formula).
 * `takenOffFrom`: the item's max where it sits in a deduction group, whose points are those taken off.
 */
export function ruleWords(rule: CompiledRule, lang: Lang, takenOffFrom?: JsonPoints): string[] {
    const points = (value: JsonPoints) => renderEditorText(lang, 'points', { points: exact(String(value)) });
    switch (rule.kind) {
        case 'bands':
        case 'tiers':
            return rule.bands.map(b => `${condition(b.lower, b.upper, rule.scale, lang)}: ${points(b.points)}`);
        case 'choice':
            return rule.options.map(o => `${o.title}: ${points(o.points)}`);
        case 'deduct': {
            const amount = num(rule.perViolation, lang);
            if (takenOffFrom === undefined) return [renderEditorText(lang, 'annex-deduct', { amount, unit: rule.unit, floor: num(rule.floor, lang) })];
            const most = formatPoints(exact(String(takenOffFrom)).sub(exact(String(rule.floor))), lang === 'vi');
            return [renderEditorText(lang, 'annex-deduct-taken-off', { amount, unit: rule.unit, most })];
        }
        case 'proportional':
            return [renderEditorText(lang, 'annex-proportional', { label: rule.label ?? '' })];
        case 'formula': {
            const lines = [renderEditorText(lang, 'annex-formula', { formula: expressionWords(rule.result, lang) })];
            const named = rule.inputs.filter(i => i.title);
            if (named.length > 0) lines.push(renderEditorText(lang, 'annex-formula-inputs', { inputs: named.map(i => `${i.name}: ${i.title}`).join('; ') }));
            for (const c of rule.constraints) {
                lines.push(renderEditorText(lang, 'annex-formula-where', { constraint: `${expressionWords(c.left, lang)} ${c.op === '<=' ? '≤' : c.op === '>=' ? '≥' : '='} ${expressionWords(c.right, lang)}` }));
            }
            return lines;
        }
    }
}
