/**
 * Numbers as officers write them. A comma between digits is a decimal mark (`0,5`), so where a
 * comma could also have been meant to separate (`[80,100%)`, `min(1,5)`) the reading is stated
 * rather than silently taken. Whole numbers are exact, and a field with a real range says when
 * one is out of it, so the compiled JSON never holds an integer a reader's double cannot.
 */
import { GrammarUtils, type AstNode } from 'langium';
import type { FunctionCall, Interval } from '../generated/ast.js';
import { isNumberLiteral } from '../generated/ast.js';
import { word, type Lang, type WORDS } from '../i18n/index.js';
import { hasDecimalComma, wholeNumber } from '../model/points.js';
import type { ChecksFor, Report } from './report.js';

/** Whether each comma the node itself is written with (not its children's) is followed by a space. */
function separatorsSpaced(node: AstNode): boolean {
    const cst = node.$cstNode;
    if (!cst) return true;
    const text = cst.root.fullText;
    return GrammarUtils.findNodesForKeyword(cst, ',').every(comma => /\s/.test(text.charAt(comma.end)));
}

/** `[80,100%)` has one bound, the decimal 80,100: almost surely `[80%, 100%)` was meant. */
function checkInterval(interval: Interval, report: Report, lang: Lang): void {
    const lower = interval.lower?.value;
    if (interval.upper || !hasDecimalComma(lower)) return;
    const percent = interval.lower.percent ? '%' : '';
    const [from, to] = lower.split(',');
    const suggested = `${interval.lowerBracket}${from}${percent}, ${to}${percent}${interval.upperBracket}`;
    report('decimal-comma-ambiguous', { node: interval.lower }, {
        written: interval.$cstNode?.text ?? '', number: lower, what: word(lang, 'bounds'), suggested,
    }, { suggested });
}

/**
 * `min(1,5)` is a call with the one argument 1,5; `max(a,1,5)` has the arguments a and 1,5. Both
 * are reported: whoever writes commas without spaces may mean either. `max(a, 1,5)` is clear.
 */
function checkCall(call: FunctionCall, report: Report, lang: Lang): void {
    if (call.args.length > 1 && separatorsSpaced(call)) return;
    const written = call.$cstNode?.text ?? '';
    const suggested = written.replace(/,(?=\S)/g, ', ');
    for (const arg of call.args) {
        if (isNumberLiteral(arg) && hasDecimalComma(arg.value)) {
            report('decimal-comma-ambiguous', { node: arg }, { written, number: arg.value, what: word(lang, 'arguments'), suggested }, { suggested });
        }
    }
}

const MAX_JSON_INTEGER = BigInt(Number.MAX_SAFE_INTEGER);

/** A whole number within [min, max]; the message shows it as written. */
function checkRange(node: AstNode, property: string, text: string | undefined, field: keyof typeof WORDS, min: bigint, max: bigint, report: Report, lang: Lang, index?: number): void {
    const value = wholeNumber(text);
    if (value === undefined || (value >= min && value <= max)) return;
    report('number-range', { node, property: property as never, index }, {
        text: text!, side: value > max ? 'above' : 'below', field: word(lang, field), min: String(min), max: String(max),
    });
}

export const numberChecks: ChecksFor = {
    Interval: checkInterval,
    FunctionCall: checkCall,
    CriteriaSet: (set, report, lang) => set.years.forEach((year, i) => checkRange(set, 'years', year, 'yearField', 1000n, 9999n, report, lang, i)),
    Survey: (survey, report, lang) => survey.questions.forEach((count, i) => checkRange(survey, 'questions', count, 'questionsField', 0n, MAX_JSON_INTEGER, report, lang, i)),
    Sample: (sample, report, lang) => checkRange(sample, 'total', sample.total, 'respondentsField', 0n, MAX_JSON_INTEGER, report, lang),
    RespondentGroup: (group, report, lang) => checkRange(group, 'size', group.size, 'respondentsField', 0n, MAX_JSON_INTEGER, report, lang),
    CountEntry: (entry, report, lang) => checkRange(entry, 'value', entry.value, 'countField', 0n, MAX_JSON_INTEGER, report, lang),
};
