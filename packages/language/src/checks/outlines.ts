/**
 * A set published with its header only (total, split, counts, no domains yet) gets one note saying
 * what remains to write, in place of the total, split and count errors an empty tree would raise.
 */
import { outlineStatus, remainingText } from '../model/outline-status.js';
import type { ChecksFor } from './report.js';

export const outlineChecks: ChecksFor = {
    CriteriaSet: (set, report, lang) => {
        if (set.items.length > 0 || set.name === undefined) return;
        const status = outlineStatus(set);
        if (!status) return;
        report('set-outline', { node: set, property: 'name' }, { remaining: remainingText(lang, status.remaining) });
    },
};
