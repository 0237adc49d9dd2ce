/**
 * Rolled-up figures of a criteria set: children's sums, points per source, counts. Computed once
 * per AST node and cached; a reparse creates new nodes, so the cache can never go stale.
 */
import type { CriteriaSet, DeductionGroup, Item, Sample, SourceKind } from '../generated/ast.js';
import { parsePoints, sum, wholeNumber, ZERO, type Exact } from './points.js';
import { declaredCountsOf, isOutline, levelsBelow, outlineCounts, type CountLevel } from './outline.js';
import { effectiveSource } from './sources.js';
import { isLeaf, maxOf, minOf, walkItems } from './tree.js';

export const DEFAULT_TOTAL = '100';

export interface PointsBySource {
    readonly appraisal: Exact;
    readonly survey: Exact;
    readonly specialist: Exact;
    /**
     * Points of outline items without a source clause: their children are not written yet, so
     * their source is not known (the default, appraisal, decides nothing for them).
     */
    readonly outlined: Exact;
    /** Outline leaves whose points are not known yet (no `max`): they may hold any points, from any source. */
    readonly unknown: number;
    /** False when a leaf's max is not a valid number: per-source figures are then incomplete. */
    readonly complete: boolean;
}

/** A sum over items some of which may be outlines whose points are not known yet (written without `max`). */
export interface PartialSum {
    /** Σ of the max points written. */
    readonly known: Exact;
    /** How many items leave their points out. */
    readonly unknown: number;
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

/**
 * Σ of the children's minima (0 for a child without `min`); undefined for a leaf, when no child
 * declares a minimum, or when one is not a number or exceeds its child's max (reported there).
 */
export function childrenMinSum(item: Item): Exact | undefined {
    if (!item.children.some(child => child.min !== undefined)) return undefined;
    const minima: Exact[] = [];
    for (const child of item.children) {
        const min = child.min === undefined ? ZERO : minOf(child);
        const max = maxOf(child);
        if (!min || (max && min.compare(max) > 0)) return undefined;
        minima.push(min);
    }
    return sum(minima);
}

const SOURCE_KINDS: readonly SourceKind[] = ['appraisal', 'survey', 'specialist'];

/**
 * An outline's points by source as its own split declares them: only a split giving each source
 * its own part, naming appraisal and adding up to the max, says where every point comes from.
 */
function splitPoints(item: Item, max: Exact): Record<SourceKind, Exact> | undefined {
    const entries = item.splits[0]?.entries ?? [];
    const points: Record<SourceKind, Exact> = { appraisal: ZERO, survey: ZERO, specialist: ZERO };
    const seen = new Set<SourceKind>();
    for (const entry of entries) {
        const value = parsePoints(entry.points);
        const kind = entry.kinds[0];
        if (entry.kinds.length !== 1 || !value || seen.has(kind)) return undefined;
        seen.add(kind);
        points[kind] = value;
    }
    return seen.has('appraisal') && sum(Object.values(points)).equals(max) ? points : undefined;
}

/**
 * Leaf points grouped by source kind, under the given roots. An outline without a source clause
 * counts by its own split when that says where every point comes from, else as `outlined`.
 */
export function pointsBySource(key: object, roots: Item[]): PointsBySource {
    let cached = sourceSums.get(key);
    if (!cached) {
        const totals: Record<SourceKind, Exact> = { appraisal: ZERO, survey: ZERO, specialist: ZERO };
        let complete = true;
        let outlined = ZERO;
        let unknown = 0;
        for (const item of walkItems(roots)) {
            if (!isLeaf(item)) continue;
            const max = maxOf(item);
            if (max === undefined) {
                if (pointsUnknown(item)) unknown++;
                else complete = false;
                continue;
            }
            const source = effectiveSource(item);
            if (source.clause || !outlineCounts(item)) {
                totals[source.kind] = totals[source.kind].add(max);
                continue;
            }
            const declared = splitPoints(item, max);
            if (!declared) outlined = outlined.add(max);
            else for (const kind of SOURCE_KINDS) totals[kind] = totals[kind].add(declared[kind]);
        }
        cached = { ...totals, outlined, unknown, complete };
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

/** An outline written without `max`: its points were not published or are not decided yet. */
export function pointsUnknown(item: Item): boolean {
    return item.max === undefined && isOutline(item);
}

/**
 * Σ of the max points the items write, and how many are outlines without `max`; undefined when a
 * written max is not a number, or an item that is not an outline lacks one (both reported there).
 */
export function partialSum(items: Item[]): PartialSum | undefined {
    let known = ZERO, unknown = 0;
    for (const item of items) {
        if (pointsUnknown(item)) {
            unknown++;
            continue;
        }
        const max = maxOf(item);
        if (!max) return undefined;
        known = known.add(max);
    }
    return { known, unknown };
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

/** What the tree has plus what its outlines declare, by the counting rule. */
export interface OutlinedCounts {
    /** Written items and outlines' declared counts together. */
    readonly total: TreeCounts;
    /** The part of `total` that outlines declare. */
    readonly outlined: TreeCounts;
    /** Levels some outline does not declare: there `total` is only a lower bound. */
    readonly open: ReadonlySet<CountLevel>;
}

export function countWithOutlines(roots: Item[]): OutlinedCounts {
    const written = countItems(roots);
    const outlined = { domains: 0, criteria: 0, components: 0 };
    const open = new Set<CountLevel>();
    for (const item of walkItems(roots)) {
        const declared = outlineCounts(item);
        if (!declared) continue;
        for (const level of levelsBelow(item.kind)) {
            const value = declared[level];
            if (value === undefined) open.add(level);
            else outlined[level] += value;
        }
    }
    const total = {
        domains: written.domains + outlined.domains,
        criteria: written.criteria + outlined.criteria,
        components: written.components + outlined.components,
    };
    return { total, outlined, open };
}

/**
 * What a set's counts cover, written and outlined: its domains, and when included its deduction
 * groups, a group without items counting as its own `counts` declare (Gia Lai 2017's "Điểm trừ").
 */
export function countSetWithOutlines(set: CriteriaSet, includingDeductions: boolean): OutlinedCounts {
    const counts = countWithOutlines(countedRoots(set, includingDeductions));
    if (!includingDeductions) return counts;
    const total = { ...counts.total }, outlined = { ...counts.outlined };
    for (const group of set.deductions) {
        if (group.items.length > 0) continue;
        const declared = declaredCountsOf(group.counts[0], ['criteria', 'components']);
        for (const level of ['criteria', 'components'] as const) {
            total[level] += declared[level] ?? 0;
            outlined[level] += declared[level] ?? 0;
        }
    }
    return { total, outlined, open: counts.open };
}

/** The items a set's counts cover: its domains, and its deduction groups' items when included. */
export function countedRoots(set: CriteriaSet, includingDeductions: boolean): Item[] {
    return includingDeductions ? [...set.items, ...set.deductions.flatMap(group => group.items)] : set.items;
}

export function countSet(set: CriteriaSet, includingDeductions: boolean): TreeCounts {
    return countItems(countedRoots(set, includingDeductions));
}

/** The items under the roots whose points come from a survey, each as `chiso/survey-sourced` reports it. */
export function surveySourcedItems(roots: Item[]): Item[] {
    return [...walkItems(roots)].filter(item => effectiveSource(item).kind === 'survey');
}
