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

/**
 * A bare-letter code (`a`) stands for its parent's code plus the letter (`1.5.3.a`). `code` asks
 * what the full code would be if the item were written with that code instead.
 */
export function fullCode(item: Item, code = item.code): string {
    const parent = parentItem(item);
    if (parent && !code.includes('.') && !/^\d/.test(code)) return `${fullCode(parent)}.${code}`;
    return code;
}

/** A code as a number sequence is compared: `01` and `1.01` are `1` and `1.1` (the code checks warn about the zero). */
export function codeKey(code: string): string {
    return code.replace(/(^|\.)0+(?=\d)/g, '$1');
}

/** Whether an item's code continues its parent's (`1.2` in domain 1), or is a component's bare letter (`a`). */
export function isCodeUnderParent(item: Item, parent: Item): boolean {
    const segments = item.code.split('.');
    if (item.kind === 'component' && segments.length === 1 && VIETNAMESE_LETTERS.includes(segments[0])) return true;
    const parentCode = codeKey(fullCode(parent));
    return codeKey(item.code).startsWith(`${parentCode}.`) && segments.length === parentCode.split('.').length + 1;
}

/** A code's last segment as a position in its numbering: `1.4` → 4th, `1.5.3.c` → 3rd (a, b, c, d, đ, …). */
export interface Ordinal {
    readonly value: number;
    readonly letters: boolean;
}

/** The ordinal of a code's last segment; undefined for codes outside both numberings (`Đ1`, 16 digits or more). */
export function codeOrdinal(code: string | undefined): Ordinal | undefined {
    const last = code?.split('.').pop();
    if (last === undefined) return undefined;
    // Past 15 digits a number is no place in a sequence (and would not stay exact as a float).
    if (/^\d{1,15}$/.test(last)) return { value: Number.parseInt(last, 10), letters: false };
    const index = VIETNAMESE_LETTERS.indexOf(last);
    return index >= 0 ? { value: index + 1, letters: true } : undefined;
}

/** The segment spelling an ordinal: 2 → `2`, or `b` in a lettered sequence; undefined past `y`. */
export function ordinalSegment(ordinal: Ordinal): string | undefined {
    return ordinal.letters ? VIETNAMESE_LETTERS[ordinal.value - 1] : String(ordinal.value);
}

/** The code with its last segment set to the ordinal: `1.4` at 2 → `1.2`, `c` at 5 → `đ`; undefined past `y`. */
export function withOrdinal(code: string, ordinal: Ordinal): string | undefined {
    const segment = ordinalSegment(ordinal);
    if (segment === undefined) return undefined;
    const prefix = code.slice(0, code.length - code.split('.').pop()!.length);
    return prefix + segment;
}

/** The kind of item that belongs directly in a container: domains in the set, criteria in a domain or deduction group, components below. */
export function childKind(container: CriteriaSet | DeductionGroup | Item): ItemKind {
    if (isCriteriaSet(container)) return 'domain';
    if (isDeductionGroup(container)) return 'criterion';
    return container.kind === 'domain' ? 'criterion' : 'component';
}

export function itemLabel(lang: Lang, item: Item): string {
    return `${word(lang, item.kind)} ${fullCode(item)}`;
}
