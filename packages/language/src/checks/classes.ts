/**
 * A set's classes (bands over the published index) and its rounding. Classes are checked by the
 * score bands' analysis, with one difference: indices below the lowest class are not a gap. A
 * published set may classify only from 70 points (BNV 876/2022); below that a unit is unclassified.
 * A gap between two classes, or above the highest, is an error: a better unit would go unclassified.
 */
import type { AstNode } from 'langium';
import type { Classes, CriteriaSet } from '../generated/ast.js';
import { intervalText } from '../i18n/interval-text.js';
import type { Lang } from '../i18n/index.js';
import { belowLowest, conditionKey } from '../model/bands.js';
import { MAX_ROUNDING } from '../model/rounding.js';
import type { ChecksFor, Report } from './report.js';
import { coverageOf, lineOf, usableBands } from './rules.js';


function checkClasses(classes: Classes, report: Report, lang: Lang): void {
    if (classes.bands.length === 0) {
        report('classes-empty', { node: classes });
        return;
    }
    const seen = new Map<string, AstNode>();
    for (const band of classes.bands) {
        // A title left out by recovery from a syntax error repeats nothing.
        if (band.title === undefined) continue;
        const key = band.title.normalize('NFC').trim().toLowerCase();
        const earlier = seen.get(key);
        if (earlier) report('duplicate-class', { node: band, property: 'title' }, { title: band.title, line: lineOf(earlier) });
        else seen.set(key, band);
    }
    const { usable, malformed } = usableBands(classes.bands, 'percent', report);
    if (malformed || usable.length === 0) return;
    const intervals = usable.map(u => u.interval);
    const below = belowLowest(intervals);
    const findings = coverageOf(`classes|${usable.map(u => conditionKey(u.band.condition)).join('|')}`, below ? [...intervals, below] : intervals, 'percent');
    for (const finding of findings) {
        const range = intervalText(lang, finding.range, 'percent');
        if (finding.kind === 'gap') {
            report('class-gap', { node: classes }, { range }, { example: finding.example.toFraction() });
        } else {
            // Nothing overlaps what lies below the lowest class: both bands are classes.
            const [earlier, later] = finding.bands!;
            report('class-overlap', { node: usable[later].band.condition }, { line: lineOf(usable[earlier].band), range });
        }
    }
}

function checkRounding(set: CriteriaSet, report: Report): void {
    const places = set.roundings[0];
    if (places !== undefined && Number.parseInt(places, 10) > MAX_ROUNDING) {
        report('rounding-places', { node: set, property: 'roundings', index: 0 }, { places, max: String(MAX_ROUNDING) });
    }
}

export const classChecks: ChecksFor = {
    Classes: checkClasses,
    CriteriaSet: checkRounding,
};
