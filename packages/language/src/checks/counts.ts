/** Declared counts ("8 lĩnh vực, 34 tiêu chí, 99 tiêu chí thành phần") against the tree. */
import type { CountEntry, Counts as CountsDecl, CriteriaSet, Item } from '../generated/ast.js';
import { isCriteriaSet } from '../generated/ast.js';
import type { Lang } from '../i18n/messages.js';
import { word } from '../i18n/messages.js';
import { countItems, countSet, type TreeCounts } from '../model/analysis.js';
import { wholeNumber } from '../model/points.js';
import { itemLabel } from '../model/tree.js';
import type { ChecksFor, Report } from './report.js';

function checkCounts(owner: CriteriaSet | Item, decl: CountsDecl, actual: TreeCounts, report: Report, lang: Lang): void {
    const scope = isCriteriaSet(owner) ? word(lang, 'set') : itemLabel(lang, owner);
    const rule = word(lang, decl.includingDeductions ? 'countRuleIncluding' : 'countRuleExcluding');
    for (const entry of decl.entries as CountEntry[]) {
        const expected = wholeNumber(entry.value);
        const found = actual[entry.level];
        if (expected === undefined || BigInt(found) === expected) continue;
        report('count-mismatch', { node: entry, property: 'value' },
            { scope: scope.replace(/^./, c => c.toUpperCase()), expected: entry.value, actual: found, level: word(lang, entry.level), rule },
            { actual: found });
    }
}

export const countChecks: ChecksFor = {
    CriteriaSet: (set, report, lang) => {
        const decl = set.counts[0];
        if (decl) checkCounts(set, decl, countSet(set, decl.includingDeductions), report, lang);
    },
    Item: (item, report, lang) => {
        const decl = item.counts[0];
        if (decl) checkCounts(item, decl, countItems(item.children), report, lang);
    },
};
