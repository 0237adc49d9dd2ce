/**
 * A band's or tier's condition in words, as decisions print them: `từ 80% đến dưới 100%`,
 * `dưới 70%`, `từ 2 trở lên`, `100%`. Shared by the hover (from the syntax tree) and the annex
 * (from the compiled contract), so both say exactly the same thing.
 */
import type { Interval, Scale } from '../model/bands.js';
import { formatPoints, type Exact } from '../model/points.js';
import { renderEditorText, type Lang } from './index.js';

export function intervalText(lang: Lang, interval: Interval, scale: Scale): string {
    const quantity = (value: Exact) => formatPoints(value, lang === 'vi') + (scale === 'percent' ? '%' : '');
    const { lower, upper } = interval;
    if (lower && upper) {
        if (lower.equals(upper)) return quantity(lower);
        return renderEditorText(lang, 'band-between', {
            lower: quantity(lower), lowerInclusive: interval.lowerInclusive ? 'yes' : 'no',
            upper: quantity(upper), upperInclusive: interval.upperInclusive ? 'yes' : 'no',
        });
    }
    if (lower) return renderEditorText(lang, interval.lowerInclusive ? 'band-from' : 'band-above', { value: quantity(lower) });
    if (upper) return renderEditorText(lang, interval.upperInclusive ? 'band-up-to' : 'band-below', { value: quantity(upper) });
    return '?';
}
