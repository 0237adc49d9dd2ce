/**
 * The task table written out: Markdown for review, JSON for other tools. The columns and their
 * cells come from one place (taskCells), which the DOCX and XLSX writers read too.
 */
import type { Lang } from '@chiso/language';
import { formatPoints, jsonPoints } from '@chiso/language/points';
import { markdownText } from '@chiso/language';
import { signedPoints } from '../output/signed.js';
import type { RegainedLine, TaskLine, TaskPart, TaskTable } from './task-table.js';
import { renderTaskText } from './task-texts.js';

const COLUMNS = ['number', 'item', 'lost', 'lead', 'coordinating', 'evidence', 'requirement', 'deadline'] as const;

/** The columns, with the year before's after the points lost when the table has it. */
export function taskColumns(table: TaskTable, lang: Lang): string[] {
    const columns = COLUMNS.map(c => renderTaskText(lang, `tasks-column-${c}`));
    if (table.withPrevious) columns.splice(3, 0, renderTaskText(lang, 'tasks-column-previous'));
    return columns;
}

/** The item's code and title, with its code the year before when it was re-coded. */
function itemCell(line: { item: TaskLine['item']; previousCode?: string }, lang: Lang): string {
    const { code, title } = line.item;
    return line.previousCode === undefined ? `${code} ${title}` : renderTaskText(lang, 'tasks-item-recoded', { code, was: line.previousCode, title });
}

/** A line's cells, in taskColumns' order; lists one entry a line; the deadline left for the officer. */
export function taskCells(line: TaskLine, number: number, lang: Lang): string[][] {
    const cells = [[String(number)], [itemCell(line, lang)], [formatPoints(line.lost, lang === 'vi')], [...line.lead], [...line.coordinating], [...line.evidence], [...line.requirement], []];
    if (line.previousLost !== undefined) cells.splice(3, 0, [line.previousLost === null ? renderTaskText(lang, 'tasks-new-item') : renderTaskText(lang, 'tasks-change', { previous: line.previousLost, change: signedPoints(line.lost.sub(line.previousLost), lang) })]);
    return cells;
}

export function partHeading(part: TaskPart, lang: Lang): string {
    return renderTaskText(lang, `tasks-part-${part.source}`, { max: part.max, achieved: part.achieved, lost: part.lost });
}

export function domainHeading(part: TaskPart, group: TaskPart['groups'][number], lang: Lang): string {
    const heading = renderTaskText(lang, 'tasks-domain', { source: part.source, code: group.domain.code, title: group.domain.title, max: group.max, achieved: group.achieved, lost: group.lost });
    const previous = group.previousLost;
    return previous === undefined || previous === null ? heading : heading + renderTaskText(lang, 'tasks-domain-change', { previous, change: signedPoints(group.lost.sub(previous), lang) });
}

/** The regained items' table: number, item, what it lost the year before. */
export function regainedColumns(lang: Lang): string[] {
    return [renderTaskText(lang, 'tasks-column-number'), renderTaskText(lang, 'tasks-column-item'), renderTaskText(lang, 'tasks-column-previous-lost')];
}

export function regainedCells(line: RegainedLine, number: number, lang: Lang): string[] {
    return [String(number), itemCell(line, lang), formatPoints(line.previousLost, lang === 'vi')];
}

export function taskHeading(table: TaskTable, lang: Lang): string {
    return renderTaskText(lang, 'tasks-heading', { unit: table.name ? `${table.name} (${table.unit})` : table.unit });
}

function taskMarkdown(table: TaskTable, lang: Lang): string {
    const lines = [`# ${markdownText(taskHeading(table, lang))}`, ''];
    const columns = taskColumns(table, lang);
    for (const part of table.parts) {
        lines.push(`## ${markdownText(partHeading(part, lang))}`, '');
        if (part.groups.length === 0) lines.push(renderTaskText(lang, 'tasks-none'), '');
        let number = 0;
        for (const group of part.groups) {
            lines.push(`### ${markdownText(domainHeading(part, group, lang))}`, '');
            lines.push(`| ${columns.join(' | ')} |`, `|${columns.map((_, i) => (i === 2 ? ' ---: ' : ' --- ')).join('|')}|`);
            for (const line of group.lines) lines.push(`| ${taskCells(line, ++number, lang).map(cell => cell.map(markdownText).join('<br>')).join(' | ')} |`);
            lines.push('');
        }
    }
    if (table.regained.length > 0) {
        const regained = regainedColumns(lang);
        lines.push(`## ${markdownText(renderTaskText(lang, 'tasks-regained'))}`, '', `| ${regained.join(' | ')} |`, '| --- | --- | ---: |');
        table.regained.forEach((line, i) => lines.push(`| ${regainedCells(line, i + 1, lang).map(markdownText).join(' | ')} |`));
    }
    return lines.join('\n');
}

function taskJson(table: TaskTable): string {
    const figures = (x: { max: TaskLine['max']; achieved: TaskLine['achieved']; lost: TaskLine['lost'] }) => ({ maxPoints: jsonPoints(x.max), achieved: jsonPoints(x.achieved), lost: jsonPoints(x.lost) });
    return JSON.stringify({
        unit: table.unit,
        name: table.name,
        withPrevious: table.withPrevious,
        parts: table.parts.map(part => ({
            source: part.source,
            ...figures(part),
            domains: part.groups.map(group => ({
                code: group.domain.code,
                title: group.domain.title,
                ...figures(group),
                ...(group.previousLost !== undefined && { previousLost: group.previousLost && jsonPoints(group.previousLost), change: group.previousLost && jsonPoints(group.lost.sub(group.previousLost)) }),
                tasks: group.lines.map(line => ({
                    code: line.item.code,
                    title: line.item.title,
                    ...figures(line),
                    lead: line.lead,
                    coordinating: line.coordinating,
                    evidence: line.evidence,
                    requirement: line.requirement,
                    ...(line.previousLost !== undefined && { previousLost: line.previousLost && jsonPoints(line.previousLost), change: line.previousLost && jsonPoints(line.lost.sub(line.previousLost)) }),
                    ...(line.previousCode !== undefined && { previousCode: line.previousCode }),
                    deadline: null,
                })),
            })),
        })),
        ...(table.withPrevious && { regained: table.regained.map(line => ({ code: line.item.code, ...(line.previousCode !== undefined && { previousCode: line.previousCode }), title: line.item.title, previousLost: jsonPoints(line.previousLost) })) }),
    }, null, 2);
}

export function taskReport(table: TaskTable, format: 'md' | 'json', lang: Lang): string {
    return format === 'json' ? taskJson(table) : taskMarkdown(table, lang);
}
