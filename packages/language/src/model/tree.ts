/** Walking the criteria tree: items, parents, labels, full codes. */
import { isCriteriaSet, isDeductionGroup, isItem, type CriteriaSet, type DeductionGroup, type Item } from '../generated/ast.js';
import { word, type Lang } from '../i18n/index.js';
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

/**
 * The code that names an item across the set (compiled JSON, scoring, diff, hover, symbols): a
 * bare-letter code (`a`) stands for its parent's code plus the letter (`1.5.3.a`, `3.a` under a
 * running criterion 3); every other code is full as written (`1.5.3`, `II`, `3`, `1.1` under `D1`),
 * unique when the set's numbering is (model/numbering.ts). `code` asks what the full code would be
 * if the item were written with that code instead.
 */
export function fullCode(item: Item, code = item.code): string {
    const parent = parentItem(item);
    return codeUnder(parent && fullCode(parent), code);
}

/** Whether the item and every item above it have their codes (recovery from a syntax error can leave one out). */
export function hasCodes(item: Item): boolean {
    for (let at: Item | undefined = item; at; at = parentItem(at)) if (at.code === undefined) return false;
    return true;
}

/** The full code of an item written `code` under a parent whose full code is `parentCode`. */
export function codeUnder(parentCode: string | undefined, code: string): string {
    if (parentCode !== undefined && !code.includes('.') && !/^\d/.test(code)) return `${parentCode}.${code}`;
    return code;
}

/** A code as a number sequence is compared: `01` and `1.01` are `1` and `1.1` (the code checks warn about the zero). */
export function codeKey(code: string): string {
    return code.replace(/(^|\.)0+(?=\d)/g, '$1');
}

/** The kind of item that belongs directly in a container: domains in the set, criteria in a domain or deduction group, components below. */
export function childKind(container: CriteriaSet | DeductionGroup | Item): ItemKind {
    if (isCriteriaSet(container)) return 'domain';
    if (isDeductionGroup(container)) return 'criterion';
    return container.kind === 'domain' ? 'criterion' : 'component';
}

export function itemLabel(lang: Lang, item: Item): string {
    // Without a code (left out by recovery from a syntax error), the kind alone.
    return hasCodes(item) ? `${word(lang, item.kind)} ${fullCode(item)}` : word(lang, item.kind);
}
