/** Item codes: unique in the set, under the parent's code (2.1 not inside domain 1), in sequence. */
import type { CriteriaSet, Item } from '../generated/ast.js';

import { allItems, deductionGroupOf, fullCode, parentItem, VIETNAMESE_LETTERS } from '../model/tree.js';
import type { ChecksFor, Report } from './report.js';

function lineOf(item: Item): number {
    return (item.$cstNode?.range.start.line ?? 0) + 1;
}

function checkDuplicates(set: CriteriaSet, report: Report): void {
    const first = new Map<string, Item>();
    for (const item of allItems(set)) {
        const code = fullCode(item);
        const earlier = first.get(code);
        const deduction = deductionGroupOf(item) !== deductionGroupOf(earlier ?? item) ? 'yes' : 'no';
        if (earlier) report('duplicate-code', { node: item, property: 'code' }, { code, line: lineOf(earlier), deduction });
        else first.set(code, item);
    }
}

const isLetter = (segment: string) => VIETNAMESE_LETTERS.includes(segment);

function checkUnderParent(item: Item, report: Report): void {
    const parent = parentItem(item);
    const segments = item.code.split('.');
    if (!parent) {
        // Domains (and deduction criteria, whose numbering sources do not share) have no parent code.
        return;
    }
    const bareLetter = segments.length === 1 && isLetter(segments[0]);
    if (item.kind === 'component' && bareLetter) return;
    const parentCode = fullCode(parent);
    if (item.code.startsWith(`${parentCode}.`) && segments.length === parentCode.split('.').length + 1) return;
    report('code-not-under-parent', { node: item, property: 'code' }, { code: item.code, parentCode });
}

/** The ordinal of a code's last segment in its numbering (1, 2, … or a, b, c, d, đ, …). */
function ordinal(item: Item): { value: number; letters: boolean } | undefined {
    const last = item.code.split('.').pop()!;
    if (/^\d+$/.test(last)) return { value: Number.parseInt(last, 10), letters: false };
    const index = VIETNAMESE_LETTERS.indexOf(last);
    return index >= 0 ? { value: index + 1, letters: true } : undefined;
}

function spell(value: number, letters: boolean, prefix: string): string {
    return prefix + (letters ? VIETNAMESE_LETTERS[value - 1] ?? '?' : String(value));
}

function checkSequence(siblings: readonly Item[], report: Report): void {
    let previous: { item: Item; value: number; letters: boolean } | undefined;
    for (const item of siblings) {
        const current = ordinal(item);
        if (!current) continue;
        const expected = previous && previous.letters === current.letters ? previous.value + 1 : 1;
        if (current.value > expected) {
            const prefix = item.code.slice(0, item.code.length - item.code.split('.').pop()!.length);
            const missing = [];
            for (let v = expected; v < current.value && missing.length < 5; v++) missing.push(spell(v, current.letters, prefix));
            const more = current.value - expected > 5 ? ', …' : '';
            report('code-gap', { node: item, property: 'code' }, {
                code: item.code,
                previous: previous ? previous.item.code : '—',
                missing: missing.join(', ') + more,
            }, { missing: missing });
        }
        previous = { item, ...current };
    }
}

export const codeChecks: ChecksFor = {
    CriteriaSet: (set, report) => {
        checkDuplicates(set, report);
        // Deduction criteria follow no published numbering (Gia Lai lists them unnumbered): no sequence check.
        checkSequence(set.items, report);
    },
    Item: (item, report) => {
        checkUnderParent(item, report);
        checkSequence(item.children, report);
    },
};

