/**
 * A compiled set from an annex table: with the hidden metadata of a Chiso export, every field
 * comes back (the table's titles and points win, so edits made in Excel are kept); from any
 * other table, the tree is rebuilt from the codes, and rows marked ĐTXHH become survey-sourced.
 */
import { codeOrdinal, FORMAT_VERSION, isNamedNumber, jsonPoints, SCHEMA_ID, type CompiledItem, type CompiledSet } from '@chiso/language';
import type { Metadata } from '../annex/metadata.js';
import { ZERO, type Exact } from '../scoring/exact.js';
import type { AnnexTable, TableProblem, TableRow } from './table.js';

const SURVEY_NOTE = /(ĐTXHH|điều tra xã hội học|sociological survey|\bsurvey\b)/i;
const GENERIC_SURVEY = { id: 'DTXHH', title: 'Điều tra xã hội học' };

function kindOf(parent: CompiledItem | undefined): CompiledItem['kind'] {
    if (!parent) return 'domain';
    return parent.kind === 'domain' ? 'criterion' : 'component';
}

/** A row's max; null where it reads `—` (the source then leaves `max` out: only an outline may). */
function rowPoints(row: TableRow): CompiledItem['maxPoints'] {
    return row.max === null ? null : jsonPoints(row.max);
}

function blankItem(row: TableRow, kind: CompiledItem['kind']): CompiledItem {
    return {
        code: row.code, kind, title: row.title, maxPoints: rowPoints(row), minPoints: 0,
        source: { kind: 'appraisal', survey: null, agency: null, inherited: false },
        scoring: null, evidence: [], lead: [], coordinating: [], notes: [], declaredSplit: null, declaredCounts: null, children: [],
    };
}

/** A survey-marked row under a row marked with the same survey inherits it (no clause of its own). */
function withInheritance(item: CompiledItem, parent: CompiledItem | undefined): CompiledItem {
    const inherited = item.source.kind === 'survey' && parent?.source.kind === 'survey' && parent.source.survey === item.source.survey;
    const self = { ...item, source: { ...item.source, inherited } };
    return { ...self, children: item.children.map(child => withInheritance(child, self)) };
}

function sum(items: readonly CompiledItem[]): Exact {
    return items.reduce((a, i) => a.add(String(i.maxPoints ?? 0)), ZERO);
}

/** A sub-item's letter (`a`, `đ`, `B`); a capital I, V or X alone is a Roman numeral. */
function isLetter(code: string): boolean {
    return /^[a-zđ]$/i.test(code) && !/^[IVX]$/.test(code);
}

/**
 * The parent's code a row of a province's own table reads as: a bare letter's is the last numbered
 * row's; a dotted code's is the code before its last dot, or the open Roman or prefixed domain
 * whose number it spells (`2.1` under `II`); a bare number after a Roman or prefixed domain is a
 * criterion running through the set; a Roman numeral or plain number starts a domain.
 */
function inferredParent(code: string, lastNumbered: string | undefined, namedDomain: { code: string; number: string } | undefined, known: { has(code: string): boolean }): string | undefined {
    if (isLetter(code)) return lastNumbered;
    if (code.includes('.')) {
        const prefix = code.slice(0, code.lastIndexOf('.'));
        return !known.has(prefix) && prefix === namedDomain?.number ? namedDomain.code : prefix;
    }
    return /^\d+$/.test(code) && namedDomain ? namedDomain.code : undefined;
}

/**
 * Rows by code, problems for rows whose parent is missing. `parents` (an export's metadata) names
 * each row's parent code ('' for a root); rows it does not know are placed by their codes.
 */
function tree(rows: readonly TableRow[], problems: TableProblem[], make: (row: TableRow, kind: CompiledItem['kind']) => CompiledItem, parents?: ReadonlyMap<string, string>): CompiledItem[] {
    const roots: CompiledItem[] = [];
    const byCode = new Map<string, CompiledItem & { children: CompiledItem[] }>();
    let lastNumbered: string | undefined;
    let namedDomain: { code: string; number: string } | undefined;
    for (const row of rows) {
        const letter = isLetter(row.code);
        const code = letter && lastNumbered ? `${lastNumbered}.${row.code}` : row.code;
        const recorded = parents?.get(code);
        const parentCode = recorded !== undefined ? recorded || undefined : inferredParent(row.code, lastNumbered, namedDomain, byCode);
        const parent = parentCode === undefined ? undefined : byCode.get(parentCode);
        if (parentCode !== undefined && !parent) { problems.push({ line: row.line, detail: `no row for ${code}'s parent ${parentCode}` }); continue; }
        const item = { ...make({ ...row, code }, letter ? 'component' : kindOf(parent)), children: [] as CompiledItem[] };
        (parent ? parent.children : roots).push(item);
        byCode.set(code, item);
        if (!letter) lastNumbered = code;
        if (!parent) namedDomain = isNamedNumber(code) ? { code, number: String(codeOrdinal(code)!.value) } : undefined;
    }
    return roots;
}

export function assembleSet(table: AnnexTable, metadata: Metadata | undefined, fallbackId: string): { compiled: CompiledSet; problems: TableProblem[] } {
    const problems: TableProblem[] = [...table.problems];
    if (metadata) {
        const fields = new Map(metadata.items.map(r => [r.code, r.fields]));
        const make = (row: TableRow, kind: CompiledItem['kind']): CompiledItem => {
            const known = fields.get(row.code);
            return known ? { ...known, title: row.title, maxPoints: rowPoints(row), children: [] } : blankItem(row, kind);
        };
        // Which deduction group each deduction item belongs to: `#n` parents, and their descendants.
        const group = new Map<string, number>();
        for (const record of metadata.items) {
            const inGroup = record.parent.startsWith('#') ? Number(record.parent.slice(1)) : group.get(record.parent);
            if (inGroup !== undefined) group.set(record.code, inGroup);
        }
        // Parents as exported: codes alone cannot tell a criterion running through the set from a domain.
        const parents = new Map(metadata.items.map(r => [r.code, r.parent.startsWith('#') ? '' : r.parent]));
        const items = tree(table.rows.filter(r => !group.has(r.code)), problems, make, parents);
        const deductions = metadata.deductions.map((fieldsOfGroup, i) => ({
            ...fieldsOfGroup,
            items: tree(table.rows.filter(r => group.get(r.code) === i), problems, make, parents),
        }));
        return { compiled: complete(metadata.set, items, deductions, metadata.surveys, metadata.agencies), problems };
    }
    const marked = (row: TableRow) => SURVEY_NOTE.test(row.note);
    const make = (row: TableRow, kind: CompiledItem['kind']): CompiledItem => {
        const item = blankItem(row, kind);
        return marked(row) ? { ...item, source: { kind: 'survey', survey: GENERIC_SURVEY.id, agency: null, inherited: false } } : item;
    };
    const items = tree(table.rows, problems, make).map(i => withInheritance(i, undefined));
    const anySurvey = table.rows.some(marked);
    const set: CompiledSet['set'] = {
        id: fallbackId, title: table.title ?? fallbackId, level: null, year: null, decision: null, issuer: null, replaces: [],
        total: jsonPoints(table.total ?? sum(items)), split: [], declaredCounts: null, unranked: [], notes: [],
    };
    const surveys = anySurvey ? [{ ...GENERIC_SURVEY, conductedBy: null, period: null, questionsPerRespondent: null, samples: [], notes: [] }] : [];
    return { compiled: complete(set, items, [], surveys, []), problems };
}

function complete(set: CompiledSet['set'], items: CompiledItem[], deductions: CompiledSet['deductions'], surveys: CompiledSet['surveys'], agencies: CompiledSet['agencies']): CompiledSet {
    // Totals are recomputed by compiling the written source; these only make the value well-formed.
    return {
        $schema: SCHEMA_ID, formatVersion: FORMAT_VERSION, set, items, deductions, surveys, agencies,
        totals: { maxPoints: jsonPoints(sum(items)), bySource: { appraisal: 0, survey: 0, specialist: 0 }, counts: { domains: 0, criteria: 0, components: 0 } },
    };
}
