/** A change as it reads: +1, −0,5, 0 (a true minus sign, as the plans print it). */
import { formatPoints } from '@chiso/language/points';
import type { Lang } from '@chiso/language';
import type { Exact } from '../scoring/exact.js';

export function signed(value: Exact, text: (magnitude: Exact) => string): string {
    const magnitude = text(value.abs());
    return value.equals(0) ? magnitude : value.s < 0 ? `−${magnitude}` : `+${magnitude}`;
}

/** Points as a change in the language's number format: +1, −0,5. */
export function signedPoints(value: Exact, lang: Lang): string {
    return signed(value, v => formatPoints(v, lang === 'vi'));
}
