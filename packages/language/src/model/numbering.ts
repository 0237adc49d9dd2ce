/**
 * How a set numbers its items, inferred from the codes as written (nothing is declared). Decisions
 * print, and Chiso reads:
 * - dotted codes spelling out the parent's (`1` → `1.2` → `1.2.3`), or bare letters under it (`a`,
 *   `b`, … `d`, `đ`, `e`), the full code then being the parent's plus the letter (`1.2.3.a`);
 * - Roman domains (`I`, `II`, … `XV`) and prefixed codes (`D1`, `LV1`, `Đ1`), whose dotted children
 *   spell out the parent's number (`1.1` under `D1`, `2.1` under `II`);
 * - criteria numbered 1, 2, 3 … through the whole set under Roman or prefixed domains ("running"
 *   codes: domain II's first criterion continues from domain I's last), their components `3.1`
 *   or `a`, `b` under criterion 3 (full code `3.a`).
 * Checks (duplicates, gaps, codes not under their parent) and the editor's codes (completion,
 * renumbering, moving a code under its parent) all judge a code within the scheme found here.
 */
import { isItem, type CriteriaSet, type Item } from '../generated/ast.js';
import { codeKey, deductionGroupOf, domainItems, fullCode, hasCodes, parentItem, setOf, type ItemKind } from './tree.js';

/** Letters used for lettered sub-items, in Vietnamese order (đ follows d; no f, j, w, z). */
export const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** How a code's last segment counts: `4`, `d` (5th: a, b, c, d, đ), `IV`, `D4`. */
export type OrdinalStyle = 'number' | 'letter' | 'roman' | 'prefixed';

/** A code's last segment as a position in its numbering; `prefix` is the `D` of `D4`, else empty. */
export interface Ordinal {
    readonly value: number;
    readonly style: OrdinalStyle;
    readonly prefix: string;
}

const ROMAN_DIGITS: ReadonlyArray<readonly [number, string]> = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** 4 → `IV`, 14 → `XIV`; undefined outside 1–399. */
export function toRoman(value: number): string | undefined {
    if (!Number.isInteger(value) || value < 1 || value > 399) return undefined;
    let text = '';
    let rest = value;
    for (const [digit, letters] of ROMAN_DIGITS) {
        for (; rest >= digit; rest -= digit) text += letters;
    }
    return text;
}

/**
 * Whether a code reads as a Roman numeral: letters I, V, X, L, C (a set has no 400 domains), and
 * alone only I, V or X — `C` or `L` alone is a letter, not domain 100 or 50.
 */
function isRoman(code: string): boolean {
    return /^[IVXLC]+$/.test(code) && !/^[LC]$/.test(code);
}

/**
 * The value a Roman numeral is read as, leniently (a smaller letter before a larger one
 * subtracts: `IIII` → 4, `IL` → 49), so a misspelt numeral still finds its place in the sequence.
 */
function romanValue(text: string): number {
    let value = 0;
    for (let i = 0; i < text.length; i++) {
        const here = ROMAN_VALUES[text[i]];
        const next = ROMAN_VALUES[text[i + 1]] ?? 0;
        value += here < next ? -here : here;
    }
    return value;
}

/** `IIII` → `IV`, `IL` → `XLIX`: how a Roman numeral is written canonically, when it is not. */
export function canonicalRoman(code: string): string | undefined {
    if (!isRoman(code)) return undefined;
    const canonical = toRoman(romanValue(code));
    return canonical !== code ? canonical : undefined;
}

/** The ordinal of a code's last segment; undefined for codes outside every numbering (`abc`). */
export function codeOrdinal(code: string | undefined): Ordinal | undefined {
    const last = code?.split('.').pop();
    if (!last) return undefined;
    // Past 15 digits a number is no place in a sequence (and would not stay exact as a float).
    if (/^\d+$/.test(last)) return /^\d{1,15}$/.test(last) ? { value: Number.parseInt(last, 10), style: 'number', prefix: '' } : undefined;
    const letter = VIETNAMESE_LETTERS.indexOf(last);
    if (letter >= 0) return { value: letter + 1, style: 'letter', prefix: '' };
    if (isRoman(last)) {
        const value = romanValue(last);
        return value > 0 ? { value, style: 'roman', prefix: '' } : undefined;
    }
    const prefixed = /^(\D+?)(\d+)$/.exec(last);
    return prefixed ? { value: Number.parseInt(prefixed[2], 10), style: 'prefixed', prefix: prefixed[1] } : undefined;
}

export function sameStyle(a: Ordinal, b: Ordinal): boolean {
    return a.style === b.style && a.prefix === b.prefix;
}

/** The segment spelling an ordinal: 2 → `2`, `b`, `II` or `D2`; undefined past `y` (or 399). */
export function ordinalSegment(ordinal: Ordinal): string | undefined {
    switch (ordinal.style) {
        case 'number': return String(ordinal.value);
        case 'letter': return VIETNAMESE_LETTERS[ordinal.value - 1];
        case 'roman': return toRoman(ordinal.value);
        case 'prefixed': return `${ordinal.prefix}${ordinal.value}`;
    }
}

/** The code with its last segment set to the ordinal: `1.4` at 2 → `1.2`, `c` at 5 → `đ`, `IV` at 3 → `III`. */
export function withOrdinal(code: string, ordinal: Ordinal): string | undefined {
    const segment = ordinalSegment(ordinal);
    if (segment === undefined) return undefined;
    const prefix = code.slice(0, code.length - code.split('.').pop()!.length);
    return prefix + segment;
}

/**
 * Whether a text can be an item's code: dotted numbers, optionally ending in a letter (`1.2`, `1.2.a`),
 * or one segment numbered by letter, Roman numeral or prefix (`a`, `IV`, `D4`). What import accepts.
 */
export function isItemCode(code: string): boolean {
    if (/^\d+(\.\d+)*(\.[a-zđ])?$/.test(code)) return true;
    const ordinal = code.includes('.') ? undefined : codeOrdinal(code);
    // A prefix is a few capitals (`D`, `Đ`, `TC`): `Điểm4` is a word, not a numbering.
    return ordinal !== undefined && (ordinal.style !== 'prefixed' || /^[A-ZĐ]{1,3}$/.test(ordinal.prefix));
}

/** Whether the code is Roman or prefixed (`II`, `D2`, `Đ2`): a number that its children do not spell out. */
export function isNamedNumber(code: string | undefined): boolean {
    // Most codes are dotted numbers: answered before any pattern is tried.
    if (code === undefined || /^\d/.test(code)) return false;
    const style = codeOrdinal(code)?.style;
    return !code.includes('.') && (style === 'roman' || style === 'prefixed');
}

/**
 * Whether an item's code runs through the whole set: a bare number (`4`) under a Roman or prefixed
 * parent (`II`, `D2`) in a domain. Deduction groups keep their own numbering.
 */
export function isRunning(item: Item): boolean {
    if (item.code === undefined || !/^\d+$/.test(item.code)) return false;
    const parent = parentItem(item);
    return parent !== undefined && isNamedNumber(parent.code) && !deductionGroupOf(item);
}

/**
 * What the codes of an item's dotted children begin with: its full code (`1.2`), or its number
 * (`2` for `II` or `D2`); `code` asks what it would be if the item were written with that code.
 */
export function childPrefix(item: Item, code = item.code): string {
    return isNamedNumber(code) ? String(codeOrdinal(code)!.value) : fullCode(item, code);
}

/**
 * Whether an item's code belongs under its parent's: one more segment than the parent's prefix
 * (`1.2` in domain 1 or `D1`, `2.1` in domain `II`), a component's bare letter (`a`), or a number
 * running through the set under a Roman or prefixed parent.
 */
export function isCodeUnderParent(item: Item, parent: Item, prefix = childPrefix(parent)): boolean {
    // After a syntax error a sibling may have no code: it is in no sequence.
    if (item.code === undefined) return false;
    // Compared as number sequences: `01.1` is under `1`, `1,1` stands where `1.1` would (the code checks report both slips).
    const code = item.code.replace(',', '.');
    const segments = code.split('.');
    if (item.kind === 'component' && segments.length === 1 && VIETNAMESE_LETTERS.includes(segments[0])) return true;
    if (isRunning(item)) return true;
    const key = codeKey(prefix);
    return codeKey(code).startsWith(`${key}.`) && segments.length === key.split('.').length + 1;
}

/** The running items (of one kind), in the order the set lists them: the sequence their numbers follow. */
export function runningItems(set: CriteriaSet, kind?: ItemKind): Item[] {
    const items: Item[] = [];
    for (const item of domainItems(set)) if ((!kind || item.kind === kind) && isRunning(item)) items.push(item);
    return items;
}

/**
 * Siblings counted as one sequence: those whose codes are under their parent's (a code that is
 * not is an error already) and do not run through the set (those count with their run).
 */
export function siblingSequence(siblings: readonly Item[], parent?: Item): Item[] {
    // Under a parent whose code (or an ancestor's) recovery from a syntax error left out, no code can be placed.
    if (parent && !hasCodes(parent)) return [];
    const prefix = parent && siblings.length > 0 ? childPrefix(parent) : '';
    return siblings.filter(sibling => !isRunning(sibling) && (!parent || isCodeUnderParent(sibling, parent, prefix)));
}

/** The items an item's code is counted with: its run through the set, or its sequence of siblings. */
export function sequenceOf(item: Item): Item[] {
    const set = setOf(item);
    if (isRunning(item) && set) return runningItems(set, item.kind);
    const container = item.$container;
    return isItem(container) ? siblingSequence(container.children, container) : siblingSequence(container.items);
}
