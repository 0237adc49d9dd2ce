/** Walking the criteria tree: items, parents, labels, full codes. */
import { isCriteriaSet, isDeductionGroup, isItem, type CriteriaSet, type DeductionGroup, type Item } from '../generated/ast.js';
import { word, type Lang } from '../i18n/messages.js';
import { parsePoints, type Exact } from './points.js';

export type ItemKind = Item['kind'];

export function parentItem(item: Item): Item | undefined {
    return isItem(item.$container) ? item.$container : undefined;
}

/** The criteria set an item belongs to, through any depth of nesting and deduction groups. */
export function setOf(item: Item): CriteriaSet | undefined {
    let node: Item['$container'] | DeductionGroup['$container'] = item.$container;
    while (node) {
        if (isCriteriaSet(node)) return node;
        node = (node as Item | DeductionGroup).$container;
    }
    return undefined;
}

export function deductionGroupOf(item: Item): DeductionGroup | undefined {
    let node: Item | DeductionGroup | CriteriaSet = item;
    while (isItem(node)) node = node.$container as Item | DeductionGroup | CriteriaSet;
    return isDeductionGroup(node) ? node : undefined;
}

export function isLeaf(item: Item): boolean {
    return item.children.length === 0;
}

export function maxOf(item: Item): Exact | undefined {
    return parsePoints(item.max);
}

export function minOf(item: Item): Exact | undefined {
    return item.min === undefined ? undefined : parsePoints(item.min);
}

/** Every item under the given roots, depth first, parents before children. */
export function* walkItems(roots: Iterable<Item>): Generator<Item> {
    for (const root of roots) {
        yield root;
        yield* walkItems(root.children);
    }
}

/** The items of the set's domains (deduction groups excluded). */
export function domainItems(set: CriteriaSet): Generator<Item> {
    return walkItems(set.items);
}

export function allItems(set: CriteriaSet): Generator<Item> {
    return walkItems([...set.items, ...set.deductions.flatMap(group => group.items)]);
}

export function leavesUnder(item: Item): Generator<Item> {
    return filterLeaves(walkItems([item]));
}

function* filterLeaves(items: Iterable<Item>): Generator<Item> {
    for (const item of items) if (isLeaf(item)) yield item;
}

/** Letters used for lettered sub-items, in Vietnamese order (đ follows d; no f, j, w, z). */
export const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** A bare-letter code (`a`) stands for its parent's code plus the letter (`1.5.3.a`). */
export function fullCode(item: Item): string {
    const parent = parentItem(item);
    if (parent && !item.code.includes('.') && !/^\d+$/.test(item.code)) return `${fullCode(parent)}.${item.code}`;
    return item.code;
}

export function itemLabel(lang: Lang, item: Item): string {
    return `${word(lang, item.kind)} ${fullCode(item)}`;
}
