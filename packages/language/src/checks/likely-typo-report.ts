/**
 * The likely mistyped figure behind a sum that does not add up (model/likely-typos.ts), as every
 * sum check reports it: the closing sentence of its message, related information at each suspect
 * and, for quick fixes, where each suspect is written and what it probably is.
 */
import { AstUtils, GrammarUtils } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { DeductionGroup, Item } from '../generated/ast.js';
import { renderEditorText, type Lang, type SuspectData, type TypoArgs } from '../i18n/index.js';
import { decimalMark, likelyTypos, slipTo } from '../model/likely-typos.js';
import { parsePoints, sum, type Exact } from '../model/points.js';

/** A written max that may be the slip: an item's or a deduction group's, with its label in the message. */
export interface Figure {
    node: Item | DeductionGroup;
    label: string;
}

export interface TypoReport {
    args: TypoArgs;
    suspects: SuspectData[];
    related: { relatedInformation?: DiagnosticRelatedInformation[] };
}

/**
 * Which of the figures' written maxima a single slip explains, to add up to `expected`. A parent's
 * max is written in the annex like its children's (unlike a declared total or split): when given,
 * it is a suspect too, its slip making it equal to what the figures add up to.
 */
export function typoReport(lang: Lang, figures: readonly Figure[], expected: Exact, parent?: Figure): TypoReport {
    const written = figures.map(figure => figure.node.max ?? '');
    const suspect = ({ node, label }: Figure, written: string, intended: string): SuspectData[] => {
        const range = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, 'max')?.range;
        return range ? [{ item: label, written, intended, range }] : [];
    };
    const suspects = likelyTypos(written, expected).flatMap(({ index, written, intended }) => suspect(figures[index], written, intended));
    const parentSlip = parent?.node.max === undefined ? undefined : parentTypo(parent.node.max, written);
    if (parent && parentSlip) suspects.push(...suspect(parent, parent.node.max!, parentSlip));
    const args: TypoArgs = { typos: suspects.length };
    if (suspects.length === 1) Object.assign(args, { suspect: suspects[0].item, written: suspects[0].written, intended: suspects[0].intended });
    else args.suspects = suspects.map(s => `${s.item}: ${s.written} → ${s.intended}`).join('; ');
    const anchor = parent?.node ?? figures[0]?.node;
    if (suspects.length === 0 || !anchor) return { args, suspects, related: {} };
    const uri = AstUtils.getDocument(anchor).uri.toString();
    const relatedInformation = suspects.map(({ range, ...suspect }) => ({ location: { uri, range }, message: renderEditorText(lang, 'related-typo', suspect) }));
    return { args, suspects, related: { relatedInformation } };
}

/** The spelling one slip away from a parent's written max that equals its children's sum, if any. */
function parentTypo(max: string, children: readonly string[]): string | undefined {
    const values = children.map(parsePoints);
    if (values.some(v => v === undefined)) return undefined;
    return slipTo(max, sum(values as Exact[]), decimalMark([max, ...children]));
}
