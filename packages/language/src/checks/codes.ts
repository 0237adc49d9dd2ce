/**
 * Item codes, judged within the numbering the set's codes show (model/numbering.ts): unique in the
 * set, under the parent's code (2.1 not inside domain 1), in sequence (across domains for codes
 * running through the set), Roman numerals written as decisions write them; codes written with
 * dots and no leading zeros.
 */
import type { CriteriaSet, Item } from '../generated/ast.js';
import { word, type Lang } from '../i18n/index.js';
import { canonicalRoman, childPrefix, codeOrdinal, isCodeUnderParent, isRunning, runningItems, sameStyle, siblingSequence, withOrdinal, type Ordinal } from '../model/numbering.js';
import { hasDecimalComma } from '../model/points.js';
import { allItems, codeKey, deductionGroupOf, fullCode, hasCodes, parentItem } from '../model/tree.js';
import type { ChecksFor, Report } from './report.js';

const PLURALS = { domain: 'domains', criterion: 'criteria', component: 'components' } as const;

function lineOf(item: Item): number {
    return (item.$cstNode?.range.start.line ?? 0) + 1;
}

function checkDuplicates(set: CriteriaSet, report: Report, lang: Lang): void {
    const first = new Map<string, Item>();
    for (const item of allItems(set)) {
        // A code left out by recovery from a syntax error, here or above, repeats nothing.
        if (!hasCodes(item)) continue;
        const code = fullCode(item);
        const earlier = first.get(codeKey(code));
        if (!earlier) {
            first.set(codeKey(code), item);
            continue;
        }
        const deduction = deductionGroupOf(item) !== deductionGroupOf(earlier) ? 'yes' : 'no';
        report('duplicate-code', { node: item, property: 'code' }, { code, line: lineOf(earlier), deduction, ...runningHint(set, item, lang) });
    }
}

/**
 * For a running code used twice (domain III starting again at 1): the number it takes in the run,
 * counting on from the numbers before it as a renumbering would, or the code spelling its domain's
 * number (`3.1`) for a set numbered within each domain.
 */
function runningHint(set: CriteriaSet, item: Item, lang: Lang): Record<string, string> {
    if (!isRunning(item)) return {};
    let counted = 0;
    for (const member of runningItems(set, item.kind)) {
        const value = codeOrdinal(member.code)!.value;
        counted = value > counted ? value : counted + 1;
        if (member === item) break;
    }
    const parent = parentItem(item)!;
    return { next: String(counted), within: `${childPrefix(parent)}.${item.code}`, kinds: word(lang, PLURALS[item.kind]), parent: word(lang, parent.kind) };
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
    // Domains (and deduction criteria, whose numbering sources do not share) have no parent code;
    // nor has a parent whose code recovery from a syntax error left out.
    if (!parent || !hasCodes(parent) || isCodeUnderParent(item, parent)) return;
    report('code-not-under-parent', { node: item, property: 'code' }, { code: item.code, parentCode: fullCode(parent), prefix: childPrefix(parent) });
}

function checkRoman(item: Item, report: Report): void {
    const canonical = canonicalRoman(item.code);
    if (canonical) report('roman-numeral', { node: item, property: 'code' }, { code: item.code, canonical, value: codeOrdinal(item.code)!.value }, { canonical });
}

/**
 * Gaps in a sequence: 1, 2, 4 or a, b, d or I, II, IV; a change of style (numbers to letters)
 * starts again at 1. A step back (a duplicate, reported as such) does not move the count back.
 */
function checkSequence(items: readonly Item[], report: Report, running = false): void {
    let previous: { item: Item; ordinal: Ordinal } | undefined;
    for (const item of items) {
        // `1,1` is reported as a comma slip; its place in the sequence is that of `1.1`.
        const current = codeOrdinal(item.code?.replace(',', '.'));
        if (!current) continue;
        const expected = previous && sameStyle(previous.ordinal, current) ? previous.ordinal.value + 1 : 1;
        if (current.value > expected) {
            const missing = [];
            for (let v = expected; v < current.value && missing.length < 5; v++) missing.push(withOrdinal(item.code, { ...current, value: v }) ?? '?');
            const more = current.value - expected > 5 ? ', …' : '';
            report('code-gap', { node: item, property: 'code' }, {
                code: item.code,
                previous: previous ? previous.item.code : '—',
                missing: missing.join(', ') + more,
                running: running ? 'yes' : 'no',
            }, { missing: missing });
        }
        if (!previous || !sameStyle(previous.ordinal, current) || current.value > previous.ordinal.value) previous = { item, ordinal: current };
    }
}

export const codeChecks: ChecksFor = {
    CriteriaSet: (set, report, lang) => {
        checkDuplicates(set, report, lang);
        // Deduction criteria follow no published numbering (Gia Lai lists them unnumbered): no sequence check.
        checkSequence(siblingSequence(set.items), report);
        const running = runningItems(set);
        for (const kind of ['criterion', 'component'] as const) checkSequence(running.filter(item => item.kind === kind), report, true);
    },
    Item: (item, report) => {
        if (checkWriting(item, report)) checkUnderParent(item, report);
        checkRoman(item, report);
        checkSequence(siblingSequence(item.children, item), report);
    },
};
