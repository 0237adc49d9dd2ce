/** Where an item's points come from: appraisal (default), a named survey, or specialist offices. */
import type { Item, Source, SourceKind } from '../generated/ast.js';
import { parentItem } from './tree.js';

export interface EffectiveSource {
    readonly kind: SourceKind;
    /** The survey's name as written, for survey-sourced items. */
    readonly surveyName?: string;
    /** The `source` clause that decides it; undefined when the default (appraisal) applies. */
    readonly clause?: Source;
    /** The item carrying that clause: the item itself or the ancestor it inherits from. */
    readonly declaredOn?: Item;
}

const DEFAULT_SOURCE: EffectiveSource = { kind: 'appraisal' };

/** The item's own source clause, else its nearest ancestor's, else appraisal. */
export function effectiveSource(item: Item): EffectiveSource {
    for (let node: Item | undefined = item; node; node = parentItem(node)) {
        const clause = node.sources[0];
        // A clause still being typed (`source` alone) has no kind yet and decides nothing.
        if (clause?.kind) {
            return {
                kind: clause.kind,
                surveyName: clause.kind === 'survey' ? clause.survey?.$refText : undefined,
                clause,
                declaredOn: node,
            };
        }
    }
    return DEFAULT_SOURCE;
}
