/**
 * Item codes in the editor: the code a new item takes, a sequence renumbered, a code moved under
 * its parent's. Codes below an item spell out the item's code (`1.4.1` under `1.4`), so giving an
 * item a new code rewrites theirs too; bare letters (`a`) follow their parent by themselves.
 */
import { GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { CriteriaSet, DeductionGroup, Item } from '../generated/ast.js';
import { isCriteriaSet, isItem } from '../generated/ast.js';
import { allItems, codeOrdinal, fullCode, isCodeUnderParent, ordinalSegment, parentItem, setOf, walkItems, withOrdinal, type Ordinal } from '../model/tree.js';

export type ItemContainer = CriteriaSet | DeductionGroup | Item;

export function itemsOf(container: ItemContainer): Item[] {
    return isItem(container) ? container.children : container.items;
}

/** After a syntax error an item (or an ancestor its full code depends on) may have no code. */
export function hasCodes(item: Item): boolean {
    for (let node: Item | undefined = item; node; node = parentItem(node)) {
        if (node.code === undefined) return false;
    }
    return true;
}

/** Edits that write `code` for the item and carry the codes under it along. */
export function recodeEdits(item: Item, code: string): TextEdit[] {
    const before = fullCode(item);
    const after = fullCode(item, code);
    const edits = [codeEdit(item, code)];
    for (const descendant of walkItems(item.children)) {
        if (descendant.code?.startsWith(`${before}.`)) edits.push(codeEdit(descendant, after + descendant.code.slice(before.length)));
    }
    return edits.filter((edit): edit is TextEdit => edit !== undefined);
}

function codeEdit(item: Item, code: string): TextEdit | undefined {
    const node = GrammarUtils.findNodeForProperty(item.$cstNode, 'code');
    return node && { range: node.range, newText: code };
}

/**
 * New codes that put the siblings in sequence, counted as the sequence check counts: 1, 2, 3, …
 * or a, b, c, d, đ, …, starting again when the numbering changes; codes outside both are skipped.
 */
export function renumberInSequence(siblings: readonly Item[]): Map<Item, string> {
    const renames = new Map<Item, string>();
    let previous: Ordinal | undefined;
    for (const item of siblings) {
        const current = codeOrdinal(item.code);
        if (!current) continue;
        const value = previous?.letters === current.letters ? previous.value + 1 : 1;
        const code = withOrdinal(item.code, { value, letters: current.letters });
        if (code !== undefined && code !== item.code) renames.set(item, code);
        previous = { value, letters: current.letters };
    }
    return renames;
}

/**
 * The code for an item outside its parent's numbering: the parent's code and the number after
 * those of the correctly numbered siblings before it. Undefined when an item of the set already
 * has that code: the user must then choose what to renumber.
 */
export function codeUnderParent(item: Item): string | undefined {
    const parent = parentItem(item);
    const set = setOf(item);
    if (!parent || !set || !hasCodes(item)) return undefined;
    const letters = codeOrdinal(item.code)?.letters ?? false;
    let last = 0;
    for (const sibling of parent.children.slice(0, parent.children.indexOf(item))) {
        const ordinal = codeOrdinal(sibling.code);
        if (ordinal?.letters === letters && isCodeUnderParent(sibling, parent)) last = Math.max(last, ordinal.value);
    }
    const segment = ordinalSegment({ value: last + 1, letters });
    if (segment === undefined) return undefined;
    const code = `${fullCode(parent)}.${segment}`;
    for (const other of allItems(set)) {
        if (other !== item && hasCodes(other) && fullCode(other) === code) return undefined;
    }
    return code;
}

/**
 * The code a new item placed after `before` in the container takes: the next in their sequence
 * (`1.2` → `1.3`, `c` → `d`), else the first under the container (`1.3.1`, or `1` for a domain).
 */
export function nextCode(container: ItemContainer, before: readonly Item[]): string | undefined {
    for (const sibling of [...before].reverse()) {
        const ordinal = codeOrdinal(sibling.code);
        if (ordinal) return withOrdinal(sibling.code, { value: ordinal.value + 1, letters: ordinal.letters });
    }
    if (isItem(container)) return hasCodes(container) ? `${fullCode(container)}.1` : undefined;
    // Deduction criteria follow no shared numbering (Gia Lai's are unnumbered): nothing to propose.
    return isCriteriaSet(container) ? '1' : undefined;
}
