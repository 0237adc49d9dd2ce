/**
 * Outlines: sets published to a given depth. An item without children that declares counts for
 * the levels below it (`domain 1 "…" max 13 { counts { criteria 7  components 6 } }`) is an
 * outline: its declared counts stand for the subtree not written yet. Checks count them as if
 * written (model/analysis.ts); model/outline-status.ts says what remains to detail.
 */
import type { CountEntry, Counts, Item } from '../generated/ast.js';
import { isLeaf, type ItemKind } from './tree.js';

export type CountLevel = CountEntry['level'];

/** The levels an item's subtree holds: criteria and components under a domain, components under a criterion. */
const LEVELS_BELOW: Record<ItemKind, readonly CountLevel[]> = {
    domain: ['criteria', 'components'],
    criterion: ['components'],
    component: [],
};

/** Counts per level; undefined where nothing says (an outline that declares criteria only). */
export type PartialCounts = { readonly [L in CountLevel]?: number };

export function levelsBelow(kind: ItemKind): readonly CountLevel[] {
    return LEVELS_BELOW[kind] ?? [];
}

/** The counts a declaration gives, per level (the first entry of a level; one still being typed gives none). */
export function declaredCountsOf(decl: Counts | undefined, levels?: readonly CountLevel[]): PartialCounts {
    const counts: { [L in CountLevel]?: number } = {};
    for (const entry of decl?.entries ?? []) {
        const value = Number.parseInt(entry.value, 10);
        if ((!levels || levels.includes(entry.level)) && Number.isFinite(value)) counts[entry.level] ??= value;
    }
    return counts;
}

/**
 * What an outline declares for the levels below it; undefined when the item is not an outline
 * (it has children, or declares no count above 0 for a level below it).
 */
export function outlineCounts(item: Item): PartialCounts | undefined {
    const decl = item.counts[0];
    if (!decl || !isLeaf(item)) return undefined;
    const below = levelsBelow(item.kind);
    const counts = declaredCountsOf(decl, below);
    return below.some(level => (counts[level] ?? 0) > 0) ? counts : undefined;
}

export function isOutline(item: Item): boolean {
    return outlineCounts(item) !== undefined;
}
