/** Pieces several messages share. */
import type { Arg, Texts } from './texts.js';

/** A message may open with an argument (`tiêu chí 1.1 …`): its first letter is written as a capital. */
export function upperFirst(text: string): string {
    return text.replace(/^./, c => c.toUpperCase());
}

/** English nouns after a number: `1 point`, `0.5 points`, `2 points`. */
export function en(count: string, singular: string, plural = `${singular}s`): string {
    return `${count} ${count === '1' ? singular : plural}`;
}

/**
 * The sentence a sum mismatch ends with, naming the likely mistyped figure (model/likely-typos.ts):
 * `typos` is how many explain the difference; one is named by `suspect`, `written`, `intended`,
 * several are listed in `suspects`. No sentence where the check looked for none.
 */
export interface TypoArgs {
    typos?: Arg;
    suspect?: Arg;
    written?: Arg;
    intended?: Arg;
    suspects?: Arg;
}

export function typoSentenceVi(a: Texts<TypoArgs>): string {
    if (a.typos === undefined) return '';
    if (a.typos === '0') return ' Không có một số gõ nhầm nào giải thích được chênh lệch.';
    if (a.typos === '1') return ` Có lẽ điểm tối đa của ${a.suspect} là ${a.intended} chứ không phải ${a.written}.`;
    return ` Có thể một trong các số sau bị gõ nhầm: ${a.suspects}.`;
}

export function typoSentenceEn(a: Texts<TypoArgs>): string {
    if (a.typos === undefined) return '';
    if (a.typos === '0') return ' No single mistyped figure explains the difference.';
    if (a.typos === '1') return ` ${upperFirst(a.suspect ?? '')}'s ${a.written} is probably ${a.intended}.`;
    return ` One of these figures may be mistyped: ${a.suspects}.`;
}

/** A figure that outlines make a bound: `ít nhất 40` / `at least 40`. */
export const BOUND_VI: Record<string, string> = { min: 'ít nhất ', max: 'nhiều nhất ' };
export const BOUND_EN: Record<string, string> = { min: 'at least ', max: 'at most ' };
