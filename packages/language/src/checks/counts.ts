/**
 * Declared counts ("8 lĩnh vực, 34 tiêu chí, 99 tiêu chí thành phần") against the tree. Outline
 * items count as what they declare for the levels below them (model/outline.ts); where an outline
 * declares nothing for a level, the tree's figure there is a lower bound.
 */
import type { CountEntry, Counts as CountsDecl, CriteriaSet, DeductionGroup, Item } from '../generated/ast.js';
import { isCriteriaSet, isDeductionGroup, isItem } from '../generated/ast.js';
import type { Lang, RuleArgs } from '../i18n/index.js';
import { word } from '../i18n/index.js';
import { countSetWithOutlines, countWithOutlines, type OutlinedCounts } from '../model/analysis.js';
import { isOutline, levelsBelow } from '../model/outline.js';
import { wholeNumber } from '../model/points.js';
import { itemLabel } from '../model/tree.js';
import type { ChecksFor, Report } from './report.js';

function checkCounts(owner: CriteriaSet | DeductionGroup | Item, decl: CountsDecl, actual: OutlinedCounts, report: Report, lang: Lang): void {
    const scope = isCriteriaSet(owner) ? word(lang, 'set') : isDeductionGroup(owner) ? `${word(lang, 'deductions')} “${owner.title}”` : itemLabel(lang, owner);
    const rule = word(lang, decl.includingDeductions ? 'countRuleIncluding' : 'countRuleExcluding');
    // An outline's counts for the levels below it stand for the subtree it does not write yet.
    const standing = isItem(owner) && isOutline(owner) ? levelsBelow(owner.kind) : [];
    for (const entry of decl.entries as CountEntry[]) {
        if (standing.includes(entry.level)) continue;
        const expected = wholeNumber(entry.value);
        if (expected === undefined) continue;
        const found = actual.total[entry.level];
        const atLeast = actual.open.has(entry.level);
        if (atLeast ? BigInt(found) <= expected : BigInt(found) === expected) continue;
        const args: RuleArgs<'count-mismatch'> = { scope: scope.replace(/^./, c => c.toUpperCase()), expected: entry.value, actual: found, level: word(lang, entry.level), rule };
        if (atLeast) args.atLeast = 'yes';
        if (actual.outlined[entry.level] > 0) args.outlined = actual.outlined[entry.level];
        // The quick fix sets the count to the figure only when it is exact.
        report('count-mismatch', { node: entry, property: 'value' }, args, atLeast ? {} : { actual: found });
    }
}

export const countChecks: ChecksFor = {
    CriteriaSet: (set, report, lang) => {
        const decl = set.counts[0];
        // A set without domains has only its header: the outline note says so (checks/outlines.ts).
        if (!decl || set.items.length === 0) return;
        checkCounts(set, decl, countSetWithOutlines(set, decl.includingDeductions), report, lang);
    },
    // A group without items has only its counts, standing for the criteria not written yet (analysis.ts).
    DeductionGroup: (group, report, lang) => {
        const decl = group.counts[0];
        if (decl && group.items.length > 0) checkCounts(group, decl, countWithOutlines(group.items), report, lang);
    },
    Item: (item, report, lang) => {
        const decl = item.counts[0];
        if (decl) checkCounts(item, decl, countWithOutlines(item.children), report, lang);
    },
};
