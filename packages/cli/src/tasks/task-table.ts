/**
 * Lost points become tasks: a scored unit's items below their max, grouped by source (appraisal
 * and survey apart, as Kế hoạch 119/KH-UBND Tỉnh Biên 2017 lists them) and by domain, each line
 * with who leads it, who coordinates, its evidence and what the rule's best outcome asks for.
 * Exact throughout: every figure is a fraction, summed from the scorer's own `lost` per item.
 */
import { ruleWords, type CompiledItem, type CompiledRule, type CompiledSet, type Lang, type SourceKind } from '@chiso/language';
import type { Exact } from '../scoring/exact.js';
import { fromJson, ZERO } from '../scoring/exact.js';
import { matchItems } from '../diff/diff.js';
import type { ScoreReport, UnitScore } from '../scoring/score.js';
import { knownMax, SetItems, SOURCES } from '../scoring/set-items.js';

export interface TaskLine {
    readonly item: CompiledItem;
    readonly max: Exact;
    readonly achieved: Exact;
    readonly lost: Exact;
    /** Agency titles; the nearest item up the tree that names any (a component inherits its criterion's). */
    readonly lead: readonly string[];
    readonly coordinating: readonly string[];
    readonly evidence: readonly string[];
    /** The rule's best outcome in words (empty without a rule). */
    readonly requirement: readonly string[];
    /**
     * With the year before's results: the points lost then on the item matched to this one
     * (0 when none), or null for an item new this year.
     */
    readonly previousLost?: Exact | null;
    /** With the year before's set: the matched item's code there, when it differs. */
    readonly previousCode?: string;
}

/** An item at its max this year that lost points the year before (regained). */
export interface RegainedLine {
    readonly item: CompiledItem;
    readonly previousLost: Exact;
    readonly previousCode?: string;
}

/** One domain's lost points from one source: "tổng điểm 36 điểm: … thẩm định 33 điểm, mất 3 điểm". */
export interface TaskGroup {
    readonly domain: CompiledItem;
    /** The domain's points from this source. */
    readonly max: Exact;
    readonly achieved: Exact;
    readonly lost: Exact;
    /** With the year before's results: what the domain matched to this one lost then from this source (null: a new domain). */
    readonly previousLost?: Exact | null;
    /** Largest loss first, set order among equals. */
    readonly lines: readonly TaskLine[];
}

export interface TaskPart {
    readonly source: SourceKind;
    readonly max: Exact;
    readonly achieved: Exact;
    readonly lost: Exact;
    /** In the set's order of domains; only domains that lost points. */
    readonly groups: readonly TaskGroup[];
}

export interface TaskTable {
    readonly unit: string;
    /** Whether the lines carry the year before's losses. */
    readonly withPrevious: boolean;
    readonly name: string | null;
    /** Appraisal, survey, specialist — only the sources the unit was assessed on. */
    readonly parts: readonly TaskPart[];
    /** With the year before's results: items lost then but not now, in the set's order. */
    readonly regained: readonly RegainedLine[];
}

const sum = (values: readonly Exact[]) => values.reduce((a, b) => a.add(b), ZERO);

/** The outcome(s) giving the most points, in words; a rule with no outcomes to choose from, whole. */
function bestOutcome(rule: CompiledRule, lang: Lang): string[] {
    const lines = ruleWords(rule, lang);
    const points = rule.kind === 'bands' || rule.kind === 'tiers' ? rule.bands.map(b => b.points) : rule.kind === 'choice' ? rule.options.map(o => o.points) : null;
    if (points === null) return lines;
    const best = points.map(fromJson).reduce((a, b) => (b.compare(a) > 0 ? b : a));
    return lines.filter((_, i) => fromJson(points[i]).equals(best));
}

/** The same unit scored on the year before's results, against the year before's set (the same set, unless given). */
export interface PreviousScore {
    readonly set: CompiledSet;
    readonly report: ScoreReport;
    readonly unit: UnitScore;
}

/**
 * The year before's losses where this year's set has them: per item matched to this year's (as
 * `chiso diff` matches items, so a re-coded item keeps its history), and per this year's domain
 * and source. Items of the year before with no match this year are left out.
 */
function lastYear(set: CompiledSet, previous: PreviousScore) {
    const { pairs } = matchItems(previous.set, set);
    const now = new Map(pairs.map(([o, n]) => [o, n]));
    const before = new SetItems(previous.set);
    const items = new Map<CompiledItem, Exact>();
    const domains = new Map<string, Exact>();
    for (const l of previous.report.figures(previous.unit).lost) {
        const lost = previous.report.scale.exact(l.lost);
        const item = now.get(l.item);
        if (item) items.set(item, lost);
        let k = before.byCode.get(l.item.code)!;
        while (before.parent[k] >= 0) k = before.parent[k];
        const domain = now.get(before.items[k]);
        if (domain) domains.set(`${l.item.source.kind} ${domain.code}`, (domains.get(`${l.item.source.kind} ${domain.code}`) ?? ZERO).add(lost));
    }
    // An item re-coded since: its code the year before.
    const codes = new Map(pairs.filter(([o, n]) => o.code !== n.code).map(([o, n]) => [n, o.code]));
    const recoded = (item: CompiledItem) => (codes.has(item) ? { previousCode: codes.get(item)! } : {});
    return { matched: new Set(now.values()), items, domains, recoded };
}

export function taskTable(set: CompiledSet, report: ScoreReport, unit: UnitScore, lang: Lang, previous?: PreviousScore): TaskTable {
    const items = new SetItems(set);
    const figures = report.figures(unit);
    const before = previous && lastYear(set, previous);
    const agencies = new Map([...set.agencies].reverse().map(a => [a.id, a.title]));
    const up = (k: number) => {
        const path: number[] = [];
        for (let i = k; i >= 0; i = items.parent[i]) path.push(i);
        return path;
    };
    const nearest = (k: number, field: 'lead' | 'coordinating' | 'evidence') => up(k).map(i => items.items[i][field]).find(list => list.length > 0) ?? [];
    const domainOf = (k: number) => up(k).at(-1)!;

    const lines = figures.lost.map(lost => {
        const k = items.byCode.get(lost.item.code)!;
        const line: TaskLine = {
            item: lost.item,
            max: report.scale.exact(lost.max),
            achieved: report.scale.exact(lost.achieved),
            lost: report.scale.exact(lost.lost),
            lead: nearest(k, 'lead').map(id => agencies.get(id) ?? id),
            coordinating: nearest(k, 'coordinating').map(id => agencies.get(id) ?? id),
            evidence: nearest(k, 'evidence'),
            requirement: lost.item.scoring ? bestOutcome(lost.item.scoring, lang) : [],
            ...(before && { previousLost: before.matched.has(lost.item) ? before.items.get(lost.item) ?? ZERO : null, ...before.recoded(lost.item) }),
        };
        return { k, line };
    });

    const parts: TaskPart[] = [];
    for (const source of SOURCES) {
        const leaves = items.scoredLeaves.filter(k => items.items[k].source.kind === source && !unit.notAssessed.leftOut[k]);
        if (leaves.length === 0) continue;
        const groups: TaskGroup[] = [];
        for (const domain of items.domains) {
            const mine = lines.filter(l => l.line.item.source.kind === source && domainOf(l.k) === domain);
            if (mine.length === 0) continue;
            const max = sum(leaves.filter(k => domainOf(k) === domain).map(k => fromJson(knownMax(items.items[k]))));
            const lost = sum(mine.map(l => l.line.lost));
            // figures.lost is largest first; equal losses keep the set's order.
            const ordered = mine.sort((a, b) => b.line.lost.compare(a.line.lost) || a.k - b.k).map(l => l.line);
            const previousLost = before && (before.matched.has(items.items[domain]) ? before.domains.get(`${source} ${items.items[domain].code}`) ?? ZERO : null);
            groups.push({ domain: items.items[domain], max, achieved: max.sub(lost), lost, ...(previousLost !== undefined && { previousLost }), lines: ordered });
        }
        const max = sum(leaves.map(k => fromJson(knownMax(items.items[k]))));
        const lost = sum(groups.map(g => g.lost));
        parts.push({ source, max, achieved: max.sub(lost), lost, groups });
    }
    // Lost the year before, not now: on a leaf of a part the unit was assessed on this year.
    const listed = new Set(lines.map(l => l.line.item));
    const regained = before ? items.scoredLeaves.filter(k => !unit.notAssessed.leftOut[k] && !listed.has(items.items[k]) && before.items.has(items.items[k])).map(k => ({ item: items.items[k], previousLost: before.items.get(items.items[k])!, ...before.recoded(items.items[k]) })) : [];
    return { unit: unit.unit, name: unit.name, withPrevious: previous !== undefined, parts, regained };
}
