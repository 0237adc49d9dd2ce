/**
 * Chiso source text from a compiled set: the way back from the JSON contract (used by
 * `chiso import`). Compiling the text again gives the same JSON, so every field is written,
 * including defaults the compiler resolved (a deduction's floor, the total).
 */
import type { Bound, CompiledDecision, CompiledExpression, CompiledItem, CompiledRule, CompiledSet, CompiledSplitPart, DeclaredCounts } from './criteria-json.js';

const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const num = (value: number | string) => String(value);

function decision(d: CompiledDecision): string {
    return `${quote(d.number)}${d.date ? ` dated ${d.date}` : ''}`;
}

function split(parts: readonly CompiledSplitPart[]): string {
    return `split { ${parts.map(p => `${p.sources.join(' + ')} ${num(p.points)}${p.optional ? ' optional' : ''}`).join('  ')} }`;
}

function counts(c: DeclaredCounts): string {
    const entries = (['domains', 'criteria', 'components'] as const).filter(k => c[k] !== null).map(k => `${k} ${c[k]}`);
    return `counts${c.includingDeductions ? ' including deductions' : ''} { ${entries.join('  ')} }`;
}

function condition(lower: Bound | null, upper: Bound | null, unit: string): string {
    const v = (b: Bound) => `${num(b.value)}${unit}`;
    if (lower && upper) {
        if (lower.inclusive && upper.inclusive && String(lower.value) === String(upper.value)) return v(lower);
        return `${lower.inclusive ? '[' : '('}${v(lower)}, ${v(upper)}${upper.inclusive ? ']' : ')'}`;
    }
    if (lower) return `${lower.inclusive ? '>=' : '>'} ${v(lower)}`;
    if (upper) return `${upper.inclusive ? '<=' : '<'} ${v(upper)}`;
    return `>= 0${unit}`;
}

export function expressionSource(e: CompiledExpression, parentPrecedence = 0): string {
    switch (e.type) {
        case 'number': return num(e.value);
        case 'input': return e.name;
        case 'call': return `${e.fn}(${e.args.map(a => expressionSource(a)).join(', ')})`;
        case 'binary': {
            const precedence = e.op === '+' || e.op === '-' ? 1 : 2;
            // Left-associative: the right operand needs parentheses at equal precedence.
            const text = `${expressionSource(e.left, precedence)} ${e.op} ${expressionSource(e.right, precedence + 1)}`;
            return precedence < parentPrecedence ? `(${text})` : text;
        }
    }
}

function rule(r: CompiledRule): string[] {
    switch (r.kind) {
        case 'bands':
        case 'tiers': {
            const unit = r.scale === 'percent' ? '%' : '';
            return [`scoring ${r.kind}${r.label ? ` ${quote(r.label)}` : ''} {`, ...r.bands.map(b => `    ${condition(b.lower, b.upper, unit)} -> ${num(b.points)}`), '}'];
        }
        case 'choice':
            return [`scoring choice${r.label ? ` ${quote(r.label)}` : ''} {`, ...r.options.map(o => `    ${o.name ? `${o.name} ` : ''}${quote(o.title)} -> ${num(o.points)}`), '}'];
        case 'deduct':
            return [`scoring deduct ${num(r.perViolation)} per ${quote(r.unit)} floor ${num(r.floor)}`];
        case 'proportional':
            return [`scoring proportional${r.label ? ` ${quote(r.label)}` : ''}`];
        case 'formula':
            return [
                'scoring formula {',
                ...r.inputs.map(i => `    input ${i.name}${i.title ? ` ${quote(i.title)}` : ''} min ${num(i.min)}${i.max !== null ? ` max ${num(i.max)}` : ''}`),
                ...r.constraints.map(c => `    where ${expressionSource(c.left)} ${c.op} ${expressionSource(c.right)}`),
                `    result ${expressionSource(r.result)}`,
                '}',
            ];
    }
}

function item(i: CompiledItem, parentCode: string | undefined): string[] {
    const body: string[] = [];
    if (!i.source.inherited && i.source.kind !== 'appraisal') {
        body.push(i.source.kind === 'survey' ? `source survey ${i.source.survey}` : `source specialist${i.source.agency ? ` ${i.source.agency}` : ''}`);
    }
    if (i.declaredSplit) body.push(split(i.declaredSplit));
    if (i.declaredCounts) body.push(counts(i.declaredCounts));
    if (i.lead.length > 0) body.push(`lead ${i.lead.join(', ')}`);
    if (i.coordinating.length > 0) body.push(`coordinating ${i.coordinating.join(', ')}`);
    if (i.exempt) body.push(`exempt ${i.exempt.join(', ')}`);
    body.push(...i.evidence.map(e => `evidence ${quote(e)}`));
    body.push(...i.notes.map(n => `note ${quote(n)}`));
    if (i.scoring) body.push(...rule(i.scoring));
    for (const child of i.children) body.push(...item(child, i.code));
    // A lettered sub-item keeps its bare letter when its full code is the parent's plus the letter.
    const code = parentCode && i.code.startsWith(`${parentCode}.`) && /^[a-zđ]$/.test(i.code.slice(parentCode.length + 1)) ? i.code.slice(parentCode.length + 1) : i.code;
    const head = `${i.kind} ${code} ${quote(i.title)}${i.maxPoints === null ? '' : ` max ${num(i.maxPoints)}`}${String(i.minPoints) !== '0' ? ` min ${num(i.minPoints)}` : ''}`;
    return body.length === 0 ? [head] : [`${head} {`, ...body.map(l => `    ${l}`), '}'];
}

/** The set with the agencies and surveys it uses, as one Chiso document (unformatted). */
export function chisoSource(compiled: CompiledSet): string {
    const lines: string[] = [];
    for (const a of compiled.agencies) lines.push(`agency ${a.id} ${quote(a.title)}`);
    for (const s of compiled.surveys) {
        const body: string[] = [];
        if (s.conductedBy) body.push(`conductedBy ${s.conductedBy}`);
        if (s.period) body.push(`period ${s.period.from} to ${s.period.to}`);
        if (s.questionsPerRespondent !== null) body.push(`questions ${s.questionsPerRespondent}`);
        body.push(...s.notes.map(n => `note ${quote(n)}`));
        for (const sample of s.samples) {
            body.push(`respondents ${sample.title !== null ? `${quote(sample.title)} ` : ''}total ${sample.total} {`, ...sample.groups.map(g => `    ${quote(g.title)} ${g.size}`), '}');
        }
        lines.push(body.length === 0 ? `survey ${s.id} ${quote(s.title)}` : `survey ${s.id} ${quote(s.title)} {`, ...(body.length === 0 ? [] : [...body.map(l => `    ${l}`), '}']));
    }
    const h = compiled.set;
    const header: string[] = [];
    if (h.decision) header.push(`decision ${decision(h.decision)}`);
    if (h.issuer !== null) header.push(`issuer ${quote(h.issuer)}`);
    header.push(...h.replaces.map(r => `replaces ${decision(r)}`));
    if (h.level !== null) header.push(`level ${h.level}`);
    if (h.year !== null) header.push(`year ${h.year}`);
    header.push(`total ${num(h.total)}`);
    if (h.split.length > 0) header.push(split(h.split));
    if (h.declaredCounts) header.push(counts(h.declaredCounts));
    if (h.unranked.length > 0) header.push(`unranked ${h.unranked.join(', ')}`);
    if (h.classes?.length) header.push(`classes {`, ...h.classes.map(c => `    ${condition(c.lower, c.upper, '%')} -> ${quote(c.title)}`), '}');
    if (h.rounding != null) header.push(`rounding ${h.rounding}`);
    header.push(...h.notes.map(n => `note ${quote(n)}`));
    const tree = compiled.items.flatMap(i => item(i, undefined));
    for (const group of compiled.deductions) {
        tree.push(`deductions ${quote(group.title)}${group.maxPoints !== null ? ` max ${num(group.maxPoints)}` : ''} {`,
            ...group.notes.map(n => `    note ${quote(n)}`), ...group.items.flatMap(i => item(i, undefined)).map(l => `    ${l}`), '}');
    }
    lines.push(`set ${h.id} ${quote(h.title)} {`, ...[...header, ...tree].map(l => `    ${l}`), '}');
    return lines.join('\n') + '\n';
}
