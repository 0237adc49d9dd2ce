/**
 * Values a workbook's hidden `chiso` sheet gives, checked before they are written as source:
 * anyone can edit that sheet. Names (set, agency, survey and formula input ids) are written
 * unquoted, so each must be a Chiso name and nothing more — an agency id holding a quote and a
 * line break would otherwise write a second, invisible set; and no text may be a pasted document.
 */
import { MAX_TEXT } from './table.js';
import { ChisoTerminals, type CompiledExpression, type CompiledItem, type CompiledSet } from '@chiso/language';

const NAME = new RegExp(`^(?:${ChisoTerminals.ID.source})$`);

function* itemNames(item: CompiledItem): Generator<string> {
    for (const name of [item.source.survey, item.source.agency, ...item.lead, ...item.coordinating]) if (name !== null) yield name;
    const rule = item.scoring;
    if (rule?.kind === 'choice') for (const option of rule.options) if (option.name !== null) yield option.name;
    if (rule?.kind === 'formula') {
        for (const input of rule.inputs) yield input.name;
        const inputs = (e: CompiledExpression): string[] => e.type === 'input' ? [e.name] : e.type === 'binary' ? [...inputs(e.left), ...inputs(e.right)] : e.type === 'call' ? e.args.flatMap(inputs) : [];
        yield* inputs(rule.result);
        for (const c of rule.constraints) yield* [...inputs(c.left), ...inputs(c.right)];
    }
    for (const child of item.children) yield* itemNames(child);
}

function* names(compiled: CompiledSet): Generator<string> {
    yield compiled.set.id;
    yield* compiled.set.unranked;
    for (const agency of compiled.agencies) yield agency.id;
    for (const survey of compiled.surveys) {
        yield survey.id;
        if (survey.conductedBy !== null) yield survey.conductedBy;
    }
    for (const item of [...compiled.items, ...compiled.deductions.flatMap(group => group.items)]) yield* itemNames(item);
}

/** The first name that is not a Chiso name (as JSON, so a line break shows), or undefined. */
export function badName(compiled: CompiledSet): string | undefined {
    for (const name of names(compiled)) if (typeof name !== 'string' || !NAME.test(name)) return JSON.stringify(name);
    return undefined;
}

/** The first text longer than MAX_TEXT characters (its start), or undefined. */
export function overlongText(value: unknown): string | undefined {
    if (typeof value === 'string') return value.length > MAX_TEXT ? `${JSON.stringify(value.slice(0, 40))}… (${value.length})` : undefined;
    if (value === null || typeof value !== 'object') return undefined;
    for (const child of Object.values(value)) {
        const found = overlongText(child);
        if (found) return found;
    }
    return undefined;
}
