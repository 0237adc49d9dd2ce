/**
 * Item codes in the editor: the code a new item takes, a sequence renumbered, a code moved under
 * its parent's. Codes below an item spell out its code or number (`1.4.1` under `1.4`, `2.1` under `II`), so giving an
 * item a new code rewrites theirs too; bare letters (`a`) follow their parent by themselves.
 */
import { GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { CriteriaSet, DeductionGroup, Item } from '../generated/ast.js';
import { isCriteriaSet, isItem } from '../generated/ast.js';
import { childPrefix, codeOrdinal, isCodeUnderParent, isRunning, ordinalSegment, runningItems, sameStyle, sequenceOf, withOrdinal, type Ordinal } from '../model/numbering.js';
import { allItems, childKind, codeUnder, fullCode, parentItem, setOf } from '../model/tree.js';

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

/** Edits that write `code` for the item and carry the dotted codes under it along (`4.1` under `IV` → `3.1` under `III`). */
export function recodeEdits(item: Item, code: string): TextEdit[] {
    const edits = [codeEdit(item, code)];
    carryAlong(item, childPrefix(item), childPrefix(item, code), edits);
    return edits.filter((edit): edit is TextEdit => edit !== undefined);
}

/** Children spelling out the old prefix take the new one, and so on down; running and lettered codes stay. */
function carryAlong(parent: Item, before: string, after: string, edits: Array<TextEdit | undefined>): void {
    if (before === after) return;
    for (const child of parent.children) {
        if (!child.code?.startsWith(`${before}.`)) continue;
        const code = after + child.code.slice(before.length);
        edits.push(codeEdit(child, code));
        carryAlong(child, child.code, code, edits);
    }
}

function codeEdit(item: Item, code: string): TextEdit | undefined {
    const node = GrammarUtils.findNodeForProperty(item.$cstNode, 'code');
    return node && { range: node.range, newText: code };
}

/**
 * New codes that put the item's sequence in order, counted as the sequence check counts: 1, 2, 3,
 * a, b, c, d, đ, I, II, III or D1, D2, starting again when the style changes; codes outside every
 * numbering are skipped. A code running through the set renumbers the whole run, across domains.
 */
export function renumberInSequence(item: Item): Map<Item, string> {
    const renames = new Map<Item, string>();
    let previous: Ordinal | undefined;
    for (const member of sequenceOf(item)) {
        const current = codeOrdinal(member.code);
        if (!current) continue;
        const value = previous && sameStyle(previous, current) ? previous.value + 1 : 1;
        const code = withOrdinal(member.code, { ...current, value });
        if (code !== undefined && code !== member.code) renames.set(member, code);
        previous = { ...current, value };
    }
    return renames;
}

/**
 * The code for an item outside its parent's numbering: the parent's prefix (`1`, or `2` for `II`)
 * and the number after those of the correctly numbered siblings before it. Undefined when an item
 * of the set already has that code: the user must then choose what to renumber.
 */
export function codeUnderParent(item: Item): string | undefined {
    const parent = parentItem(item);
    const set = setOf(item);
    if (!parent || !set || !hasCodes(item)) return undefined;
    const style = codeOrdinal(item.code)?.style === 'letter' ? 'letter' : 'number';
    let last = 0;
    for (const sibling of parent.children.slice(0, parent.children.indexOf(item))) {
        const ordinal = codeOrdinal(sibling.code);
        if (ordinal?.style === style && !isRunning(sibling) && isCodeUnderParent(sibling, parent)) last = Math.max(last, ordinal.value);
    }
    const segment = ordinalSegment({ value: last + 1, style, prefix: '' });
    if (segment === undefined) return undefined;
    const code = `${childPrefix(parent)}.${segment}`;
    return usedCodes(set, item).has(fullCode(item, code)) ? undefined : code;
}

/** The full codes of the set's items, but the one given. */
function usedCodes(set: CriteriaSet, except?: Item): Set<string> {
    const used = new Set<string>();
    for (const other of allItems(set)) if (other !== except && hasCodes(other)) used.add(fullCode(other));
    return used;
}

/**
 * The code a new item placed after `before` in the container takes: the next in their sequence
 * (`1.2` → `1.3`, `c` → `d`, `II` → `III`, running `3` → `4`), else the first under the container
 * (`1.3.1`, `2.1` in domain `II`, the next running number, `1` for a domain), passing over codes
 * the set already uses.
 */
export function nextCode(container: ItemContainer, before: readonly Item[]): string | undefined {
    const set = isCriteriaSet(container) ? container : setOfContainer(container);
    const used = set ? usedCodes(set) : new Set<string>();
    const parentCode = isItem(container) && hasCodes(container) ? fullCode(container) : undefined;
    const free = (code: string | undefined): string | undefined => {
        for (let ordinal = codeOrdinal(code), tries = 0; code !== undefined && ordinal && tries < 1000; tries++) {
            if (!used.has(codeUnder(parentCode, code))) return code;
            ordinal = { ...ordinal, value: ordinal.value + 1 };
            code = withOrdinal(code, ordinal);
        }
        return undefined;
    };
    const last = [...before].reverse().find(sibling => codeOrdinal(sibling.code));
    const ordinal = last && codeOrdinal(last.code);
    if (last && ordinal) return free(withOrdinal(last.code, { ...ordinal, value: ordinal.value + 1 }));
    if (isItem(container)) return parentCode === undefined ? undefined : free(firstCodeUnder(container, set));
    // Deduction criteria follow no shared numbering (Gia Lai's are unnumbered): nothing to propose.
    return isCriteriaSet(container) ? free('1') : undefined;
}

/**
 * The first code under an item: `1.3.1` under `1.3`; under a Roman or prefixed parent the number
 * after the running codes before it when the set numbers its kind through the whole set, else
 * `2.1` under `II`.
 */
function firstCodeUnder(parent: Item, set: CriteriaSet | undefined): string {
    const kind = childKind(parent);
    const prefix = childPrefix(parent);
    if (!set || prefix === fullCode(parent)) return `${prefix}.1`;
    const run = runningItems(set, kind);
    if (run.length === 0) return `${prefix}.1`;
    const offset = parent.$cstNode?.offset ?? 0;
    const previous = run.filter(item => (item.$cstNode?.offset ?? 0) < offset).pop();
    return String((codeOrdinal(previous?.code)?.value ?? 0) + 1);
}

function setOfContainer(container: DeductionGroup | Item): CriteriaSet | undefined {
    return isItem(container) ? setOf(container) : container.$container;
}
