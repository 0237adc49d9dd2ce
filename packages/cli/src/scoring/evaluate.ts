/**
 * One item result → exact points, by the item's rule in the compiled contract. Never evaluates
 * text as code: formulas are walked as expression trees over fractions. The outcome does not
 * depend on the unit, so rows saying the same about an item are evaluated once; issues name the
 * item, and the caller adds the unit.
 */
import type { CompiledExpression, CompiledItem, CompiledRule } from '@chiso/language';
import type { ArgList } from '@chiso/language/i18n';
import type { CommandArgs, CommandCode } from '../rules/index.js';
import { Fraction } from 'fraction.js';
import { fromJson, HUNDRED, parseValue, ZERO, type Exact } from './exact.js';
import type { ItemResult } from './results.js';
import { knownMax } from './set-items.js';

export type IssueCode = Extract<CommandCode, `score-${string}` | `results-${string}`>;

/** A problem with a result, with the arguments its rule's message reads but the unit, which the caller adds (score.ts). */
export type Issue = { readonly [C in IssueCode]: { readonly code: C; readonly args: Omit<CommandArgs<C>, 'unit'> } }[IssueCode];

export type Outcome = { readonly points: Exact } | { readonly issue: Issue };

type Bound = { value: number | string; inclusive: boolean } | null;

function inBand(value: Exact, lower: Bound, upper: Bound): boolean {
    if (lower) {
        const c = value.compare(fromJson(lower.value));
        if (c < 0 || (c === 0 && !lower.inclusive)) return false;
    }
    if (upper) {
        const c = value.compare(fromJson(upper.value));
        if (c > 0 || (c === 0 && !upper.inclusive)) return false;
    }
    return true;
}

class DivisionByZero extends Error {}

function evaluateExpression(expr: CompiledExpression, inputs: ReadonlyMap<string, Exact>): Exact {
    switch (expr.type) {
        case 'number': return fromJson(expr.value);
        case 'input': return inputs.get(expr.name)!;
        case 'call': {
            const args = expr.args.map(a => evaluateExpression(a, inputs));
            return args.reduce((best, v) => ((expr.fn === 'min' ? v.compare(best) < 0 : v.compare(best) > 0) ? v : best));
        }
        case 'binary': {
            const left = evaluateExpression(expr.left, inputs);
            const right = evaluateExpression(expr.right, inputs);
            switch (expr.op) {
                case '+': return left.add(right);
                case '-': return left.sub(right);
                case '*': return left.mul(right);
                case '/':
                    if (right.equals(0)) throw new DivisionByZero();
                    return left.div(right);
            }
        }
    }
}

function expressionText(expr: CompiledExpression): string {
    switch (expr.type) {
        case 'number': return String(expr.value);
        case 'input': return expr.name;
        case 'call': return `${expr.fn}(${expr.args.map(expressionText).join(', ')})`;
        case 'binary': return `(${expressionText(expr.left)} ${expr.op} ${expressionText(expr.right)})`;
    }
}

const isWhole = (v: Exact) => v.d === 1n && v.s >= 0n;
const inPercentRange = (v: Exact) => v.compare(ZERO) >= 0 && v.compare(HUNDRED) <= 0;

function byRule(item: CompiledItem, rule: CompiledRule, row: ItemResult): Outcome {
    const issue = <C extends IssueCode>(code: C, ...[args]: ArgList<Omit<CommandArgs<C>, 'unit' | 'item'>>): Outcome =>
        ({ issue: { code, args: { item: item.code, ...args } } as Issue });
    const needValue = (expected: string, valid: (v: Exact) => boolean): Exact | Outcome => {
        if (row.value === undefined) return issue('score-missing-input', { input: 'value', rule: rule.kind });
        const v = parseValue(row.value);
        return v && valid(v) ? v : issue('score-bad-value', { value: row.value, expected });
    };
    const max = fromJson(knownMax(item));
    switch (rule.kind) {
        case 'bands':
        case 'tiers': {
            const v = needValue(rule.scale === 'percent' ? 'percent' : 'count', rule.scale === 'percent' ? inPercentRange : isWhole);
            if (!(v instanceof Fraction)) return v;
            const band = rule.bands.find(b => inBand(v, b.lower, b.upper));
            return band ? { points: fromJson(band.points) } : issue('score-no-band', { value: row.value! });
        }
        case 'choice': {
            if (row.value === undefined) return issue('score-missing-input', { input: 'value', rule: rule.kind });
            const wanted = row.value.normalize('NFC').trim().toLowerCase();
            const option = rule.options.find(o => o.name === row.value || o.title.normalize('NFC').trim().toLowerCase() === wanted);
            return option ? { points: fromJson(option.points) } : issue('score-unknown-option', { value: row.value, options: rule.options.map(o => o.name ?? o.title).join('; ') });
        }
        case 'deduct': {
            const v = needValue('count', isWhole);
            if (!(v instanceof Fraction)) return v;
            const points = max.sub(fromJson(rule.perViolation).mul(v));
            const floor = fromJson(rule.floor);
            return { points: points.compare(floor) < 0 ? floor : points };
        }
        case 'proportional': {
            const v = needValue('percent', inPercentRange);
            return v instanceof Fraction ? { points: v.div(HUNDRED).mul(max) } : v;
        }
        case 'formula': {
            const inputs = new Map<string, Exact>();
            for (const input of rule.inputs) {
                const text = row.inputs.get(input.name) ?? (rule.inputs.length === 1 ? row.value : undefined);
                if (text === undefined) return issue('score-missing-input', { input: input.name, rule: rule.kind });
                const v = parseValue(text);
                const inRange = v && v.compare(fromJson(input.min)) >= 0 && (input.max === null || v.compare(fromJson(input.max)) <= 0);
                if (!v || !inRange) return issue('score-bad-value', { value: text, expected: `${input.name} ∈ [${input.min}, ${input.max ?? '∞'}]` });
                inputs.set(input.name, v);
            }
            try {
                for (const constraint of rule.constraints) {
                    const c = evaluateExpression(constraint.left, inputs).compare(evaluateExpression(constraint.right, inputs));
                    const holds = constraint.op === '<=' ? c <= 0 : constraint.op === '>=' ? c >= 0 : c === 0;
                    if (!holds) return issue('score-constraint', { constraint: `${expressionText(constraint.left)} ${constraint.op} ${expressionText(constraint.right)}` });
                }
                return { points: evaluateExpression(rule.result, inputs) };
            } catch (error) {
                if (error instanceof DivisionByZero) return issue('score-division-by-zero');
                throw error;
            }
        }
    }
}

/**
 * Points of an item result: a direct score, or the item's rule applied to its value or inputs; always within [min, max].
 * In a deduction group (`deduction`) the points are those taken off: a `deduct` rule takes off what it does not keep
 * (max − kept, so 1 per violation up to max − floor); a score and the other rules' outcomes are taken off as they stand.
 */
export function evaluate(item: CompiledItem, row: ItemResult, deduction = false): Outcome {
    const issue = <C extends IssueCode>(code: C, ...[args]: ArgList<Omit<CommandArgs<C>, 'unit' | 'item'>>): Outcome =>
        ({ issue: { code, args: { item: item.code, ...args } } as Issue });
    let outcome: Outcome;
    // Which of the two counts would be a guess: the row must say.
    if (row.score !== undefined && row.value !== undefined) return issue('results-score-and-value');
    if (row.score !== undefined) {
        const v = parseValue(row.score);
        outcome = v ? { points: v } : issue('score-bad-value', { value: row.score, expected: 'number' });
    } else if (item.scoring) {
        outcome = byRule(item, item.scoring, row);
        if (deduction && item.scoring.kind === 'deduct' && 'points' in outcome) outcome = { points: fromJson(item.maxPoints!).sub(outcome.points) }; // a set with unknown points is never scored
    } else {
        outcome = issue('score-missing-input', { input: 'score', rule: 'direct' });
    }
    if ('issue' in outcome) return outcome;
    const max = fromJson(knownMax(item)), min = fromJson(item.minPoints);
    const outOfRange = (points: Exact): Outcome | undefined =>
        points.compare(max) > 0 ? issue('score-above-max', { points, max }) : points.compare(min) < 0 ? issue('score-below-min', { points, min }) : undefined;
    // Every round of points is checked, not only the last (the score): the differences table reads them all.
    if (!row.notAssigned) {
        for (const name of POINT_ROUNDS) {
            const text = row.rounds?.[name];
            if (text === undefined || text === row.score) continue;
            const v = parseValue(text);
            const problem = v ? outOfRange(v) : issue('score-bad-value', { value: text, expected: 'number' });
            if (problem) return problem;
        }
    }
    return outOfRange(outcome.points) ?? outcome;
}

/** The rounds that hold points (the others are the explanation and the evidence). */
const POINT_ROUNDS = ['self', 'appraisal1', 'final'] as const;
