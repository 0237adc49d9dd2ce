/**
 * What hovers, inlay hints and symbols print about items: codes and labels that survive partial
 * trees, a sum against what was declared, points by source against a split. The figures come
 * from model/analysis.ts, the same cached sums the checks report on.
 */
import type { CriteriaSet, Item, SourceKind, Split } from '../generated/ast.js';
import { word, type Lang } from '../i18n/index.js';
import { setPointsBySource, type PointsBySource } from '../model/analysis.js';
import { formatPoints, parsePoints, sum, ZERO, type Exact } from '../model/points.js';
import { fullCode, parentItem } from '../model/tree.js';

const SOURCE_KINDS: readonly SourceKind[] = ['appraisal', 'survey', 'specialist'];
const SHORT_WORDS = { appraisal: 'appraisalShort', survey: 'surveyShort', specialist: 'specialistShort' } as const;

export function points(lang: Lang, value: Exact): string {
    return formatPoints(value, lang === 'vi');
}

/** The full code; while an ancestor's code is missing (a document being typed) the code as written. */
export function codeOf(item: Item): string {
    for (let node: Item | undefined = item; node; node = parentItem(node)) {
        if (node.code === undefined) return item.code ?? '?';
    }
    return fullCode(item);
}

/** `tiêu chí 1.1` / `criterion 1.1`. */
export function labelOf(lang: Lang, item: Item): string {
    return `${word(lang, item.kind)} ${codeOf(item)}`;
}

/** Authors' text inside Markdown hovers: `(*)` marks and underscores stay as written. */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

export function capitalized(text: string): string {
    return text.replace(/^./, c => c.toUpperCase());
}

/**
 * `7.5`, or `7,5 ≠ 8` when the figure is not what was declared; `open` points (outlines of unknown
 * source) may add to the figure, so only a declaration outside [actual, actual + open] differs;
 * `unbounded` (outlines whose points are not known) leaves only a declaration below the figure.
 */
export function againstDeclared(lang: Lang, actual: Exact, declared: Exact | undefined, open: Exact | 'unbounded' = ZERO): string {
    const differs = declared && (declared.compare(actual) < 0 || (open !== 'unbounded' && declared.compare(actual.add(open)) > 0));
    return differs ? `${points(lang, actual)} ≠ ${points(lang, declared)}` : points(lang, actual);
}

/** Points the tree takes from some sources, and what a split declares for them. */
export interface SourcePart {
    readonly kinds: readonly SourceKind[];
    readonly actual: Exact;
    readonly declared?: Exact;
    /** Points of outlines of unknown source, which may belong to these sources too; unbounded beside outlines without points. */
    readonly open?: Exact | 'unbounded';
}

/**
 * The parts of the declared split, each with the points the tree takes from its sources; without
 * a split, every source that gives points.
 */
export function sourceParts(bySource: PointsBySource, split: Split | undefined): SourcePart[] {
    if (split) {
        return split.entries.filter(entry => entry.kinds.length > 0).map(entry => {
            const kinds = [...new Set(entry.kinds)];
            return { kinds, actual: sum(kinds.map(kind => bySource[kind])), declared: parsePoints(entry.points), open: bySource.unknown > 0 ? 'unbounded' as const : bySource.outlined };
        });
    }
    return SOURCE_KINDS.filter(kind => !bySource[kind].equals(ZERO)).map(kind => ({ kinds: [kind], actual: bySource[kind] }));
}

/** A set's parts by source; without a split, a single source (every set has one) is not worth the room. */
export function setSourceParts(set: CriteriaSet): SourcePart[] {
    const bySource = setPointsBySource(set);
    if (!bySource.complete) return [];
    const parts = sourceParts(bySource, set.splits[0]);
    return !set.splits[0] && parts.length === 1 ? [] : parts;
}

/**
 * `thẩm định 66 · ĐTXHH 32 ≠ 34`, then the points of outlines of unknown source if any
 * (`dàn ý chưa rõ nguồn 20`); `short` names the sources as inlay hints do.
 */
export function sourcePartsText(lang: Lang, parts: readonly SourcePart[], short: boolean, outlined: Exact = ZERO): string {
    const name = (kind: SourceKind) => word(lang, short ? SHORT_WORDS[kind] : kind);
    const texts = parts.map(part => `${part.kinds.map(name).join(' + ')} ${againstDeclared(lang, part.actual, part.declared, part.open)}`);
    if (!outlined.equals(ZERO)) texts.push(`${word(lang, 'outlinedSource')} ${points(lang, outlined)}`);
    return texts.join(' · ');
}
