/** Item codes: unique in the set, under the parent's code (2.1 not inside domain 1), in sequence. */
import type { CriteriaSet, Item } from '../generated/ast.js';

import { allItems, codeOrdinal, deductionGroupOf, fullCode, isCodeUnderParent, parentItem, withOrdinal } from '../model/tree.js';
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

function checkUnderParent(item: Item, report: Report): void {
    const parent = parentItem(item);
    // Domains (and deduction criteria, whose numbering sources do not share) have no parent code.
    if (!parent || isCodeUnderParent(item, parent)) return;
    report('code-not-under-parent', { node: item, property: 'code' }, { code: item.code, parentCode: fullCode(parent) });
}

function checkSequence(siblings: readonly Item[], report: Report): void {
    let previous: { item: Item; value: number; letters: boolean } | undefined;
    for (const item of siblings) {
        const current = codeOrdinal(item.code);
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
        checkUnderParent(item, report);
        checkSequence(item.children, report);
    },
};

