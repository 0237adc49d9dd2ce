/** Item codes: written with dots and no leading zeros, unique in the set, under the parent's code (2.1 not inside domain 1), in sequence. */
import type { CriteriaSet, Item } from '../generated/ast.js';
import { hasDecimalComma } from '../model/points.js';
import { allItems, codeKey, codeOrdinal, deductionGroupOf, fullCode, isCodeUnderParent, parentItem, withOrdinal } from '../model/tree.js';
import type { ChecksFor, Report } from './report.js';

function lineOf(item: Item): number {
    return (item.$cstNode?.range.start.line ?? 0) + 1;
}

function checkDuplicates(set: CriteriaSet, report: Report): void {
    const first = new Map<string, Item>();
    for (const item of allItems(set)) {
        const code = fullCode(item);
        const earlier = first.get(codeKey(code));
        const deduction = deductionGroupOf(item) !== deductionGroupOf(earlier ?? item) ? 'yes' : 'no';
        if (earlier) report('duplicate-code', { node: item, property: 'code' }, { code, line: lineOf(earlier), deduction });
        else first.set(codeKey(code), item);
    }
}

/**
 * Codes are written as the decision prints them, and kept so: `1,1` is a comma slip for `1.1`
 * (an error: the code could not be matched), `01` most likely a slip for `1` (a warning).
 */
function checkWriting(item: Item, report: Report): boolean {
    if (item.code === undefined) return true;
    if (hasDecimalComma(item.code)) {
        const suggested = item.code.replace(',', '.');
        report('code-decimal-comma', { node: item, property: 'code' }, { code: item.code, suggested }, { suggested });
        return false;
    }
    const suggested = codeKey(item.code);
    if (suggested !== item.code) report('code-leading-zero', { node: item, property: 'code' }, { code: item.code, suggested }, { suggested });
    return true;
}

function checkUnderParent(item: Item, report: Report): void {
    const parent = parentItem(item);
    // Domains (and deduction criteria, whose numbering sources do not share) have no parent code.
    if (!parent || isCodeUnderParent(item, parent)) return;
    report('code-not-under-parent', { node: item, property: 'code' }, { code: item.code, parentCode: fullCode(parent) });
}

function checkSequence(siblings: readonly Item[], report: Report): void {
    let previous: { item: Item; value: number; letters: boolean } | undefined;
    for (const item of siblings) {
        // `1,1` is reported as a comma slip; its place in the sequence is that of `1.1`.
        const current = codeOrdinal(item.code?.replace(',', '.'));
        if (!current) continue;
        const expected = previous && previous.letters === current.letters ? previous.value + 1 : 1;
        if (current.value > expected) {
            const missing = [];
            for (let v = expected; v < current.value && missing.length < 5; v++) missing.push(withOrdinal(item.code, { value: v, letters: current.letters }) ?? '?');
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
        if (checkWriting(item, report)) checkUnderParent(item, report);
        checkSequence(item.children, report);
    },
};

