/**
 * Static bounds of a scoring formula by exact interval arithmetic over the inputs' declared
 * ranges (inputs default to [0, ∞)). Formulas are never evaluated as code.
 *
 * Ratios: a `where A <= B` constraint bounds A / B by 1 when A ≥ 0 and B > 0, the shape of
 * satisfaction formulas such as (satisfied + verySatisfied) / (respondents × 8) × 30; the rule is
 * applied only where both premises are proven (`(a - 5) / (b - 5)` with a = 0, b = 4 gives 5).
 *
 * A `where` constraint also bounds either side by the other's range: `where a + b >= 1` makes the
 * divisor `a + b` at least 1, so dividing by it is safe.
 *
 * A divisor that can be 0 is a hazard, reported apart. Where 0 is only its least (or greatest)
 * value, the rest of its range is still divided by; where it can be negative and positive, the
 * quotient has no bound.
 *
 * Interval bounds over-approximate: a bound above the item's max proves nothing wrong. A formula is
 * called wrong only with input values, admitted by the inputs' ranges and every constraint, at which
 * exact evaluation passes the limit (formulaExample).
 */
import type { Constraint, Expression, FormulaInput, FormulaRule } from '../generated/ast.js';
import { isBinaryExpression, isFunctionCall, isInputRef, isNumberLiteral } from '../generated/ast.js';
import { exact, numberValue, parsePoints, type Exact } from './points.js';

/** An absent bound is infinite. */
export interface Range {
    readonly lo?: Exact;
    readonly hi?: Exact;
}

export interface DivisionHazard {
    readonly divisor: Expression;
    /** The divisor is 0 whatever the inputs (`a / 0`). */
    readonly certain: boolean;
    /** Input values admitted by their ranges and the constraints that make the divisor 0, when found (checked by evaluating it). */
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

/** What the `where` constraints tell the range computation. */
interface Known {
    /** `A/B` texts that a constraint bounds by 1. */
    readonly ratioPairs: ReadonlySet<string>;
    /** Ranges of expressions (by canonical text) that a constraint bounds. */
    readonly constrained: ReadonlyMap<string, Range>;
}

export function formulaBounds(rule: FormulaRule): FormulaBounds {
    const hazards: DivisionHazard[] = [];
    const known: Known = { ratioPairs: new Set(rule.constraints.flatMap(ratioPair)), constrained: constrainedRanges(rule) };
    const range = rule.result ? rangeOf(rule.result, known, hazards) : {};
    return { range, hazards: hazards.map(hazard => (hazard.certain ? hazard : { ...hazard, example: zeroExample(rule, hazard.divisor) })) };
}

/**
 * `A >= B` holds for every admitted input, so A ≥ least(B) and B ≤ greatest(A); `A <= B` likewise,
 * `A = B` both ways. Each side's range is its own, from the inputs' ranges alone.
 */
function constrainedRanges(rule: FormulaRule): Map<string, Range> {
    const constrained = new Map<string, Range>();
    const bound = (expr: Expression, by: Range) => {
        const key = expressionText(expr);
        constrained.set(key, intersect(constrained.get(key) ?? {}, by));
    };
    const plain: Known = { ratioPairs: new Set(), constrained: new Map() };
    for (const constraint of rule.constraints) {
        if (!constraint.left || !constraint.right) continue;
        const left = rangeOf(constraint.left, plain, []);
        const right = rangeOf(constraint.right, plain, []);
        if (constraint.op !== '<=') {
            bound(constraint.left, { lo: right.lo });
            bound(constraint.right, { hi: left.hi });
        }
        if (constraint.op !== '>=') {
            bound(constraint.left, { hi: right.hi });
            bound(constraint.right, { lo: left.lo });
        }
    }
    return constrained;
}

function intersect(a: Range, b: Range): Range {
    const lo = a.lo === undefined ? b.lo : b.lo === undefined ? a.lo : a.lo.compare(b.lo) >= 0 ? a.lo : b.lo;
    return { lo, hi: minBound(a.hi, b.hi) };
}

/** `A <= B` (or `B >= A`) says A / B ≤ 1. */
function ratioPair(constraint: Constraint): string[] {
    if (!constraint.left || !constraint.right) return [];
    const [small, large] = constraint.op === '>=' ? [constraint.right, constraint.left] : [constraint.left, constraint.right];
    return [`${expressionText(small)}/${expressionText(large)}`];
}

function rangeOf(expr: Expression, known: Known, hazards: DivisionHazard[]): Range {
    const range = ownRange(expr, known, hazards);
    const constrained = known.constrained.size > 0 ? known.constrained.get(expressionText(expr)) : undefined;
    return constrained ? intersect(range, constrained) : range;
}

function ownRange(expr: Expression, known: Known, hazards: DivisionHazard[]): Range {
    if (isNumberLiteral(expr)) {
        const v = numberValue(expr.value);
        return { lo: v, hi: v };
    }
    if (isInputRef(expr)) {
        const input = expr.input.ref;
        return input ? inputRange(input) : {};
    }
    if (isFunctionCall(expr)) {
        const ranges = expr.args.map(arg => rangeOf(arg, known, hazards));
        return expr.fn === 'min' ? minRange(ranges) : maxRange(ranges);
    }
    if (isBinaryExpression(expr)) {
        // An operand left out by recovery from a syntax error: nothing is known, and no divisor to name.
        if (!expr.left || !expr.right) return {};
        const left = rangeOf(expr.left, known, hazards);
        const right = rangeOf(expr.right, known, hazards);
        switch (expr.op) {
            case '+': return { lo: add(left.lo, right.lo), hi: add(left.hi, right.hi) };
            case '-': return { lo: sub(left.lo, right.hi), hi: sub(left.hi, right.lo) };
            case '*': return multiply(left, right);
            case '/': {
                if (includesZero(right)) {
                    const certain = isZero(right.lo) && isZero(right.hi);
                    hazards.push({ divisor: expr.right, certain });
                    // Without the zero, what is left of the divisor's range: positive or negative (an
                    // open end at 0, see reciprocal), or both, and then the quotient has no bound.
                    if (certain || !(isZero(right.lo) || isZero(right.hi))) return {};
                }
                const quotient = multiply(left, reciprocal(right));
                const positive = right.lo !== undefined && right.lo.compare(ZERO) >= 0;
                const ratio = positive ? knownRatio(expr.left, expr.right, known, hazards) : undefined;
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
function knownRatio(numerator: Expression, divisor: Expression, known: Known, hazards: DivisionHazard[]): Range | undefined {
    const factors: { factor: Exact; rest: Expression }[] = [{ factor: ONE, rest: numerator }];
    if (isBinaryExpression(numerator) && numerator.op === '*') {
        if (isNumberLiteral(numerator.left)) factors.push({ factor: numberValue(numerator.left.value), rest: numerator.right });
        if (isNumberLiteral(numerator.right)) factors.push({ factor: numberValue(numerator.right.value), rest: numerator.left });
    }
    for (const { factor, rest } of factors) {
        if (factor.compare(ZERO) < 0 || !known.ratioPairs.has(`${expressionText(rest)}/${expressionText(divisor)}`)) continue;
        const restRange = rangeOf(rest, known, hazards);
        if (restRange.lo !== undefined && restRange.lo.compare(ZERO) >= 0) return { lo: ZERO, hi: factor };
    }
    return undefined;
}

/** Input values and what the formula gives there, beyond a limit. */
export interface FormulaExample {
    readonly values: ReadonlyMap<FormulaInput, Exact>;
    readonly result: Exact;
}

/**
 * Input values admitted by the inputs' ranges and every `where` constraint at which the formula
 * gives more than `limit` (`above`) or less (`below`), found by search and checked by exact
 * evaluation; undefined when the search finds none, which proves nothing.
 */
export function formulaExample(rule: FormulaRule, side: 'above' | 'below', limit: Exact): FormulaExample | undefined {
    const result = rule.result;
    if (!result) return undefined;
    return search(rule, [], values => {
        const value = evaluate(result, values);
        const passes = value !== undefined && value.compare(limit) * (side === 'above' ? 1 : -1) > 0;
        return passes ? { values, result: value } : undefined;
    });
}

/** Admitted input values that make `divisor` 0, named by the divisor's own inputs. */
function zeroExample(rule: FormulaRule, divisor: Expression): Map<FormulaInput, Exact> | undefined {
    return search(rule, [divisor], values => (evaluate(divisor, values)?.equals(ZERO)
        ? new Map(inputsOf(divisor).map(input => [input, values.get(input)!] as const))
        : undefined));
}

/** Below this many starting points, every combination of each input's seed values is tried. */
const COMBINATIONS = 81;
/** Points tried at most per search. */
const CANDIDATES = 200;

/**
 * The first admitted point where `goal` answers. Starting points combine each input's least value,
 * the next whole number and its greatest (or a large) value; from each, one input and then a second
 * is moved to where a constraint, or a target expression, becomes an equality (solved as if linear
 * in that input, kept only if exact evaluation confirms it): ratios reach their bound there.
 */
function search<T>(rule: FormulaRule, targets: readonly Expression[], goal: (values: ReadonlyMap<FormulaInput, Exact>) => T | undefined): T | undefined {
    const inputs = rule.inputs;
    const sides: Expression[][] = [
        ...rule.constraints.flatMap(c => (c.left && c.right ? [[c.left, c.right]] : [])),
        ...targets.map(target => [target]),
    ];
    // A difference that is 0 where the constraint becomes an equality, or the target reaches 0.
    const gap = (side: Expression[], values: ReadonlyMap<FormulaInput, Exact>) => {
        const [left, right] = side.map(expr => evaluate(expr, values));
        return left === undefined ? undefined : right === undefined ? (side.length === 1 ? left : undefined) : left.sub(right);
    };
    const sideInputs = sides.map(side => [...new Set(side.flatMap(inputsOf))]);
    const moves = (values: Map<FormulaInput, Exact>): Map<FormulaInput, Exact>[] => sides.flatMap((side, i) =>
        sideInputs[i].flatMap(input => {
            const at = (value: Exact) => gap(side, new Map(values).set(input, value));
            const start = values.get(input);
            if (start === undefined) return [];
            const [v0, v1] = [at(start), at(start.add(ONE))];
            if (v0 === undefined || v1 === undefined || v0.equals(ZERO) || v1.equals(v0)) return [];
            const root = start.sub(v0.div(v1.sub(v0)));
            return within(input, root) && at(root)?.equals(ZERO) ? [new Map(values).set(input, root)] : [];
        }));
    function* candidates(): Generator<Map<FormulaInput, Exact>> {
        for (const start of startingPoints(inputs)) {
            yield start;
            const once = moves(start);
            yield* once;
            for (const values of once) yield* moves(values);
        }
    }
    let tried = 0;
    for (const values of candidates()) {
        // Bounded work on every keystroke: past the budget, the search has found nothing (which proves nothing).
        if (++tried > CANDIDATES) return undefined;
        if (!admitted(rule, values)) continue;
        const found = goal(values);
        if (found !== undefined) return found;
    }
    return undefined;
}

function* startingPoints(inputs: readonly FormulaInput[]): Generator<Map<FormulaInput, Exact>> {
    const seeds = inputs.map(input => {
        const { lo, hi } = inputRange(input);
        const values = [lo!, lo!.add(ONE), hi ?? lo!.add(exact('100'))];
        return values.filter((value, i) => within(input, value) && values.findIndex(v => v.equals(value)) === i);
    });
    const least = new Map(inputs.map((input, i) => [input, seeds[i][0]] as const));
    const combinations = seeds.reduce((n, values) => n * values.length, 1);
    if (combinations > COMBINATIONS) {
        // Many inputs: the least point, and each input alone at its other seeds.
        yield least;
        for (const [i, input] of inputs.entries()) for (const value of seeds[i].slice(1)) yield new Map(least).set(input, value);
        return;
    }
    for (let n = 0; n < combinations; n++) {
        let rest = n;
        yield new Map(inputs.map((input, i) => {
            const value = seeds[i][rest % seeds[i].length];
            rest = Math.floor(rest / seeds[i].length);
            return [input, value] as const;
        }));
    }
}

function within(input: FormulaInput, value: Exact): boolean {
    const { lo, hi } = inputRange(input);
    return value.compare(lo!) >= 0 && (hi === undefined || value.compare(hi) <= 0);
}

/** Every input within its range and every constraint holding, exactly (a constraint dividing by 0 does not hold). */
function admitted(rule: FormulaRule, values: ReadonlyMap<FormulaInput, Exact>): boolean {
    return rule.inputs.every(input => values.has(input) && within(input, values.get(input)!)) && rule.constraints.every(constraint => {
        if (!constraint.left || !constraint.right) return false;
        const [left, right] = [evaluate(constraint.left, values), evaluate(constraint.right, values)];
        if (left === undefined || right === undefined) return false;
        const c = left.compare(right);
        return constraint.op === '<=' ? c <= 0 : constraint.op === '>=' ? c >= 0 : c === 0;
    });
}

/** The exact value of an expression at the given input values; undefined on a division by 0. */
function evaluate(expr: Expression, values: ReadonlyMap<FormulaInput, Exact>): Exact | undefined {
    if (isNumberLiteral(expr)) return parsePoints(expr.value);
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
