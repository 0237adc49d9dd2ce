/**
 * What changed between two versions of a criteria set, for the appraisal council: items added,
 * removed, renamed (same code, similar or otherwise unchanged item) and moved (new code, similar
 * title), max-point changes, source reclassification, scoring-rule changes (band boundaries
 * included), units exempted or assigned again, and changes to the set's title, decision, the decisions it replaces, year, level,
 * declared total, split, counts, classes and rounding — each described in the report's language.
 */
import { distance } from 'fastest-levenshtein';
import { classWords, ruleWords, word, type CompiledDecision, type CompiledItem, type CompiledSet, type Lang } from '@chiso/language';
import { renderDiffText } from './diff-texts.js';
import { formatPoints } from '@chiso/language/points';
import { fromJson, ZERO, type Exact } from '../scoring/exact.js';

export interface ItemRef {
    readonly code: string;
    readonly kind: CompiledItem['kind'];
    readonly title: string;
    /** null on an outline whose points were not published. */
    readonly maxPoints: number | string | null;
}

export type Change =
    | { readonly type: 'added' | 'removed'; readonly item: ItemRef }
    | { readonly type: 'renamed'; readonly item: ItemRef; readonly from: string; readonly to: string }
    | { readonly type: 'moved'; readonly item: ItemRef; readonly from: string; readonly to: string }
    | { readonly type: 'max'; readonly item: ItemRef; readonly from: number | string | null; readonly to: number | string | null }
    | { readonly type: 'source'; readonly item: ItemRef; readonly from: string; readonly to: string }
    | { readonly type: 'scoring'; readonly item: ItemRef; readonly from: readonly string[]; readonly to: readonly string[] }
    /** Units newly exempt from the item (not assigned it), and units assigned it again. */
    | { readonly type: 'exempt'; readonly item: ItemRef; readonly added: readonly string[]; readonly removed: readonly string[] }
    | { readonly type: 'set'; readonly field: SetField; readonly from: string; readonly to: string };

const SET_FIELDS = ['title', 'decision', 'replaces', 'year', 'level', 'total', 'split', 'counts', 'classes', 'rounding'] as const;
export type SetField = typeof SET_FIELDS[number];

/** Where a set does not add up: its domains against its total, an item's children against its max, a deduction group's items below its max. */
export type SumProblem =
    | { readonly kind: 'total'; readonly sum: string; readonly max: string }
    | { readonly kind: 'item'; readonly item: ItemRef; readonly sum: string; readonly max: string }
    | { readonly kind: 'deductions'; readonly title: string; readonly sum: string; readonly max: string };

interface Entry {
    readonly item: CompiledItem;
    readonly ref: ItemRef;
    readonly scoring: readonly string[];
    readonly source: string;
}

/** Titles compared in NFC, case- and space-insensitively: 1 for equal, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
    const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    const x = norm(a), y = norm(b);
    if (x === y) return 1;
    return 1 - distance(x, y) / Math.max(x.length, y.length, 1);
}

const RENAME_THRESHOLD = 0.3;
const MOVE_THRESHOLD = 0.8;

function entries(compiled: CompiledSet, lang: Lang): Entry[] {
    const result: Entry[] = [];
    // In a deduction group an item's rule is worded as points taken off, as in the annex.
    const walk = (item: CompiledItem, inDeductionGroup = false) => {
        result.push({
            item,
            ref: { code: item.code, kind: item.kind, title: item.title, maxPoints: item.maxPoints },
            scoring: item.scoring ? ruleWords(item.scoring, lang, inDeductionGroup ? item.maxPoints ?? undefined : undefined) : [],
            source: item.source.kind === 'survey' ? `survey:${item.source.survey}` : item.source.kind === 'specialist' ? `specialist:${item.source.agency ?? ''}` : 'appraisal',
        });
        item.children.forEach(child => walk(child, inDeductionGroup));
    };
    compiled.items.forEach(item => walk(item));
    compiled.deductions.forEach(group => group.items.forEach(item => walk(item, true)));
    return result;
}

const samePoints = (a: number | string | null, b: number | string | null) => (a === null || b === null ? a === b : fromJson(a).equals(fromJson(b)));

/** A set-level field as the council reads it, in the report's language ('' when the set does not say). */
function describe(set: CompiledSet['set'], field: SetField, lang: Lang): string {
    const points = (value: number | string) => formatPoints(fromJson(value), lang === 'vi');
    const decision = (d: CompiledDecision) => renderDiffText(lang, 'decision', { number: d.number, date: d.date ? (lang === 'vi' ? d.date.split('-').reverse().join('/') : d.date) : '' });
    switch (field) {
        case 'title': return set.title;
        case 'decision': return set.decision ? decision(set.decision) : '';
        case 'replaces': return set.replaces.map(decision).join('; ');
        case 'year': return set.year === null ? '' : String(set.year);
        case 'level': return set.level ? renderDiffText(lang, `level-${set.level}` as 'level-other') : '';
        case 'total': return points(set.total);
        case 'split': {
            const short = { appraisal: 'appraisalShort', survey: 'surveyShort', specialist: 'specialistShort' } as const;
            return set.split.map(p => `${p.sources.map(kind => word(lang, short[kind])).join(' + ')} ${points(p.points)}${p.optional ? ` ${renderDiffText(lang, 'optional')}` : ''}`).join(', ');
        }
        case 'counts': {
            const c = set.declaredCounts;
            return c ? `${c.domains ?? '–'} / ${c.criteria ?? '–'} / ${c.components ?? '–'}${c.includingDeductions ? ` ${renderDiffText(lang, 'including-deductions')}` : ''}` : '';
        }
        case 'classes': return classWords(set.classes ?? [], lang).join('; ');
        case 'rounding': return set.rounding == null ? '' : String(set.rounding);
    }
}

/** Where the set does not add up (a draft can be compared; the council should know it is one). */
export function sumProblems(compiled: CompiledSet, lang: Lang): SumProblem[] {
    const problems: SumProblem[] = [];
    // Outlines whose points were not published leave no sum exact: nothing certain to warn about.
    if (compiled.totals.pointsUnknown !== undefined) return problems;
    const points = (value: Exact) => formatPoints(value, lang === 'vi');
    const known = (value: CompiledItem['maxPoints']) => value === null ? ZERO : fromJson(value);
    const sum = (items: readonly CompiledItem[]) => items.reduce((total, item) => total.add(known(item.maxPoints)), ZERO);
    const domains = sum(compiled.items), total = fromJson(compiled.set.total);
    if (!domains.equals(total)) problems.push({ kind: 'total', sum: points(domains), max: points(total) });
    const walk = (item: CompiledItem) => {
        const children = sum(item.children), max = known(item.maxPoints);
        if (item.children.length > 0 && !children.equals(max)) {
            problems.push({ kind: 'item', item: { code: item.code, kind: item.kind, title: item.title, maxPoints: item.maxPoints }, sum: points(children), max: points(max) });
        }
        item.children.forEach(walk);
    };
    compiled.items.forEach(walk);
    for (const group of compiled.deductions) {
        group.items.forEach(walk);
        // Below its items' sum a group's max is a cap; above it, it can never be reached.
        const items = sum(group.items);
        if (group.maxPoints !== null && items.compare(fromJson(group.maxPoints)) < 0) {
            problems.push({ kind: 'deductions', title: group.title, sum: points(items), max: points(fromJson(group.maxPoints)) });
        }
    }
    return problems;
}

/** Two versions' items paired as `diff` pairs them; those of either left unpaired (removed, added). */
interface Matching<T> {
    readonly pairs: readonly (readonly [T, T])[];
    readonly removed: readonly T[];
    readonly added: readonly T[];
}

/**
 * Items paired by code (a renamed item keeps its code: a similar title, or otherwise unchanged),
 * then items whose code changed by the most similar remaining title. Removed items come in the
 * earlier version's order, added ones in the later's.
 */
function matchEntries(old: readonly Entry[], next: readonly Entry[]): Matching<Entry> {
    const pairs: [Entry, Entry][] = [];
    const unmatchedNew = new Set(next);
    const byCode = new Map(next.map(e => [e.ref.code, e]));
    const unmatchedOld: Entry[] = [];
    for (const o of old) {
        const n = byCode.get(o.ref.code);
        const unchangedOtherwise = n && samePoints(o.ref.maxPoints, n.ref.maxPoints) && o.scoring.join('\n') === n.scoring.join('\n');
        if (n && n.ref.kind === o.ref.kind && (similarity(o.ref.title, n.ref.title) >= RENAME_THRESHOLD || unchangedOtherwise)) {
            pairs.push([o, n]);
            unmatchedNew.delete(n);
        } else {
            unmatchedOld.push(o);
        }
    }
    // Items whose code changed: pair by the most similar remaining title.
    const candidates = unmatchedOld.flatMap(o => [...unmatchedNew].filter(n => n.ref.kind === o.ref.kind).map(n => ({ o, n, score: similarity(o.ref.title, n.ref.title) })))
        .filter(c => c.score >= MOVE_THRESHOLD)
        .sort((a, b) => b.score - a.score);
    const movedOld = new Set<Entry>();
    for (const { o, n } of candidates) {
        if (movedOld.has(o) || !unmatchedNew.has(n)) continue;
        movedOld.add(o);
        unmatchedNew.delete(n);
        pairs.push([o, n]);
    }
    return { pairs, removed: unmatchedOld.filter(o => !movedOld.has(o)), added: next.filter(n => unmatchedNew.has(n)) };
}

/** The items of two versions of a set matched as `chiso diff` matches them (year over year, last year's losses). */
export function matchItems(before: CompiledSet, after: CompiledSet): Matching<CompiledItem> {
    // The rules' words only decide whether an item is otherwise unchanged: any language will do.
    const { pairs, removed, added } = matchEntries(entries(before, 'en'), entries(after, 'en'));
    return { pairs: pairs.map(([o, n]) => [o.item, n.item] as const), removed: removed.map(o => o.item), added: added.map(n => n.item) };
}

export function diffSets(before: CompiledSet, after: CompiledSet, lang: Lang): Change[] {
    const changes: Change[] = [];
    for (const field of SET_FIELDS) {
        const from = describe(before.set, field, lang), to = describe(after.set, field, lang);
        if (field === 'total' ? !samePoints(before.set.total, after.set.total) : from !== to) changes.push({ type: 'set', field, from, to });
    }

    const old = entries(before, lang), next = entries(after, lang);
    const { pairs, removed, added } = matchEntries(old, next);
    for (const [o, n] of pairs) if (o.ref.code !== n.ref.code) changes.push({ type: 'moved', item: n.ref, from: o.ref.code, to: n.ref.code });
    for (const o of removed) changes.push({ type: 'removed', item: o.ref });
    for (const n of added) changes.push({ type: 'added', item: n.ref });

    for (const [o, n] of pairs) {
        if (o.ref.title.normalize('NFC') !== n.ref.title.normalize('NFC')) changes.push({ type: 'renamed', item: n.ref, from: o.ref.title, to: n.ref.title });
        if (!samePoints(o.ref.maxPoints, n.ref.maxPoints)) changes.push({ type: 'max', item: n.ref, from: o.ref.maxPoints, to: n.ref.maxPoints });
        if (o.source !== n.source) changes.push({ type: 'source', item: n.ref, from: o.source, to: n.source });
        if (o.scoring.join('\n') !== n.scoring.join('\n')) {
            changes.push({ type: 'scoring', item: n.ref, from: o.scoring.filter(l => !n.scoring.includes(l)), to: n.scoring.filter(l => !o.scoring.includes(l)) });
        }
        const before = o.item.exempt ?? [], after = n.item.exempt ?? [];
        const exempted = after.filter(u => !before.includes(u)), assigned = before.filter(u => !after.includes(u));
        if (exempted.length > 0 || assigned.length > 0) changes.push({ type: 'exempt', item: n.ref, added: exempted, removed: assigned });
    }
    // Set-level changes first, then items in code order (1.2 before 1.10).
    const key = (c: Change) => (c.type === 'set' ? [] : c.item.code.split('.').map(part => (/^\d+$/.test(part) ? Number(part) : part)));
    return changes.map((c, i) => ({ c, i })).sort((a, b) => compareCodes(key(a.c), key(b.c)) || a.i - b.i).map(x => x.c);
}

function compareCodes(a: (number | string)[], b: (number | string)[]): number {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (a[i] === undefined) return -1;
        if (b[i] === undefined) return 1;
        if (a[i] !== b[i]) return typeof a[i] === 'number' && typeof b[i] === 'number' ? (a[i] as number) - (b[i] as number) : String(a[i]).localeCompare(String(b[i]), 'vi');
    }
    return 0;
}
