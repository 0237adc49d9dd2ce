/**
 * A compiled set's items in one flat table, numbered in walk order (parents before their
 * children): the scored tree first, then the deduction groups' items. Scoring indexes arrays by
 * these numbers instead of looking items up by code for every row.
 */
import type { CompiledItem, CompiledSet, JsonPoints, SourceKind } from '@chiso/language';

/** Items whose points were not published (outlines without `max`): such a set yields no index. */
export function itemsWithoutPoints(set: CompiledSet): CompiledItem[] {
    const found: CompiledItem[] = [];
    const walk = (item: CompiledItem) => {
        if (item.maxPoints === null) found.push(item);
        item.children.forEach(walk);
    };
    [...set.items, ...set.deductions.flatMap(group => group.items)].forEach(walk);
    return found;
}

/** An item's max; `chiso score` refuses a set with items without points before scoring (commands/score.ts). */
export function knownMax(item: CompiledItem): JsonPoints {
    if (item.maxPoints === null) throw new Error(`${item.code}: max points not known`);
    return item.maxPoints;
}

export const SOURCES: readonly SourceKind[] = ['appraisal', 'survey', 'specialist'];

export class SetItems {
    readonly items: CompiledItem[] = [];
    /** The parent's number, or -1 for domains and deduction groups' top items. */
    readonly parent: number[] = [];
    /** Items below this number are the scored tree; the rest are deductions. */
    readonly scoredCount: number;
    readonly byCode = new Map<string, number>();
    /** The scored tree's leaves, in walk order. */
    readonly scoredLeaves: number[];
    /** Each deduction group's leaves, and the most the group takes off (null: no cap). */
    readonly deductionGroups: { readonly leaves: number[]; readonly maxPoints: number | string | null }[];
    /** The set's domains (the scored tree's roots). */
    readonly domains: number[];
    /** Each item's source kind as one bit (1 << its index in SOURCES), so a set of sources is a number. */
    readonly sourceBit: number[];
    /** 1 for items without children. */
    readonly leaf: Uint8Array;
    /** The number after each item's last descendant: its subtree is [k, subtreeEnd[k]). */
    readonly subtreeEnd: Int32Array;

    constructor(set: CompiledSet) {
        const ends: number[] = [];
        const add = (item: CompiledItem, parent: number) => {
            const number = this.items.push(item) - 1;
            this.parent.push(parent);
            this.byCode.set(item.code, number);
            for (const child of item.children) add(child, number);
            ends[number] = this.items.length;
        };
        set.items.forEach(item => add(item, -1));
        this.scoredCount = this.items.length;
        const groupStarts = set.deductions.map(group => {
            const start = this.items.length;
            group.items.forEach(item => add(item, -1));
            return start;
        });
        this.subtreeEnd = Int32Array.from(ends);
        this.leaf = Uint8Array.from(this.items, item => (item.children.length === 0 ? 1 : 0));
        const numbers = this.items.map((_, i) => i);
        this.scoredLeaves = numbers.filter(i => i < this.scoredCount && this.isLeaf(i));
        this.deductionGroups = set.deductions.map((group, g) => ({
            leaves: numbers.filter(i => i >= groupStarts[g] && i < (groupStarts[g + 1] ?? this.items.length) && this.isLeaf(i)),
            maxPoints: group.maxPoints,
        }));
        this.domains = numbers.filter(i => i < this.scoredCount && this.parent[i] < 0);
        this.sourceBit = this.items.map(item => 1 << SOURCES.indexOf(item.source.kind));
    }

    isLeaf(i: number): boolean {
        return this.leaf[i] === 1;
    }
}
