/**
 * Static bounds of a scoring formula by exact interval arithmetic over the inputs' declared
 * ranges (inputs default to [0, ∞)). Formulas are never evaluated as code.
 *
 * Ratios: a `where A <= B` constraint bounds A / B by 1 when A ≥ 0 and B > 0, the shape of
 * satisfaction formulas such as (satisfied + verySatisfied) / (respondents × 8) × 30; the rule is
 * applied only where both premises are proven (`(a - 5) / (b - 5)` with a = 0, b = 4 gives 5).
 *
 * A divisor that can be 0 is a hazard, reported apart. Where 0 is only its least (or greatest)
 * value, the rest of its range is still divided by; where it can be negative and positive, the
 * quotient has no bound.
 */
import type { Constraint, Expression, FormulaInput, FormulaRule } from '../generated/ast.js';
import { isBinaryExpression, isFunctionCall, isInputRef, isNumberLiteral } from '../generated/ast.js';
import { exact, numberValue, type Exact } from './points.js';

/** An absent bound is infinite. */
export interface Range {
    readonly lo?: Exact;
    readonly hi?: Exact;
}

export interface DivisionHazard {
    readonly divisor: Expression;
    /** The divisor is 0 whatever the inputs (`a / 0`). */
    readonly certain: boolean;
    /** Input values within their ranges that make the divisor 0, when one is found (checked by evaluating it). */
    readonly example?: ReadonlyMap<FormulaInput, Exact>;
}

export interface FormulaBounds {
    readonly range: Range;
    readonly hazards: readonly DivisionHazard[];
}

const ZERO = exact('0');
const ONE = exact('1');

export function inputRange(input: FormulaInput): Range {
    return {
        lo: input.min !== undefined ? numberValue(input.min) : ZERO,
        hi: input.max !== undefined ? numberValue(input.max) : undefined,
    };
}

/** Canonical text of an expression, to match constraint sides with formula parts. */
export function expressionText(expr: Expression): string {
    if (isNumberLiteral(expr)) return numberValue(expr.value).toFraction();
    if (isInputRef(expr)) return expr.input.$refText;
    if (isFunctionCall(expr)) return `${expr.fn}(${expr.args.map(expressionText).join(', ')})`;
    if (isBinaryExpression(expr)) return `(${expressionText(expr.left)} ${expr.op} ${expressionText(expr.right)})`;
    return '?';
}

export function formulaBounds(rule: FormulaRule): FormulaBounds {
    const hazards: DivisionHazard[] = [];
    const ratioPairs = new Set(rule.constraints.flatMap(ratioPair));
    const range = rule.result ? rangeOf(rule.result, ratioPairs, hazards) : {};
    return { range, hazards };
}

/** `A <= B` (or `B >= A`) says A / B ≤ 1. */
function ratioPair(constraint: Constraint): string[] {
    if (!constraint.left || !constraint.right) return [];
    const [small, large] = constraint.op === '>=' ? [constraint.right, constraint.left] : [constraint.left, constraint.right];
    return [`${expressionText(small)}/${expressionText(large)}`];
}

function rangeOf(expr: Expression, ratioPairs: Set<string>, hazards: DivisionHazard[]): Range {
    if (isNumberLiteral(expr)) {
        const v = numberValue(expr.value);
        return { lo: v, hi: v };
    }
    if (isInputRef(expr)) {
        const input = expr.input.ref;
        return input ? inputRange(input) : {};
    }
    if (isFunctionCall(expr)) {
        const ranges = expr.args.map(arg => rangeOf(arg, ratioPairs, hazards));
        return expr.fn === 'min' ? minRange(ranges) : maxRange(ranges);
    }
    if (isBinaryExpression(expr)) {
        // An operand left out by recovery from a syntax error: nothing is known, and no divisor to name.
        if (!expr.left || !expr.right) return {};
        const left = rangeOf(expr.left, ratioPairs, hazards);
        const right = rangeOf(expr.right, ratioPairs, hazards);
        switch (expr.op) {
            case '+': return { lo: add(left.lo, right.lo), hi: add(left.hi, right.hi) };
            case '-': return { lo: sub(left.lo, right.hi), hi: sub(left.hi, right.lo) };
            case '*': return multiply(left, right);
            case '/': {
                if (includesZero(right)) {
                    const certain = isZero(right.lo) && isZero(right.hi);
                    hazards.push({ divisor: expr.right, certain, example: certain ? undefined : zeroExample(expr.right) });
                    // Without the zero, what is left of the divisor's range: positive or negative (an
                    // open end at 0, see reciprocal), or both, and then the quotient has no bound.
                    if (certain || !(isZero(right.lo) || isZero(right.hi))) return {};
                }
                const quotient = multiply(left, reciprocal(right));
                const positive = right.lo !== undefined && right.lo.compare(ZERO) >= 0;
                const ratio = positive ? knownRatio(expr.left, expr.right, ratioPairs, hazards) : undefined;
                return ratio ? { lo: quotient.lo, hi: minBound(quotient.hi, ratio.hi) } : quotient;
            }
        }
    }
    return {};
}

/**
 * `A / B` with `where A <= B`, A ≥ 0 and B > 0 (the caller's premise) lies in [0, 1]; a constant
 * factor k ≥ 0 on the numerator (`9 * A / B`) scales that bound.
 */
function knownRatio(numerator: Expression, divisor: Expression, ratioPairs: Set<string>, hazards: DivisionHazard[]): Range | undefined {
    const factors: { factor: Exact; rest: Expression }[] = [{ factor: ONE, rest: numerator }];
    if (isBinaryExpression(numerator) && numerator.op === '*') {
        if (isNumberLiteral(numerator.left)) factors.push({ factor: numberValue(numerator.left.value), rest: numerator.right });
        if (isNumberLiteral(numerator.right)) factors.push({ factor: numberValue(numerator.right.value), rest: numerator.left });
    }
    for (const { factor, rest } of factors) {
        if (factor.compare(ZERO) < 0 || !ratioPairs.has(`${expressionText(rest)}/${expressionText(divisor)}`)) continue;
        const restRange = rangeOf(rest, ratioPairs, hazards);
        if (restRange.lo !== undefined && restRange.lo.compare(ZERO) >= 0) return { lo: ZERO, hi: factor };
    }
    return undefined;
}

/**
 * Input values that make `divisor` 0: every input at its least value, or one of them moved to
 * where the divisor, linear in it, crosses 0. Each candidate is evaluated exactly before it is named.
 */
function zeroExample(divisor: Expression): Map<FormulaInput, Exact> | undefined {
    const inputs = inputsOf(divisor);
    const least = new Map(inputs.map(input => [input, inputRange(input).lo!] as const));
    if (evaluate(divisor, least)?.equals(ZERO)) return least;
    for (const input of inputs) {
        const at = (value: Exact) => evaluate(divisor, new Map(least).set(input, value));
        const start = least.get(input)!;
        const [v0, v1] = [at(start), at(start.add(ONE))];
        if (v0 === undefined || v1 === undefined || v1.equals(v0)) continue;
        const root = start.sub(v0.div(v1.sub(v0)));
        const range = inputRange(input);
        const within = root.compare(range.lo!) >= 0 && (range.hi === undefined || root.compare(range.hi) <= 0);
        if (within && at(root)?.equals(ZERO)) return new Map(least).set(input, root);
    }
    return undefined;
}

/** The exact value of an expression at the given input values; undefined on a division by 0. */
function evaluate(expr: Expression, values: ReadonlyMap<FormulaInput, Exact>): Exact | undefined {
    if (isNumberLiteral(expr)) return exact(expr.value);
    if (isInputRef(expr)) return expr.input.ref && values.get(expr.input.ref);
    if (isFunctionCall(expr)) {
        const args = expr.args.map(arg => evaluate(arg, values));
        if (args.length === 0 || args.some(arg => arg === undefined)) return undefined;
        return (args as Exact[]).reduce((a, b) => ((expr.fn === 'min' ? a.compare(b) <= 0 : a.compare(b) >= 0) ? a : b));
    }
    if (isBinaryExpression(expr)) {
        const [left, right] = [evaluate(expr.left, values), evaluate(expr.right, values)];
        if (left === undefined || right === undefined) return undefined;
        switch (expr.op) {
            case '+': return left.add(right);
            case '-': return left.sub(right);
            case '*': return left.mul(right);
            case '/': return right.equals(ZERO) ? undefined : left.div(right);
        }
    }
    return undefined;
}

export function inputsOf(expr: Expression): FormulaInput[] {
    if (isInputRef(expr)) return expr.input.ref ? [expr.input.ref] : [];
    if (isBinaryExpression(expr)) return [...new Set([...inputsOf(expr.left), ...inputsOf(expr.right)])];
    if (isFunctionCall(expr)) return [...new Set(expr.args.flatMap(inputsOf))];
    return [];
}

function isZero(v?: Exact): boolean {
    return v !== undefined && v.equals(ZERO);
}

function includesZero(range: Range): boolean {
    return (range.lo === undefined || range.lo.compare(ZERO) <= 0) && (range.hi === undefined || range.hi.compare(ZERO) >= 0);
}

function add(a?: Exact, b?: Exact): Exact | undefined {
    return a === undefined || b === undefined ? undefined : a.add(b);
}

function sub(a?: Exact, b?: Exact): Exact | undefined {
    return a === undefined || b === undefined ? undefined : a.sub(b);
}

function minBound(a?: Exact, b?: Exact): Exact | undefined {
    if (a === undefined) return b;
    if (b === undefined) return a;
    return a.compare(b) <= 0 ? a : b;
}

/** Products of the corners; an infinite corner times a non-zero value is infinite. */
function multiply(a: Range, b: Range): Range {
    type Ext = Exact | '-inf' | '+inf';
    const ends = (r: Range): Ext[] => [r.lo ?? '-inf', r.hi ?? '+inf'];
    const sign = (v: Ext) => (v === '-inf' ? -1 : v === '+inf' ? 1 : v.compare(ZERO));
    const times = (x: Ext, y: Ext): Ext => {
        if (typeof x !== 'string' && typeof y !== 'string') return x.mul(y);
        const s = sign(x) * sign(y);
        return s === 0 ? ZERO : s > 0 ? '+inf' : '-inf';
    };
    const products = ends(a).flatMap(x => ends(b).map(y => times(x, y)));
    const order = (v: Ext) => (v === '-inf' ? -Infinity : v === '+inf' ? Infinity : 0);
    const compare = (x: Ext, y: Ext) =>
        typeof x !== 'string' && typeof y !== 'string' ? x.compare(y) : order(x) - order(y);
    products.sort(compare);
    const lo = products[0], hi = products[products.length - 1];
    return { lo: typeof lo === 'string' ? undefined : lo, hi: typeof hi === 'string' ? undefined : hi };
}

/** 1 / r for a range that excludes zero, or reaches it only at an end left open: 1 / (0, 2] = [1/2, ∞). */
function reciprocal(r: Range): Range {
    const inv = (v?: Exact) => (v === undefined ? ZERO : isZero(v) ? undefined : ONE.div(v));
    return { lo: inv(r.hi), hi: inv(r.lo) };
}

function minRange(ranges: Range[]): Range {
    return {
        lo: ranges.some(r => r.lo === undefined) ? undefined : ranges.map(r => r.lo!).reduce((a, b) => (a.compare(b) <= 0 ? a : b)),
        hi: ranges.reduce<Exact | undefined>((acc, r) => (r.hi === undefined ? acc : minBound(acc, r.hi)), undefined),
    };
}

function maxRange(ranges: Range[]): Range {
    const maxBound = (a?: Exact, b?: Exact) => (a === undefined ? b : b === undefined ? a : a.compare(b) >= 0 ? a : b);
    return {
        lo: ranges.reduce<Exact | undefined>((acc, r) => (r.lo === undefined ? acc : maxBound(acc, r.lo)), undefined),
        hi: ranges.some(r => r.hi === undefined) ? undefined : ranges.map(r => r.hi!).reduce((a, b) => (a.compare(b) >= 0 ? a : b)),
    };
}
