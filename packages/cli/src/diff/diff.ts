/**
 * What changed between two versions of a criteria set, for the appraisal council: items added,
 * removed, renamed (same code, similar or otherwise unchanged item) and moved (new code, similar
 * title), max-point changes, source reclassification, scoring-rule changes (band boundaries
 * included), and changes to the declared total, split and counts.
 */
import { distance } from 'fastest-levenshtein';
import { ruleWords, type CompiledItem, type CompiledSet, type Lang } from '@chiso/language';
import { fromJson } from '../scoring/exact.js';

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
    | { readonly type: 'set'; readonly field: 'total' | 'split' | 'counts'; readonly from: string; readonly to: string };

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
    const walk = (item: CompiledItem) => {
        result.push({
            item,
            ref: { code: item.code, kind: item.kind, title: item.title, maxPoints: item.maxPoints },
            scoring: item.scoring ? ruleWords(item.scoring, lang) : [],
            source: item.source.kind === 'survey' ? `survey:${item.source.survey}` : item.source.kind === 'specialist' ? `specialist:${item.source.agency ?? ''}` : 'appraisal',
        });
        item.children.forEach(walk);
    };
    compiled.items.forEach(walk);
    compiled.deductions.forEach(group => group.items.forEach(walk));
    return result;
}

const samePoints = (a: number | string | null, b: number | string | null) => (a === null || b === null ? a === b : fromJson(a).equals(fromJson(b)));

export function diffSets(before: CompiledSet, after: CompiledSet, lang: Lang): Change[] {
    const changes: Change[] = [];
    const describe = (set: CompiledSet, field: 'total' | 'split' | 'counts'): string => {
        if (field === 'total') return String(set.set.total);
        if (field === 'split') return set.set.split.map(p => `${p.sources.join(' + ')} ${p.points}${p.optional ? ' optional' : ''}`).join(', ');
        const c = set.set.declaredCounts;
        return c ? `${c.domains ?? '–'} / ${c.criteria ?? '–'} / ${c.components ?? '–'}${c.includingDeductions ? ' (including deductions)' : ''}` : '';
    };
    for (const field of ['total', 'split', 'counts'] as const) {
        const from = describe(before, field), to = describe(after, field);
        if (field === 'total' ? !samePoints(before.set.total, after.set.total) : from !== to) changes.push({ type: 'set', field, from, to });
    }

    const old = entries(before, lang), next = entries(after, lang);
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
        changes.push({ type: 'moved', item: n.ref, from: o.ref.code, to: n.ref.code });
        pairs.push([o, n]);
    }
    for (const o of unmatchedOld) if (!movedOld.has(o)) changes.push({ type: 'removed', item: o.ref });
    for (const n of next) if (unmatchedNew.has(n)) changes.push({ type: 'added', item: n.ref });

    for (const [o, n] of pairs) {
        if (o.ref.title.normalize('NFC') !== n.ref.title.normalize('NFC')) changes.push({ type: 'renamed', item: n.ref, from: o.ref.title, to: n.ref.title });
        if (!samePoints(o.ref.maxPoints, n.ref.maxPoints)) changes.push({ type: 'max', item: n.ref, from: o.ref.maxPoints, to: n.ref.maxPoints });
        if (o.source !== n.source) changes.push({ type: 'source', item: n.ref, from: o.source, to: n.source });
        if (o.scoring.join('\n') !== n.scoring.join('\n')) {
            changes.push({ type: 'scoring', item: n.ref, from: o.scoring.filter(l => !n.scoring.includes(l)), to: n.scoring.filter(l => !o.scoring.includes(l)) });
        }
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
