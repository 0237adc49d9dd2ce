/**
 * A compiled set's items in one flat table, numbered in walk order (parents before their
 * children): the scored tree first, then the deduction groups' items. Scoring indexes arrays by
 * these numbers instead of looking items up by code for every row.
 */
import type { CompiledItem, CompiledSet, SourceKind } from '@chiso/language';

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

    constructor(set: CompiledSet) {
        const add = (item: CompiledItem, parent: number) => {
            const number = this.items.push(item) - 1;
            this.parent.push(parent);
            this.byCode.set(item.code, number);
            for (const child of item.children) add(child, number);
        };
        set.items.forEach(item => add(item, -1));
        this.scoredCount = this.items.length;
        const groupStarts = set.deductions.map(group => {
            const start = this.items.length;
            group.items.forEach(item => add(item, -1));
            return start;
        });
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
