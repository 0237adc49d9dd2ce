/**
 * The JSON contract scoring engines load (schema: packages/cli/schema/criteria-set.schema.json).
 * Numbers are exact: a point value is a JSON number when a short decimal states it exactly
 * (0.25, 33.3), else a reduced fraction string ("10/3"). Scoring rules are data.
 */
import type { Agency, Band, Condition, CriteriaSet, Decision, Expression, Item, Rule, Split, SourceKind } from '../generated/ast.js';
import { isBandRule, isBinaryExpression, isChoiceRule, isDeductRule, isFormulaRule, isFunctionCall, isInputRef, isNumberLiteral, isProportionalRule, isTierRule } from '../generated/ast.js';
import { countSet, declaredTotal, domainsSum, partialSum, pointsUnknown, setPointsBySource } from '../model/analysis.js';
import { jsonPoints, numberValue, parsePoints, ZERO, type Exact, type JsonPoints } from '../model/points.js';
import { levelsBelow, outlineCounts } from '../model/outline.js';
import { effectiveSource } from '../model/sources.js';
import { allItems, fullCode, maxOf, minOf } from '../model/tree.js';
import { conditionInterval } from '../model/bands.js';
import { FORMAT_VERSION, SCHEMA_ID } from './format-version.js';

export { FORMAT_VERSION, SCHEMA_ID };

export interface CompiledDecision { readonly number: string; readonly date: string | null }
export interface CompiledAgency { readonly id: string; readonly title: string }

export interface CompiledSplitPart {
    readonly sources: readonly SourceKind[];
    readonly points: JsonPoints;
    readonly optional: boolean;
}

export interface CompiledCounts {
    readonly domains: number;
    readonly criteria: number;
    readonly components: number;
}

export interface DeclaredCounts {
    readonly domains: number | null;
    readonly criteria: number | null;
    readonly components: number | null;
    readonly includingDeductions: boolean;
}

export interface CompiledSource {
    readonly kind: SourceKind;
    /** The survey's id for survey-sourced items, the assessing agency's id (if named) for specialist ones. */
    readonly survey: string | null;
    readonly agency: string | null;
    /** True when the item takes its source from an ancestor. */
    readonly inherited: boolean;
}

export interface Bound { readonly value: JsonPoints; readonly inclusive: boolean }

export type CompiledRule =
    | { readonly kind: 'bands' | 'tiers'; readonly label: string | null; readonly scale: 'percent' | 'count'; readonly bands: readonly { readonly lower: Bound | null; readonly upper: Bound | null; readonly points: JsonPoints }[] }
    | { readonly kind: 'choice'; readonly label: string | null; readonly options: readonly { readonly name: string | null; readonly title: string; readonly points: JsonPoints }[] }
    | { readonly kind: 'deduct'; readonly perViolation: JsonPoints; readonly unit: string; readonly floor: JsonPoints }
    | { readonly kind: 'proportional'; readonly label: string | null }
    | {
        readonly kind: 'formula';
        readonly inputs: readonly { readonly name: string; readonly title: string | null; readonly min: JsonPoints; readonly max: JsonPoints | null }[];
        readonly constraints: readonly { readonly left: CompiledExpression; readonly op: '<=' | '>=' | '='; readonly right: CompiledExpression }[];
        readonly result: CompiledExpression;
    };

export type CompiledExpression =
    | { readonly type: 'number'; readonly value: JsonPoints }
    | { readonly type: 'input'; readonly name: string }
    | { readonly type: 'binary'; readonly op: '+' | '-' | '*' | '/'; readonly left: CompiledExpression; readonly right: CompiledExpression }
    | { readonly type: 'call'; readonly fn: 'min' | 'max'; readonly args: readonly CompiledExpression[] };

export interface CompiledClass { readonly lower: Bound | null; readonly upper: Bound | null; readonly title: string }

export interface CompiledItem {
    readonly code: string;
    readonly kind: 'domain' | 'criterion' | 'component';
    readonly title: string;
    /** null only on an outline whose points were not published or decided yet (since 1.2). */
    readonly maxPoints: JsonPoints | null;
    readonly minPoints: JsonPoints;
    readonly source: CompiledSource;
    readonly scoring: CompiledRule | null;
    readonly evidence: readonly string[];
    readonly lead: readonly string[];
    readonly coordinating: readonly string[];
    readonly notes: readonly string[];
    readonly declaredSplit: readonly CompiledSplitPart[] | null;
    readonly declaredCounts: DeclaredCounts | null;
    readonly children: readonly CompiledItem[];
    /** Only when the set exempts units from the item (since 1.5): their agency ids; not assigned, it is left out of their max. */
    readonly exempt?: readonly string[];
    /** Only on an outline (since 1.1): the counts it declares for the levels below it, still to write. */
    readonly outline?: CompiledOutline;
}

export interface CompiledOutline {
    readonly criteria?: number | null;
    readonly components?: number | null;
}

export interface CompiledDeductionGroup {
    readonly title: string;
    readonly maxPoints: JsonPoints | null;
    readonly notes: readonly string[];
    readonly items: readonly CompiledItem[];
}

export interface CompiledSurvey {
    readonly id: string;
    readonly title: string;
    readonly conductedBy: string | null;
    readonly period: { readonly from: string; readonly to: string } | null;
    readonly questionsPerRespondent: number | null;
    readonly samples: readonly { readonly title: string | null; readonly total: number; readonly groups: readonly { readonly title: string; readonly size: number }[] }[];
    readonly notes: readonly string[];
}

export interface CompiledSet {
    /** SCHEMA_ID: the schema this document follows. */
    readonly $schema: string;
    readonly formatVersion: string;
    readonly set: {
        readonly id: string;
        readonly title: string;
        readonly level: string | null;
        readonly year: number | null;
        readonly decision: CompiledDecision | null;
        readonly issuer: string | null;
        readonly replaces: readonly CompiledDecision[];
        readonly total: JsonPoints;
        readonly split: readonly CompiledSplitPart[];
        readonly declaredCounts: DeclaredCounts | null;
        readonly unranked: readonly string[];
        /** Since 1.4: the classes of the published results, as bands over the published index (%). */
        readonly classes?: readonly CompiledClass[];
        /** Since 1.4: decimal places of the published index; null when the set declares none (readers publish 2). */
        readonly rounding?: number | null;
        readonly notes: readonly string[];
    };
    readonly items: readonly CompiledItem[];
    readonly deductions: readonly CompiledDeductionGroup[];
    readonly surveys: readonly CompiledSurvey[];
    readonly agencies: readonly CompiledAgency[];
    readonly totals: {
        readonly maxPoints: JsonPoints;
        readonly bySource: { readonly appraisal: JsonPoints; readonly survey: JsonPoints; readonly specialist: JsonPoints };
        readonly counts: CompiledCounts;
        /**
         * Only when some outlines' points are not known (since 1.2): how many. `maxPoints` and
         * `bySource` then add up the known points only, and the set cannot be scored.
         */
        readonly pointsUnknown?: number;
    };
}

function points(text: string | undefined, fallback: Exact = ZERO): JsonPoints {
    return jsonPoints(parsePoints(text) ?? fallback);
}

function decision(d: Decision): CompiledDecision {
    return { number: d.number, date: d.date ?? null };
}

function split(s: Split | undefined): CompiledSplitPart[] | null {
    if (!s) return null;
    return s.entries.map(entry => ({ sources: [...new Set(entry.kinds)], points: points(entry.points), optional: entry.optional }));
}

function declaredCounts(decl: { entries: { level: string; value: string }[]; includingDeductions: boolean } | undefined): DeclaredCounts | null {
    if (!decl) return null;
    const get = (level: string) => {
        const entry = decl.entries.find(e => e.level === level);
        return entry ? Number.parseInt(entry.value, 10) : null;
    };
    return { domains: get('domains'), criteria: get('criteria'), components: get('components'), includingDeductions: decl.includingDeductions };
}

function rule(r: Rule, item: Item): CompiledRule {
    if (isBandRule(r) || isTierRule(r)) {
        const scale = isBandRule(r) ? 'percent' as const : 'count' as const;
        return { kind: isBandRule(r) ? 'bands' : 'tiers', label: r.label ?? null, scale, bands: r.bands.map(band) };
    }
    if (isChoiceRule(r)) {
        return { kind: 'choice', label: r.label ?? null, options: r.options.map(o => ({ name: o.name ?? null, title: o.title, points: points(o.points) })) };
    }
    if (isDeductRule(r)) {
        return { kind: 'deduct', perViolation: points(r.amount), unit: r.unit, floor: points(r.floor, minOf(item) ?? ZERO) };
    }
    if (isProportionalRule(r)) return { kind: 'proportional', label: r.label ?? null };
    if (isFormulaRule(r)) {
        return {
            kind: 'formula',
            inputs: r.inputs.map(i => ({ name: i.name, title: i.title ?? null, min: points(i.min), max: i.max === undefined ? null : points(i.max) })),
            constraints: r.constraints.map(c => ({ left: expression(c.left), op: c.op, right: expression(c.right) })),
            result: expression(r.result),
        };
    }
    throw new Error(`unknown rule ${(r as Rule).$type}`);
}

function bounds(condition: Condition): { lower: Bound | null; upper: Bound | null } {
    const interval = conditionInterval(condition);
    return {
        lower: interval.lower === undefined ? null : { value: jsonPoints(interval.lower), inclusive: interval.lowerInclusive },
        upper: interval.upper === undefined ? null : { value: jsonPoints(interval.upper), inclusive: interval.upperInclusive },
    };
}

function band(b: Band): { lower: Bound | null; upper: Bound | null; points: JsonPoints } {
    return { ...bounds(b.condition), points: points(b.points) };
}

function expression(e: Expression): CompiledExpression {
    if (isNumberLiteral(e)) return { type: 'number', value: jsonPoints(numberValue(e.value)) };
    if (isInputRef(e)) return { type: 'input', name: e.input.$refText };
    if (isFunctionCall(e)) return { type: 'call', fn: e.fn, args: e.args.map(expression) };
    if (isBinaryExpression(e)) return { type: 'binary', op: e.op, left: expression(e.left), right: expression(e.right) };
    throw new Error(`unknown expression ${(e as Expression).$type}`);
}

function source(item: Item): CompiledSource {
    const s = effectiveSource(item);
    return {
        kind: s.kind,
        survey: s.kind === 'survey' ? s.surveyName ?? null : null,
        agency: s.kind === 'specialist' ? s.clause?.by?.$refText ?? null : null,
        inherited: s.declaredOn !== undefined && s.declaredOn !== item,
    };
}

function compileItem(item: Item): CompiledItem {
    return {
        code: fullCode(item),
        kind: item.kind,
        title: item.title,
        maxPoints: pointsUnknown(item) ? null : jsonPoints(maxOf(item) ?? ZERO),
        minPoints: jsonPoints(minOf(item) ?? ZERO),
        source: source(item),
        scoring: item.scorings[0] ? rule(item.scorings[0].rule, item) : null,
        evidence: [...item.evidence],
        lead: item.lead.map(ref => ref.$refText),
        coordinating: item.coordinating.map(ref => ref.$refText),
        notes: [...item.notes],
        declaredSplit: split(item.splits[0]),
        declaredCounts: declaredCounts(item.counts[0]),
        children: item.children.map(compileItem),
        ...(item.exempt.length > 0 && { exempt: item.exempt.map(ref => ref.$refText) }),
        ...outline(item),
    };
}

/** An outline's `outline` field: each level below it, null where it declares no count. */
function outline(item: Item): { outline?: CompiledOutline } {
    const counts = outlineCounts(item);
    if (!counts) return {};
    return { outline: Object.fromEntries(levelsBelow(item.kind).map(level => [level, counts[level] ?? null])) };
}

/**
 * Compiles a criteria set that has no errors. Surveys and agencies are those the set refers
 * to (resolved across the folder), in order of first use.
 */
export function compileSet(set: CriteriaSet): CompiledSet {
    const agencies = new Map<string, Agency>();
    const surveys = new Map<string, CompiledSurvey>();
    const useAgency = (ref: { ref?: Agency; $refText: string } | undefined) => {
        if (ref?.ref && !agencies.has(ref.ref.name)) agencies.set(ref.ref.name, ref.ref);
        return ref?.$refText ?? null;
    };
    const walk = (item: Item) => {
        item.lead.forEach(useAgency);
        item.coordinating.forEach(useAgency);
        item.exempt.forEach(useAgency);
        const clause = item.sources[0];
        if (clause?.kind === 'specialist') useAgency(clause.by);
        const survey = clause?.kind === 'survey' ? clause.survey?.ref : undefined;
        if (survey && !surveys.has(survey.name)) {
            surveys.set(survey.name, {
                id: survey.name,
                title: survey.title,
                conductedBy: useAgency(survey.conductedBy[0]),
                period: survey.periods[0] ? { from: survey.periods[0].from, to: survey.periods[0].to } : null,
                questionsPerRespondent: survey.questions[0] ? Number.parseInt(survey.questions[0], 10) : null,
                samples: survey.samples.map(s => ({
                    title: s.title ?? null,
                    total: Number.parseInt(s.total, 10),
                    groups: s.groups.map(g => ({ title: g.title, size: Number.parseInt(g.size, 10) })),
                })),
                notes: [...survey.notes],
            });
        }
        item.children.forEach(walk);
    };
    set.unranked.forEach(useAgency);
    set.items.forEach(walk);
    set.deductions.forEach(group => group.items.forEach(walk));

    const counts = set.counts[0];
    // An outline without a source clause says `appraisal` in its `source`, as every such leaf does, and
    // counts so here unless its own split says where its points come from (model/analysis.ts).
    const bySource = setPointsBySource(set);
    const known = partialSum(set.items);
    const unknown = [...allItems(set)].filter(pointsUnknown).length;
    return {
        $schema: SCHEMA_ID,
        formatVersion: FORMAT_VERSION,
        set: {
            id: set.name,
            title: set.title,
            level: set.levels[0] ?? null,
            year: set.years[0] ? Number.parseInt(set.years[0], 10) : null,
            decision: set.decisions[0] ? decision(set.decisions[0]) : null,
            issuer: set.issuers[0] ?? null,
            replaces: set.replaces.map(decision),
            total: jsonPoints(declaredTotal(set) ?? ZERO),
            split: split(set.splits[0]) ?? [],
            declaredCounts: declaredCounts(counts),
            unranked: set.unranked.map(ref => ref.$refText),
            classes: (set.classes[0]?.bands ?? []).map(c => ({ ...bounds(c.condition), title: c.title })),
            rounding: set.roundings[0] === undefined ? null : Number.parseInt(set.roundings[0], 10),
            notes: [...set.notes],
        },
        items: set.items.map(compileItem),
        deductions: set.deductions.map(group => ({
            title: group.title,
            maxPoints: group.max === undefined ? null : points(group.max),
            notes: [...group.notes],
            items: group.items.map(compileItem),
        })),
        surveys: [...surveys.values()],
        agencies: [...agencies.values()].map(a => ({ id: a.name, title: a.title })),
        totals: {
            maxPoints: jsonPoints(known?.known ?? domainsSum(set) ?? ZERO),
            bySource: { appraisal: jsonPoints(bySource.appraisal.add(bySource.outlined)), survey: jsonPoints(bySource.survey), specialist: jsonPoints(bySource.specialist) },
            counts: countSet(set, counts?.includingDeductions ?? false),
            ...(unknown > 0 ? { pointsUnknown: unknown } : {}),
        },
    };
}

/** Canonical text: two-space indentation and a final newline, identical across runs. */
export function serializeCompiledSet(compiled: CompiledSet): string {
    return JSON.stringify(compiled, null, 2) + '\n';
}
