/**
 * Likely typos: when written values do not add up to what they must, the single value whose
 * plausible slip of the pen explains the difference exactly (`1.25` for `12.5`, `10.05` for
 * `10.5`, `31` for `13`). Telling the drafter which figure is wrong beats moving the total.
 * No Langium dependency: checks pass the written point texts.
 */
import { parsePoints, sum, type Exact } from './points.js';

const MAX_DIGITS = 24;

export interface Suspect {
    /** Position of the value among those given. */
    index: number;
    /** The value as written. */
    written: string;
    /** The spelling that makes the sum exact, with the author's decimal mark. */
    intended: string;
}

/**
 * The values whose single slip — decimal point moved one place, inserted or removed; two adjacent
 * digits swapped; one digit dropped or doubled — makes them add up to `expected`. Empty when none
 * does (or they already add up); several when more than one value could be the mistyped one.
 */
export function likelyTypos(written: readonly string[], expected: Exact): Suspect[] {
    const values = written.map(parsePoints);
    if (values.some(v => v === undefined)) return [];
    const total = sum(values as Exact[]);
    if (total.equals(expected)) return [];
    const mark = decimalMark(written);
    const suspects: Suspect[] = [];
    written.forEach((text, index) => {
        const intended = slipTo(text, expected.sub(total).add(values[index]!), mark);
        if (intended !== undefined) suspects.push({ index, written: text, intended });
    });
    return suspects;
}

/** The mark a correction is written with where its value has none: the comma when any of the figures uses it. */
export function decimalMark(written: readonly string[]): string {
    return written.some(text => /\d,\d/.test(text)) ? ',' : '.';
}

/** Of the spellings one slip away from `text` that equal `needed` (`10.0`, `10`), the plainest; undefined when none does. */
export function slipTo(text: string, needed: Exact, mark = '.'): string | undefined {
    if (needed.compare(0) < 0) return undefined;
    return slips(text, mark).filter(candidate => parsePoints(candidate)?.equals(needed)).sort((a, b) => a.length - b.length)[0];
}

/**
 * The spellings one plausible slip away from a decimal text; none for fractions (`10/3`).
 *
 * Decimal commas: the lexer reads a comma between digits as the decimal mark, as it reads a point,
 * so `12,5` retyped as `12.5` is the same value and no slip. The retyping slips that change the
 * value are covered by the moves of the mark below: a spreadsheet or form in an English locale
 * takes the comma for a thousands separator and drops it (`12,5` → `125`, `1,25` → `125`: the mark
 * inserted anywhere in a value written without one), and the comma typed one digit off (`1,25`
 * for `12,5`). A point read as the Vietnamese thousands separator (`1.250` for 1250) is not
 * looked for: no point value reaches a thousand.
 */
export function slips(text: string, defaultMark = '.'): string[] {
    const match = /^(\d+)(?:([.,])(\d+))?$/.exec(text.trim());
    // No one types a point value of dozens of digits; respelling one would cost quadratic time on every keystroke.
    if (!match || text.length > MAX_DIGITS) return [];
    const [, whole, writtenMark, fraction = ''] = match;
    const mark = writtenMark ?? defaultMark;
    const digits = whole + fraction;
    const point = whole.length;
    const spell = (ds: string, at: number) => tidy(at >= ds.length ? ds : `${ds.slice(0, at)}${mark}${ds.slice(at)}`, mark);
    const candidates: string[] = [];
    // The decimal point moved one place either way, inserted anywhere, or removed.
    for (let at = 1; at <= digits.length; at++) {
        if (at === point) continue;
        if (writtenMark === undefined || Math.abs(at - point) === 1 || at === digits.length) candidates.push(spell(digits, at));
    }
    for (let i = 0; i + 1 < digits.length; i++) {
        if (digits[i] !== digits[i + 1]) candidates.push(spell(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2), point));
    }
    for (let i = 0; i < digits.length; i++) {
        if (digits.length > 1) candidates.push(spell(digits.slice(0, i) + digits.slice(i + 1), i < point ? point - 1 : point));
        candidates.push(spell(digits.slice(0, i) + digits[i] + digits.slice(i), i < point ? point + 1 : point));
    }
    return [...new Set(candidates)].filter(candidate => candidate !== text && parsePoints(candidate) !== undefined);
}

/** Leading zeros and a trailing bare mark dropped: `05` → `5`, `0.5` stays, `12.` → `12`. */
function tidy(text: string, mark: string): string {
    const [whole, fraction] = text.split(mark);
    const cleanWhole = whole.replace(/^0+(?=\d)/, '');
    return fraction === undefined || fraction === '' ? cleanWhole : `${cleanWhole}${mark}${fraction}`;
}
