/** `chiso diff` output: sentences (text, Markdown) a council member can read, or JSON for tools. */
import { formatPoints } from '@chiso/language/points';
import { markdownText, word, type Lang } from '@chiso/language';
import { renderDiffText } from '../diff/diff-texts.js';
import type { Change, ItemRef, SumProblem } from '../diff/diff.js';
import { fromJson } from '../scoring/exact.js';

/** `—` for an outline whose points were not published. */
function points(value: number | string | null, lang: Lang): string {
    return value === null ? '—' : formatPoints(fromJson(value), lang === 'vi');
}

function itemLabel(item: ItemRef, lang: Lang): string {
    return `${word(lang, item.kind)} ${item.code}`;
}

function sourceText(source: string, lang: Lang): string {
    const [kind, detail] = source.split(':') as ['appraisal' | 'survey' | 'specialist', string | undefined];
    return detail ? `${word(lang, kind)} (${detail})` : word(lang, kind);
}

/** Points published where they were not count as raised, withdrawn ones as lowered. */
function maxRaised(from: number | string | null, to: number | string | null): boolean {
    if (from === null || to === null) return from === null;
    return fromJson(to).compare(fromJson(from)) > 0;
}

export function changeSentence(change: Change, lang: Lang): string {
    if (change.type === 'set') return renderDiffText(lang, `set-${change.field}`, { from: change.from || renderDiffText(lang, 'nothing'), to: change.to || renderDiffText(lang, 'nothing') });
    const label = itemLabel(change.item, lang);
    const args = { item: label, Item: label.charAt(0).toUpperCase() + label.slice(1), title: change.item.title, points: points(change.item.maxPoints, lang) };
    switch (change.type) {
        case 'added': case 'removed': return renderDiffText(lang, change.type, args);
        case 'renamed': case 'moved': return renderDiffText(lang, change.type, { ...args, from: change.from, to: change.to });
        case 'max': return renderDiffText(lang, maxRaised(change.from, change.to) ? 'max-up' : 'max-down', { ...args, from: points(change.from, lang), to: points(change.to, lang) });
        case 'source': return renderDiffText(lang, 'source', { ...args, from: sourceText(change.from, lang), to: sourceText(change.to, lang) });
        case 'exempt': return [
            change.added.length > 0 && renderDiffText(lang, 'exempt-added', { ...args, units: change.added.join(', ') }),
            change.removed.length > 0 && renderDiffText(lang, 'exempt-removed', { ...args, units: change.removed.join(', ') }),
        ].filter(Boolean).join(' ');
        case 'scoring': {
            const list = (lines: readonly string[]) => (lines.length > 0 ? lines.map(l => `«${l}»`).join('; ') : renderDiffText(lang, 'nothing'));
            return renderDiffText(lang, 'scoring', { ...args, from: list(change.from), to: list(change.to) });
        }
    }
}

function sumProblemText(problem: SumProblem, lang: Lang): string {
    switch (problem.kind) {
        case 'total': return renderDiffText(lang, 'sum-total', problem);
        case 'item': return renderDiffText(lang, 'sum-item', { ...problem, item: itemLabel(problem.item, lang) });
        case 'deductions': return renderDiffText(lang, 'sum-deductions', problem);
    }
}

/** The changes as sentences, after a warning when the later version does not add up. */
export function diffText(changes: readonly Change[], notAddingUp: readonly SumProblem[], before: string, after: string, lang: Lang, markdown: boolean): string {
    const title = renderDiffText(lang, 'title', { before, after });
    const warning = notAddingUp.length > 0 ? [renderDiffText(lang, 'not-adding-up', { after, list: notAddingUp.map(p => sumProblemText(p, lang)).join('; ') })] : [];
    // In Markdown, a title's HTML or link syntax is shown, never rendered.
    const lines = changes.map(c => (markdown ? `- ${markdownText(changeSentence(c, lang))}` : `  ${changeSentence(c, lang)}`));
    if (lines.length === 0) lines.push(`${markdown ? '' : '  '}${renderDiffText(lang, 'none')}`);
    return [markdown ? `## ${markdownText(title)}` : title, '', ...warning.flatMap(w => [markdown ? markdownText(w) : w, '']), ...lines].join('\n');
}
