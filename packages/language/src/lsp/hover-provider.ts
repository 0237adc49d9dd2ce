/**
 * Hovers in the user's language: on an item's header (kind, code, title, max) its points, the
 * children's sum against its max, its share of the set's total, what an outline has still to
 * write, its source, the scoring rule in words, evidence and agencies; on sets, deduction groups,
 * surveys and agencies (declared or referred to) what an author checks them for.
 */
import type { AstNode, LangiumDocument, LangiumDocuments, LeafCstNode, Reference } from 'langium';
import { CstUtils, GrammarAST, GrammarUtils } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import type { ChisoServices } from './chiso-lsp-module.js';
import type { Agency, Classes, CriteriaSet, DeductionGroup, Document, Item, Survey } from '../generated/ast.js';
import { isAgency, isClasses, isCriteriaSet, isDeductionGroup, isItem, isSurvey } from '../generated/ast.js';
import { intervalText } from '../i18n/interval-text.js';
import { belowLowest, compareByPosition, conditionInterval, isIncomplete } from '../model/bands.js';
import { DEFAULT_ROUNDING } from '../model/rounding.js';
import type { ChisoLocale } from '../i18n/locale.js';
import { renderEditorText, word, type EditorTextArgs, type EditorTextCode, type Lang } from '../i18n/index.js';
import { childrenSum, declaredTotal, deductionGroupSum, domainsSum, itemPointsBySource, partialSum, pointsUnknown, respondentsSum, setPointsBySource } from '../model/analysis.js';
import { exact, parsePoints, sum, wholeNumber, ZERO, type Exact } from '../model/points.js';
import { isOutline, outlineCounts } from '../model/outline.js';
import { outlineText, setOutlineText } from '../model/outline-status.js';
import { effectiveSource, type EffectiveSource } from '../model/sources.js';
import { allItems, deductionGroupOf, isLeaf, maxOf, minOf, setOf } from '../model/tree.js';
import { folderOf } from '../references/folder-scope.js';
import { capitalized, escapeMarkdown, labelOf, points, sourceParts, sourcePartsText } from './figures.js';
import { ruleText } from './rule-text.js';
import { hasSyntaxErrors } from '../chiso-document-validator.js';

/** Properties and keywords of a declaration's header: hovering them describes the declaration. */
const HEADER_PROPERTIES: ReadonlySet<string> = new Set(['kind', 'code', 'title', 'max', 'min', 'name']);
const HEADER_KEYWORDS: ReadonlySet<string> = new Set(['set', 'survey', 'agency', 'deductions', 'max', 'min', 'classes']);

const HUNDRED = exact('100');

export class ChisoHoverProvider extends AstNodeHoverProvider {
    private readonly locale: ChisoLocale;
    private readonly documents: LangiumDocuments;

    constructor(services: ChisoServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /**
     * Langium's default hovers only names and references; items have neither, so a token of a
     * header stands for its declaration, and a reference (`lead SoNoiVu`) for its target.
     */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.end <= offset) return undefined;
        const target = this.references.findDeclarations(leaf)[0] ?? (isHeaderToken(leaf) ? leaf.astNode : undefined);
        const content = target && this.getAstNodeHoverContent(target);
        // The figures of a file with syntax errors may be off, and its checks wait (chiso-document-validator.ts).
        const value = content && hasSyntaxErrors(document) ? `${content}\n\n${renderEditorText(this.locale.lang, 'hover-syntax-errors')}` : content;
        return value ? { contents: { kind: MarkupKind.Markdown, value }, range: leaf.range } : undefined;
    }

    protected getAstNodeHoverContent(node: AstNode): string | undefined {
        const lang = this.locale.lang;
        let paragraphs: (string | undefined)[];
        if (isItem(node)) paragraphs = this.item(lang, node);
        else if (isDeductionGroup(node)) paragraphs = this.deductionGroup(lang, node);
        else if (isCriteriaSet(node)) paragraphs = this.set(lang, node);
        else if (isSurvey(node)) paragraphs = this.survey(lang, node);
        else if (isAgency(node)) paragraphs = this.agency(lang, node);
        else if (isClasses(node)) paragraphs = this.classes(lang, node);
        else return undefined;
        return paragraphs.filter(p => p).join('\n\n');
    }

    /** The classes from the highest down, in the decision's words, and what lies below the lowest: unclassified. */
    private classes(lang: Lang, classes: Classes): string[] {
        const bands = classes.bands
            .filter(band => !isIncomplete(band.condition) && band.title !== undefined)
            .map(band => ({ title: band.title, interval: conditionInterval(band.condition) }))
            .sort((a, b) => compareByPosition(b.interval, a.interval));
        const lines = bands.map(band => `- ${escapeMarkdown(band.title)}: ${intervalText(lang, band.interval, 'percent')}`);
        // What the check leaves unclassified (checks/classes.ts), when it holds any index.
        const below = belowLowest(bands.map(band => band.interval));
        if (below?.upper !== undefined && below.upper.compare(ZERO) > 0) {
            lines.push(`- ${renderEditorText(lang, 'hover-unclassified', { range: capitalized(intervalText(lang, below, 'percent')) })}`);
        }
        const places = classes.$container.roundings[0] ?? String(DEFAULT_ROUNDING);
        return [renderEditorText(lang, 'hover-classes', { places }), lines.join('\n')];
    }

    private item(lang: Lang, item: Item): (string | undefined)[] {
        const text = <C extends EditorTextCode>(key: C, ...args: EditorTextArgs<C>) => renderEditorText(lang, key, ...args);
        const max = maxOf(item);
        const min = minOf(item);
        const figures: string[] = [];
        if (max) figures.push(text('hover-max', min ? { max, min } : { max }));
        else if (pointsUnknown(item)) figures.push(text('hover-points-unknown'));
        const children = childrenSum(item);
        if (max && children) figures.push(text('hover-children-sum', { actual: children, max, mark: children.equals(max) ? '✓' : '✗' }));
        const partial = isLeaf(item) ? undefined : partialSum(item.children);
        if (max && partial && partial.unknown > 0) figures.push(text('hover-children-partial', { actual: partial.known, max, unknown: partial.unknown, mark: partial.known.compare(max) > 0 ? '✗' : '' }));
        if (deductionGroupOf(item)) {
            figures.push(text('hover-outside-total'));
        } else {
            const set = setOf(item);
            const total = set && declaredTotal(set);
            if (max && total && !total.equals(ZERO)) figures.push(text('hover-share', { share: percentText(lang, max.div(total).mul(HUNDRED)) }));
        }
        const rule = item.scorings[0]?.rule;
        const scoring = rule && ruleText(lang, rule, item);
        const outline = outlineCounts(item);
        return [
            heading(capitalized(labelOf(lang, item)), item.title),
            figures.join(' · '),
            outline && outlineText(lang, outline),
            ...this.sources(lang, item),
            scoring && [scoring.heading, ...scoring.lines.map(line => `- ${line}`)].join('\n'),
            listText(lang, 'hover-evidence', item.evidence),
            listText(lang, 'hover-lead', item.lead.map(ref => ref.ref?.title ?? ref.$refText)),
            listText(lang, 'hover-coordinating', item.coordinating.map(ref => ref.ref?.title ?? ref.$refText)),
            listText(lang, 'hover-exempt', exemptUnits(item).map(ref => ref.ref?.title ?? ref.$refText)),
            ...notes(lang, item.notes),
        ];
    }

    /**
     * Where the item's points come from, and the ancestor it inherits that from. A parent's own
     * (or inherited) source is only its children's default: its points by source say the rest,
     * and alone say it all when it has no source clause. So for an outline, whose children are
     * not written: without a clause its source is its own split, or not known yet.
     */
    private sources(lang: Lang, item: Item): (string | undefined)[] {
        const source = effectiveSource(item);
        const bySource = itemPointsBySource(item);
        const subtree = !isLeaf(item) || isOutline(item);
        const parts = !subtree || !bySource.complete ? [] : sourceParts(bySource, item.splits[0]);
        const byParts = parts.length > 0 || !bySource.outlined.equals(ZERO)
            ? renderEditorText(lang, 'hover-by-source', { parts: sourcePartsText(lang, parts, false, bySource.outlined) }) : undefined;
        if (subtree && !source.clause) return [byParts];
        return [this.source(lang, item, source), item.splits[0] || parts.length > 1 ? byParts : undefined];
    }

    private source(lang: Lang, item: Item, source: EffectiveSource): string {
        let what = word(lang, source.kind);
        if (source.kind === 'survey') {
            const survey = source.clause?.survey?.ref;
            what += ` ${escapeMarkdown(source.surveyName ?? '?')}${survey?.title ? ` (${escapeMarkdown(survey.title)})` : ''}`;
        } else if (source.kind === 'specialist') {
            const by = source.clause?.by?.ref;
            if (by?.title) what += ` (${escapeMarkdown(by.title)})`;
        }
        if (!source.clause) return renderEditorText(lang, 'hover-source-default', { source: what });
        const inherited = source.declaredOn && source.declaredOn !== item;
        return renderEditorText(lang, 'hover-source', inherited ? { source: what, from: labelOf(lang, source.declaredOn) } : { source: what });
    }

    private deductionGroup(lang: Lang, group: DeductionGroup): (string | undefined)[] {
        const max = parsePoints(group.max);
        const actual = deductionGroupSum(group);
        const figures = max ? [renderEditorText(lang, 'hover-max', { max })] : [];
        if (max && actual) figures.push(renderEditorText(lang, 'hover-children-sum', { actual, max, mark: actual.equals(max) ? '✓' : '✗' }));
        figures.push(renderEditorText(lang, 'hover-outside-total'));
        return [heading(capitalized(word(lang, 'deductions')), group.title), figures.join(' · '), ...notes(lang, group.notes)];
    }

    private set(lang: Lang, set: CriteriaSet): (string | undefined)[] {
        const decision = set.decisions[0];
        const total = declaredTotal(set);
        const actual = domainsSum(set);
        const partial = partialSum(set.items);
        const bySource = setPointsBySource(set);
        // Without domains there is nothing to compare the split with yet.
        const parts = bySource.complete && set.items.length > 0 ? sourceParts(bySource, set.splits[0]) : [];
        return [
            heading(declarationLabel(lang, 'setDecl', set.name), set.title),
            decision?.number ? renderEditorText(lang, 'hover-decision', decision.date ? { number: decision.number, date: decision.date } : { number: decision.number }) : undefined,
            total && actual && set.items.length > 0 ? renderEditorText(lang, 'hover-domains-sum', { actual, total, mark: actual.equals(total) ? '✓' : '✗' }) : undefined,
            total && partial && partial.unknown > 0 ? renderEditorText(lang, 'hover-domains-partial', { actual: partial.known, total, unknown: partial.unknown, mark: partial.known.compare(total) > 0 ? '✗' : '' }) : undefined,
            parts.length > 0 ? renderEditorText(lang, 'hover-by-source', { parts: sourcePartsText(lang, parts, false, bySource.outlined) }) : undefined,
            setOutlineText(lang, set),
            ...notes(lang, set.notes),
        ];
    }

    private survey(lang: Lang, survey: Survey): (string | undefined)[] {
        const conductor = survey.conductedBy[0];
        const period = survey.periods[0];
        const questions = survey.questions[0];
        const samples = survey.samples.map(sample => {
            const groups = sample.groups.map(group => `- ${escapeMarkdown(group.title ?? '?')}: ${group.size ?? '?'}`);
            const actual = respondentsSum(sample);
            const total = wholeNumber(sample.total);
            if (sample.groups.length > 0 && actual !== undefined && total !== undefined) {
                groups.push(`- ${renderEditorText(lang, 'hover-sample-groups', { actual: String(actual), total: sample.total, mark: actual === total ? '✓' : '✗' })}`);
            }
            const args: { total: string; title?: string } = { total: sample.total ?? '?' };
            if (sample.title) args.title = escapeMarkdown(sample.title);
            return [renderEditorText(lang, 'hover-sample', args), ...groups].join('\n');
        });
        return [
            heading(declarationLabel(lang, 'surveyDecl', survey.name), survey.title),
            conductor && renderEditorText(lang, 'hover-conducted-by', { agency: escapeMarkdown(conductor.ref?.title ?? conductor.$refText) }),
            period?.from && period.to ? renderEditorText(lang, 'hover-period', { from: period.from, to: period.to }) : undefined,
            questions !== undefined ? renderEditorText(lang, 'hover-questions', { count: questions }) : undefined,
            ...(samples.length > 0 ? samples : [renderEditorText(lang, 'hover-no-sample')]),
            ...this.surveyUses(lang, survey),
            ...notes(lang, survey.notes),
        ];
    }

    /** Per set of the folder: how many scored items, and how many points, come from the survey. */
    private surveyUses(lang: Lang, survey: Survey): string[] {
        return this.folderSets(survey).flatMap(set => {
            const leaves = [...allItems(set)].filter(item => isLeaf(item) && effectiveSource(item).clause?.survey?.ref === survey);
            const maxima = leaves.map(maxOf).filter((m): m is Exact => m !== undefined);
            return leaves.length > 0 ? [renderEditorText(lang, 'hover-survey-use', { set: escapeMarkdown(set.name ?? '?'), count: leaves.length, points: sum(maxima) })] : [];
        });
    }

    private agency(lang: Lang, agency: Agency): (string | undefined)[] {
        let lead = 0, coordinating = 0;
        for (const set of this.folderSets(agency)) {
            for (const item of allItems(set)) {
                if (item.lead.some(ref => ref.ref === agency)) lead++;
                if (item.coordinating.some(ref => ref.ref === agency)) coordinating++;
            }
        }
        return [
            heading(declarationLabel(lang, 'agency', agency.name), agency.title),
            renderEditorText(lang, 'hover-agency-use', { lead, coordinating }),
        ];
    }

    /** The sets of the declaration's folder, the scope its references resolve in. */
    private folderSets(declaration: Agency | Survey): CriteriaSet[] {
        const root = declaration.$container as Document | undefined;
        const uri = root?.$document?.uri;
        if (!uri) return [];
        const folder = folderOf(uri);
        return this.documents.all
            .filter(document => folderOf(document.uri) === folder)
            .flatMap(document => (document.parseResult.value as Document).elements?.filter(isCriteriaSet) ?? [])
            .toArray();
    }
}

function isHeaderToken(leaf: LeafCstNode): boolean {
    const property = GrammarUtils.findAssignment(leaf)?.feature;
    if (property !== undefined) return HEADER_PROPERTIES.has(property);
    return GrammarAST.isKeyword(leaf.grammarSource) && HEADER_KEYWORDS.has(leaf.grammarSource.value);
}

/** `Cuộc điều tra SIPAS`; the name may still be missing while it is typed. */
function declarationLabel(lang: Lang, kind: 'setDecl' | 'surveyDecl' | 'agency', name: string | undefined): string {
    return [capitalized(word(lang, kind)), name].filter(Boolean).join(' ');
}

function heading(label: string, title: string | undefined): string {
    return `**${escapeMarkdown(label)}**${title ? `: ${escapeMarkdown(title)}` : ''}`;
}

/** `2,5`, or `≈ 3,33` when the share has no short exact decimal. */
function percentText(lang: Lang, share: Exact): string {
    const rounded = share.round(2);
    return rounded.equals(share) ? points(lang, share) : `≈ ${points(lang, rounded)}`;
}

/** The units exempt from the item: its own `exempt` and its ancestors' (an exempt domain exempts its criteria). */
function exemptUnits(item: Item): Reference<Agency>[] {
    const refs: Reference<Agency>[] = [];
    for (let at: AstNode | undefined = item; isItem(at); at = at.$container) refs.unshift(...at.exempt);
    return refs.filter((ref, i) => refs.findIndex(other => other.$refText === ref.$refText) === i);
}

function listText(lang: Lang, key: 'hover-evidence' | 'hover-lead' | 'hover-coordinating' | 'hover-exempt', entries: readonly string[]): string | undefined {
    return entries.length > 0 ? renderEditorText(lang, key, { list: entries.map(escapeMarkdown).join('; ') }) : undefined;
}

function notes(lang: Lang, entries: readonly string[]): string[] {
    return entries.map(text => renderEditorText(lang, 'hover-note', { text: escapeMarkdown(text) }));
}
