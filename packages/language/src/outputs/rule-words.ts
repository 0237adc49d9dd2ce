/**
 * Scoring rules in words, as decisions print them ("từ 80% đến dưới 100%: 0,5 điểm"), from
 * the compiled contract: the annex describes exactly what the scorer applies.
 */
import type { Lang } from '../i18n/messages.js';
import { exact, formatPoints, type JsonPoints } from '../model/points.js';
import type { Bound, CompiledExpression, CompiledRule } from './criteria-json.js';

const TEXT = {
    vi: {
        points: (p: string) => `${p} điểm`,
        exactly: (v: string) => v,
        from: (v: string) => `từ ${v} trở lên`,
        above: (v: string) => `trên ${v}`,
        below: (v: string) => `dưới ${v}`,
        upTo: (v: string) => `từ ${v} trở xuống`,
        between: (lo: string, loInc: boolean, hi: string, hiInc: boolean) => `${loInc ? 'từ' : 'trên'} ${lo} đến ${hiInc ? '' : 'dưới '}${hi}`,
        any: 'mọi giá trị',
        deduct: (amount: string, unit: string, floor: string) => `trừ ${amount} điểm mỗi ${unit}, thấp nhất ${floor} điểm`,
        proportional: 'điểm = tỷ lệ đạt được × điểm tối đa',
        formula: 'điểm =',
        where: 'trong đó',
        provided: 'với điều kiện',
    },
    en: {
        points: (p: string) => `${p} ${p === '1' ? 'point' : 'points'}`,
        exactly: (v: string) => v,
        from: (v: string) => `${v} or more`,
        above: (v: string) => `above ${v}`,
        below: (v: string) => `below ${v}`,
        upTo: (v: string) => `${v} or less`,
        between: (lo: string, loInc: boolean, hi: string, hiInc: boolean) => `${loInc ? 'from' : 'above'} ${lo} to ${hiInc ? '' : 'below '}${hi}`,
        any: 'any value',
        deduct: (amount: string, unit: string, floor: string) => `${amount} points off per ${unit}, not below ${floor}`,
        proportional: 'points = share achieved × max points',
        formula: 'points =',
        where: 'where',
        provided: 'provided',
    },
} as const;

function num(value: JsonPoints, lang: Lang): string {
    return formatPoints(exact(String(value)), lang === 'vi');
}

function condition(lower: Bound | null, upper: Bound | null, unit: string, lang: Lang): string {
    const t = TEXT[lang];
    const v = (b: Bound) => num(b.value, lang) + unit;
    if (lower && upper) {
        if (lower.inclusive && upper.inclusive && String(lower.value) === String(upper.value)) return t.exactly(v(lower));
        return t.between(v(lower), lower.inclusive, v(upper), upper.inclusive);
    }
    if (lower) return lower.inclusive ? t.from(v(lower)) : t.above(v(lower));
    if (upper) return upper.inclusive ? t.upTo(v(upper)) : t.below(v(upper));
    return t.any;
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

/** One line per outcome (bands, tiers, choices) or a single line (deduct, proportional, formula). */
export function ruleWords(rule: CompiledRule, lang: Lang): string[] {
    const t = TEXT[lang];
    switch (rule.kind) {
        case 'bands':
        case 'tiers':
            return rule.bands.map(b => `${condition(b.lower, b.upper, rule.scale === 'percent' ? '%' : '', lang)}: ${t.points(num(b.points, lang))}`);
        case 'choice':
            return rule.options.map(o => `${o.title}: ${t.points(num(o.points, lang))}`);
        case 'deduct':
            return [t.deduct(num(rule.perViolation, lang), rule.unit, num(rule.floor, lang))];
        case 'proportional':
            return [rule.label ? `${t.proportional} (${rule.label})` : t.proportional];
        case 'formula': {
            const lines = [`${t.formula} ${expressionWords(rule.result, lang)}`];
            const named = rule.inputs.filter(i => i.title);
            if (named.length > 0) lines.push(`${t.where} ${named.map(i => `${i.name}: ${i.title}`).join('; ')}`);
            for (const c of rule.constraints) lines.push(`${t.provided} ${expressionWords(c.left, lang)} ${c.op === '<=' ? '≤' : c.op === '>=' ? '≥' : '='} ${expressionWords(c.right, lang)}`);
            return lines;
        }
    }
}
