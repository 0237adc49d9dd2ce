/**
 * What the JSON Schema cannot say about a compiled set, and scoring relies on: every point value
 * is a number (no `"1/0"`), every parent's max is the sum of its children's, the domains add up
 * to `set.total`, `totals` and the declared split and counts agree with the tree, no deduction
 * item is scored `proportional` (ambiguous where points are taken off), and no two classes hold
 * one index (a unit would have two). A set
 * edited by hand after `chiso compile` is refused at the first place that breaks one.
 */
import type { Bound, CompiledClass, CompiledItem, CompiledSet, CompiledSplitPart, DeclaredCounts, SourceKind } from '@chiso/language';
import type { CommandArgs } from '../rules/index.js';
import { fromJson, ZERO, type Exact } from './exact.js';

/** What a sum adds up, as a key of the word table, translated by the caller. */
type Parts = 'itsChildren' | 'theDomains' | 'theSplitParts' | 'leavesOfSources';

/** The first place a set breaks the contract, with its rule's arguments (point values as fractions). */
export type SetProblem =
    | { readonly code: 'set-json-sum'; readonly args: Omit<CommandArgs<'set-json-sum'>, 'parts'> & { readonly parts: Parts } }
    | { readonly [C in 'set-json-points' | 'set-json-count' | 'set-json-deduction-rule' | 'set-json-classes']: { readonly code: C; readonly args: CommandArgs<C> } }[
        'set-json-points' | 'set-json-count' | 'set-json-deduction-rule' | 'set-json-classes'];

/** Keys whose values are point values in the contract (the schema's `points` definition), `totals.bySource` aside. */
const POINT_KEYS = new Set(['maxPoints', 'minPoints', 'total', 'points', 'value', 'perViolation', 'floor', 'min', 'max']);

/** A point value as the scorer reads it (exact.ts): a finite number, "n/d", or a whole number too large for a double. */
function pointValue(value: unknown): Exact | undefined {
    if (typeof value === 'number') return Number.isFinite(value) ? fromJson(value) : undefined;
    if (typeof value !== 'string' || !/^\d+(\/\d+)?$/.test(value) || /\/0+$/.test(value)) return undefined;
    return fromJson(value);
}

/** The first point value that is not a finite number, with its JSON path. */
function badPoints(value: unknown, place: string): SetProblem | undefined {
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const found = badPoints(value[i], `${place}[${i}]`);
            if (found) return found;
        }
    } else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
            const at = place ? `${place}.${key}` : key;
            if ((POINT_KEYS.has(key) || place === 'totals.bySource') && (typeof child === 'number' || typeof child === 'string') && !pointValue(child)) {
                return { code: 'set-json-points', args: { place: at, value: JSON.stringify(child) } };
            }
            const found = badPoints(child, at);
            if (found) return found;
        }
    }
    return undefined;
}

const points = (value: CompiledItem['maxPoints']) => pointValue(value)!;
const sumOf = (items: readonly CompiledItem[]) => items.reduce((a, item) => a.add(points(item.maxPoints)), ZERO);

function* walk(items: readonly CompiledItem[], parent?: CompiledItem): Generator<{ item: CompiledItem; parent?: CompiledItem }> {
    for (const item of items) {
        yield { item, parent };
        yield* walk(item.children, item);
    }
}

function counts(roots: readonly CompiledItem[]): { domains: number; criteria: number; components: number } {
    const counted = { domains: 0, criteria: 0, components: 0 };
    for (const { item, parent } of walk(roots)) {
        if (item.kind === 'domain') counted.domains++;
        else if (item.kind === 'criterion') counted.criteria++;
        else if (parent?.kind === 'criterion') counted.components++;
    }
    return counted;
}

function leavesBySource(roots: readonly CompiledItem[]): Record<SourceKind, Exact> {
    const bySource = { appraisal: ZERO, survey: ZERO, specialist: ZERO };
    for (const { item } of walk(roots)) {
        if (item.children.length === 0) bySource[item.source.kind] = bySource[item.source.kind].add(points(item.maxPoints));
    }
    return bySource;
}

const sum = (place: string, declared: Exact, actual: Exact, parts: Parts): SetProblem | undefined =>
    declared.equals(actual) ? undefined : { code: 'set-json-sum', args: { place, declared, actual, parts } };

/** Declared counts (null entries aside) against the tree's. */
function countProblem(place: string, declared: DeclaredCounts | null, tree: Record<'domains' | 'criteria' | 'components', number>): SetProblem | undefined {
    for (const level of ['domains', 'criteria', 'components'] as const) {
        const value = declared?.[level];
        if (value !== null && value !== undefined && value !== tree[level]) return { code: 'set-json-count', args: { place: `${place}.${level}`, declared: value, actual: tree[level] } };
    }
    return undefined;
}

/** Each part of a declared split against the leaves of its sources. */
function splitProblem(place: string, split: readonly CompiledSplitPart[], bySource: Record<SourceKind, Exact>): SetProblem | undefined {
    for (const [i, part] of split.entries()) {
        const found = sum(`${place}[${i}].points`, points(part.points), part.sources.reduce((a, kind) => a.add(bySource[kind]), ZERO), 'leavesOfSources');
        if (found) return found;
    }
    return undefined;
}

/** Whether two classes share an index: the higher lower bound is below the lower upper bound, or meets it with both inclusive. */
function overlap(a: CompiledClass, b: CompiledClass): boolean {
    const value = (bound: Bound) => pointValue(bound.value)!;
    const higher = (x: Bound | null, y: Bound | null) => (!x ? y : !y ? x : value(x).compare(value(y)) > 0 || (value(x).equals(value(y)) && !x.inclusive) ? x : y);
    const lower = (x: Bound | null, y: Bound | null) => (!x ? y : !y ? x : value(x).compare(value(y)) < 0 || (value(x).equals(value(y)) && !x.inclusive) ? x : y);
    const from = higher(a.lower, b.lower), to = lower(a.upper, b.upper);
    if (!from || !to) return true;
    const c = value(from).compare(value(to));
    return c < 0 || (c === 0 && from.inclusive && to.inclusive);
}

function classesProblem(classes: readonly CompiledClass[]): SetProblem | undefined {
    for (let j = 1; j < classes.length; j++) {
        for (let i = 0; i < j; i++) {
            if (overlap(classes[i], classes[j])) return { code: 'set-json-classes', args: { place: `set.classes[${j}]`, other: `set.classes[${i}]` } };
        }
    }
    return undefined;
}

export function contractProblem(set: CompiledSet): SetProblem | undefined {
    const bad = badPoints(set, '');
    if (bad) return bad;
    const classes = classesProblem(set.set.classes ?? []);
    if (classes) return classes;
    // In a deduction group points are taken off: a percentage of the max could be taken off or kept.
    for (const { item } of walk(set.deductions.flatMap(group => group.items))) {
        if (item.scoring?.kind === 'proportional') return { code: 'set-json-deduction-rule', args: { place: `${item.code}.scoring` } };
    }
    // Outlines whose points were not published (maxPoints null, allowed by the schema only beside
    // `outline`) leave no sum exact: such a set is read, for export and diff, but never scored.
    if (set.totals.pointsUnknown !== undefined) return undefined;
    for (const { item } of walk([...set.items, ...set.deductions.flatMap(group => group.items)])) {
        if (item.children.length === 0) continue;
        const found = sum(`${item.code}.maxPoints`, points(item.maxPoints), sumOf(item.children), 'itsChildren')
            ?? splitProblem(`${item.code}.declaredSplit`, item.declaredSplit ?? [], leavesBySource([item]))
            ?? countProblem(`${item.code}.declaredCounts`, item.declaredCounts, counts(item.children));
        if (found) return found;
    }
    const total = points(set.set.total);
    const domains = sumOf(set.items);
    const bySource = leavesBySource(set.items);
    const includingDeductions = set.set.declaredCounts?.includingDeductions ?? false;
    const tree = counts(includingDeductions ? [...set.items, ...set.deductions.flatMap(group => group.items)] : set.items);
    const splitSum = set.set.split.reduce((a, part) => a.add(points(part.points)), ZERO);
    // A split naming appraisal claims the whole total; a partial one (survey points only) may not exceed it.
    const complete = set.set.split.some(part => part.sources.includes('appraisal'));
    const checks = [
        () => sum('set.total', total, domains, 'theDomains'),
        () => sum('totals.maxPoints', points(set.totals.maxPoints), domains, 'theDomains'),
        ...(['appraisal', 'survey', 'specialist'] as const).map(kind => () => sum(`totals.bySource.${kind}`, points(set.totals.bySource[kind]), bySource[kind], 'leavesOfSources')),
        () => splitProblem('set.split', set.set.split, bySource),
        () => (complete || splitSum.compare(total) > 0 ? sum('set.total', total, splitSum, 'theSplitParts') : undefined),
        () => countProblem('totals.counts', { ...set.totals.counts, includingDeductions }, tree),
        () => countProblem('set.declaredCounts', set.set.declaredCounts, tree),
    ];
    for (const check of checks) {
        const found = check();
        if (found) return found;
    }
    return undefined;
}
