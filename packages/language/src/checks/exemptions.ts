/**
 * `exempt <unit>, …`: the units an item is not assigned to. A unit exempt from everything has no
 * index; an exemption a parent already gives is redundant; deductions are outside the max.
 */
import type { CriteriaSet, Item } from '../generated/ast.js';
import { fullCode, walkItems } from '../model/tree.js';
import type { ChecksFor, Report } from './report.js';

/** Whether the unit is exempt from the whole item: declared on it, or on each of its children. */
function whollyExempt(item: Item, unit: string): boolean {
    return item.exempt.some(ref => ref.$refText === unit) || (item.children.length > 0 && item.children.every(child => whollyExempt(child, unit)));
}

/** Each name on the item, against those its ancestors (by unit: the ancestor's code) or the item itself already gave. */
function checkRedundant(item: Item, given: ReadonlyMap<string, string>, report: Report): void {
    const mine = new Map(given);
    item.exempt.forEach((ref, index) => {
        const by = mine.get(ref.$refText);
        if (by !== undefined) report('exempt-redundant', { node: item, property: 'exempt', index }, { unit: ref.$refText, item: by });
        else mine.set(ref.$refText, fullCode(item));
    });
    item.children.forEach(child => checkRedundant(child, mine, report));
}

export const exemptionChecks: ChecksFor = {
    CriteriaSet: (set: CriteriaSet, report) => {
        set.items.forEach(domain => checkRedundant(domain, new Map(), report));
        for (const item of walkItems(set.deductions.flatMap(group => group.items))) {
            item.exempt.forEach((ref, index) => report('exempt-in-deductions', { node: item, property: 'exempt', index }, { unit: ref.$refText }));
        }
        // Reported where the unit is named last: the exemption that took its last domain.
        const last = new Map<string, { item: Item; index: number }>();
        for (const item of walkItems(set.items)) item.exempt.forEach((ref, index) => last.set(ref.$refText, { item, index }));
        for (const [unit, where] of last) {
            if (set.items.length > 0 && set.items.every(domain => whollyExempt(domain, unit))) {
                report('exempt-whole-set', { node: where.item, property: 'exempt', index: where.index }, { unit, set: set.name });
            }
        }
    },
};
