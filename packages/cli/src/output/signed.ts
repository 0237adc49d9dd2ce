/** A change as it reads: +1, −0,5, 0 (a true minus sign, as the plans print it). */
import type { Exact } from '../scoring/exact.js';

export function signed(value: Exact, text: (magnitude: Exact) => string): string {
    const magnitude = text(value.abs());
    return value.equals(0) ? magnitude : value.s < 0 ? `−${magnitude}` : `+${magnitude}`;
}
