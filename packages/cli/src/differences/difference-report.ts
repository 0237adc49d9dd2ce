/**
 * The differences written out: Markdown for review, JSON for other tools. Columns and cells come
 * from one place (differenceColumns, differenceCells), which the DOCX and XLSX writers read too.
 */
import type { Lang } from '@chiso/language';
import { formatPoints, jsonPoints } from '@chiso/language/points';
import { markdownText } from '@chiso/language';
import type { Exact } from '../scoring/exact.js';
import type { DifferenceLine, UnitDifferences } from './difference-table.js';
import { signedPoints } from '../output/signed.js';
import { renderDifferenceText } from './difference-texts.js';

const COLUMNS = ['number', 'code', 'item', 'max', 'self', 'appraisal1', 'explanation', 'final', 'difference'] as const;
/** Columns holding points: right-aligned, numbers in a workbook. */
export const POINT_COLUMNS: ReadonlySet<number> = new Set([3, 4, 5, 7, 8]);

export function differenceColumns(lang: Lang): string[] {
    return COLUMNS.map(c => renderDifferenceText(lang, `differences-column-${c}`));
}

export function differenceCells(line: DifferenceLine, number: number, lang: Lang): string[] {
    const points = (value: Exact | undefined) => (value === undefined ? '' : formatPoints(value, lang === 'vi'));
    return [String(number), line.item.code, line.item.title, points(line.max), points(line.self), points(line.appraisal1), line.explanation ?? '', points(line.final), signedPoints(line.difference, lang)];
}

/** The points of a line's point columns, by column, for a workbook's numbers. */
export function differencePoints(line: DifferenceLine): ReadonlyMap<number, Exact> {
    const points = new Map<number, Exact>([[3, line.max], [4, line.self], [8, line.difference]]);
    if (line.appraisal1) points.set(5, line.appraisal1);
    if (line.final) points.set(7, line.final);
    return points;
}

export function unitHeading(unit: UnitDifferences, lang: Lang): string {
    return renderDifferenceText(lang, 'differences-unit', { unit: unit.name ? `${unit.name} (${unit.unit})` : unit.unit, count: unit.lines.length });
}

function differenceMarkdown(units: readonly UnitDifferences[], lang: Lang): string {
    const lines = [`# ${markdownText(renderDifferenceText(lang, 'differences-heading'))}`, ''];
    const columns = differenceColumns(lang);
    for (const unit of units) {
        lines.push(`## ${markdownText(unitHeading(unit, lang))}`, '');
        if (unit.lines.length === 0) {
            lines.push(renderDifferenceText(lang, 'differences-none'), '');
            continue;
        }
        lines.push(`| ${columns.join(' | ')} |`, `|${columns.map((_, i) => (POINT_COLUMNS.has(i) ? ' ---: ' : ' --- ')).join('|')}|`);
        unit.lines.forEach((line, i) => lines.push(`| ${differenceCells(line, i + 1, lang).map(markdownText).join(' | ')} |`));
        lines.push('');
    }
    return lines.join('\n');
}

function differenceJson(units: readonly UnitDifferences[]): string {
    const points = (value: Exact | undefined) => (value === undefined ? null : jsonPoints(value));
    return JSON.stringify({
        units: units.map(unit => ({
            unit: unit.unit,
            name: unit.name,
            differences: unit.lines.map(line => ({
                code: line.item.code,
                title: line.item.title,
                maxPoints: jsonPoints(line.max),
                self: jsonPoints(line.self),
                appraisal1: points(line.appraisal1),
                explanation: line.explanation ?? null,
                final: points(line.final),
                difference: jsonPoints(line.difference),
            })),
        })),
    }, null, 2);
}

export function differenceReport(units: readonly UnitDifferences[], format: 'md' | 'json', lang: Lang): string {
    return format === 'json' ? differenceJson(units) : differenceMarkdown(units, lang);
}
