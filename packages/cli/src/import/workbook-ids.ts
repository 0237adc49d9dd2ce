/**
 * Names a workbook's hidden `chiso` sheet gives (set, agency, survey and formula input ids) are
 * written into the generated source as they are, unquoted: anyone can edit that sheet, so each
 * must be a Chiso name and nothing more — an agency id holding a quote and a line break would
 * otherwise write a second, invisible set.
 */
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
