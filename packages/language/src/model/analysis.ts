/**
 * Rolled-up figures of a criteria set: children's sums, points per source, counts. Computed once
 * per AST node and cached; a reparse creates new nodes, so the cache can never go stale.
 */
import type { CriteriaSet, DeductionGroup, Item, Sample, SourceKind } from '../generated/ast.js';
import { parsePoints, sum, wholeNumber, ZERO, type Exact } from './points.js';
import { effectiveSource } from './sources.js';
import { isLeaf, maxOf, walkItems } from './tree.js';

export const DEFAULT_TOTAL = '100';

export interface PointsBySource {
    readonly appraisal: Exact;
    readonly survey: Exact;
    readonly specialist: Exact;
    /** False when a leaf's max is not a valid number: per-source figures are then incomplete. */
    readonly complete: boolean;
}

export interface TreeCounts {
    readonly domains: number;
    readonly criteria: number;
    readonly components: number;
}

const childrenSums = new WeakMap<Item, Exact | null>();
const sourceSums = new WeakMap<object, PointsBySource>();

/** Σ of the children's max points; undefined for a leaf or when a child's max is not a number. */
export function childrenSum(item: Item): Exact | undefined {
    if (isLeaf(item)) return undefined;
    let cached = childrenSums.get(item);
    if (cached === undefined) {
        const maxima = item.children.map(maxOf);
        cached = maxima.every(m => m !== undefined) ? sum(maxima as Exact[]) : null;
        childrenSums.set(item, cached);
    }
    return cached ?? undefined;
}

/** Leaf points grouped by source kind, under the given roots. */
export function pointsBySource(key: object, roots: Item[]): PointsBySource {
    let cached = sourceSums.get(key);
    if (!cached) {
        const totals: Record<SourceKind, Exact> = { appraisal: ZERO, survey: ZERO, specialist: ZERO };
        let complete = true;
        for (const item of walkItems(roots)) {
            if (!isLeaf(item)) continue;
            const max = maxOf(item);
            if (max === undefined) {
                complete = false;
                continue;
            }
            const kind = effectiveSource(item).kind;
            totals[kind] = totals[kind].add(max);
        }
        cached = { ...totals, complete };
        sourceSums.set(key, cached);
    }
    return cached;
}

export function itemPointsBySource(item: Item): PointsBySource {
    return pointsBySource(item, [item]);
}

export function setPointsBySource(set: CriteriaSet): PointsBySource {
    return pointsBySource(set, set.items);
}

/** The declared total (100 when not declared); undefined when the declaration is not a number. */
export function declaredTotal(set: CriteriaSet): Exact | undefined {
    return parsePoints(set.totals[0] ?? DEFAULT_TOTAL);
}

/** Σ of the domains' max points; undefined when a domain's max is not a number. */
export function domainsSum(set: CriteriaSet): Exact | undefined {
    return sumOfMaxima(set.items);
}

/** Σ of a deduction group's items' max points; undefined when an item's max is not a number. */
export function deductionGroupSum(group: DeductionGroup): Exact | undefined {
    return sumOfMaxima(group.items);
}

function sumOfMaxima(items: Item[]): Exact | undefined {
    const maxima = items.map(maxOf);
    return maxima.every(m => m !== undefined) ? sum(maxima as Exact[]) : undefined;
}

/** Σ of a survey sample's respondent groups, exactly; undefined while a size is missing. */
export function respondentsSum(sample: Sample): bigint | undefined {
    let total = 0n;
    for (const group of sample.groups) {
        const size = wholeNumber(group.size);
        if (size === undefined) return undefined;
        total += size;
    }
    return total;
}

/**
 * Counts by the rule stated in the messages: criteria are `criterion` items; components are
 * `component` items directly under a criterion; deduction groups count only when included.
 */
export function countItems(roots: Item[]): TreeCounts {
    let domains = 0, criteria = 0, components = 0;
    for (const item of walkItems(roots)) {
        if (item.kind === 'domain') domains++;
        else if (item.kind === 'criterion') criteria++;
        else if (item.$container.$type === 'Item' && (item.$container as Item).kind === 'criterion') components++;
    }
    return { domains, criteria, components };
}

export function countSet(set: CriteriaSet, includingDeductions: boolean): TreeCounts {
    const roots = includingDeductions ? [...set.items, ...set.deductions.flatMap(group => group.items)] : set.items;
    return countItems(roots);
}
