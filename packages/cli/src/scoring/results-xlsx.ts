/**
 * One unit's filled form (the workbook `chiso export --format xlsx` writes) → its item results.
 * The hidden `chiso` sheet says where the unit and the rounds are and which set the form is of:
 * a form of another set (codes or max points) is refused. Each item's score is the last round
 * present; cells that are not numbers (`0,5` is one) or exceed the item's max are reported by cell.
 */
import ExcelJS from 'exceljs';
import { formatPoints, type CompiledItem, type CompiledSet, type JsonPoints, type Lang } from '@chiso/language';
import { readMetadata } from '../annex/metadata.js';
import type { FormLayout } from '../annex/xlsx.js';
import { inspectArchive } from '../import/archive-guard.js';
import type { CommandArgs } from '../rules/index.js';
import { fromJson, parseValue } from './exact.js';
import { lastRound, NO_INPUTS, yesNo, type ItemResult, type Rounds, type UnitInfo } from './results.js';

type WorkbookCode = 'workbook-not-form' | 'workbook-other-set' | 'workbook-no-unit' | 'workbook-not-number' | 'workbook-above-max';

/** A problem at a cell (row and column numbers); `input` problems refuse the whole workbook (exit 2), the others are its results' errors. */
export type WorkbookProblem = {
    readonly [C in WorkbookCode]: { readonly code: C; readonly args: CommandArgs<C>; readonly row: number; readonly column: number }
}[WorkbookCode] & { readonly input: boolean };

export interface WorkbookRow {
    readonly result: ItemResult;
    readonly row: number;
    readonly column: number;
}

export interface FormRead {
    /** Undefined when the workbook could not be read as a form of this set. */
    readonly unit?: UnitInfo;
    /** The unit id's cell. */
    readonly unitCell: { readonly row: number; readonly column: number };
    readonly sheet: string;
    readonly rows: readonly WorkbookRow[];
    readonly problems: readonly WorkbookProblem[];
}

/** A cell's text: a formula's cached result, rich text joined, numbers as JavaScript prints them (the shortest exact decimal). */
function cellText(cell: ExcelJS.Cell): string {
    const value = cell.value;
    if (value === null || value === undefined) return '';
    if (typeof value === 'object') {
        if ('formula' in value || 'sharedFormula' in value) {
            const result = value.result;
            return result === null || result === undefined || typeof result === 'object' ? '' : String(result);
        }
        if ('richText' in value) return value.richText.map(part => part.text).join('');
        if ('text' in value) return String(value.text);
        return '';
    }
    return String(value);
}

/** Every item of a set, in order (deduction groups' items after the domains'), with its max and whether it has children. */
function setItems(set: CompiledSet): Map<string, { readonly max: JsonPoints | null; readonly parent: boolean }> {
    const items = new Map<string, { max: JsonPoints | null; parent: boolean }>();
    const walk = (list: readonly CompiledItem[]) => list.forEach(item => {
        items.set(item.code, { max: item.maxPoints, parent: item.children.length > 0 });
        walk(item.children);
    });
    walk(set.items);
    set.deductions.forEach(group => walk(group.items));
    return items;
}

const sameMax = (a: JsonPoints | null, b: JsonPoints | null) => (a === null || b === null ? a === b : fromJson(a).equals(fromJson(b)));

/** The first difference between the form's set (codes → max) and the set being scored, and how many more there are. */
function setDifference(formItems: ReadonlyMap<string, JsonPoints | null>, items: ReturnType<typeof setItems>, lang: Lang): CommandArgs<'workbook-other-set'> | undefined {
    const shown = (max: JsonPoints | null | undefined) => (max === undefined ? '' : max === null ? '—' : formatPoints(fromJson(max), lang === 'vi'));
    const differences: { item: string; workbook: string; set: string }[] = [];
    for (const [code, { max }] of items) {
        const inForm = formItems.get(code);
        if (inForm === undefined || !sameMax(inForm, max)) differences.push({ item: code, workbook: shown(inForm), set: shown(max) });
    }
    for (const [code, max] of formItems) if (!items.has(code)) differences.push({ item: code, workbook: shown(max), set: '' });
    if (differences.length === 0) return undefined;
    return { ...differences[0], more: String(differences.length - 1) };
}

/** The layout a hidden sheet claims, if it is one: cell addresses and column numbers only (the sheet may have been edited). */
function validLayout(form: unknown): form is FormLayout {
    const f = form as Partial<FormLayout> | null;
    const address = (a: unknown) => typeof a === 'string' && /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(a);
    const number = (n: unknown) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 16_384;
    return typeof f === 'object' && f !== null && typeof f.sheet === 'string' && address(f.unitId) && address(f.unitName) && number(f.headerRow)
        && typeof f.columns === 'object' && f.columns !== null
        && (['code', 'self', 'appraisal1', 'explanation', 'final', 'evidence', 'notAssigned'] as const).every(k => number(f.columns![k]));
}

export async function readForm(bytes: Buffer, set: CompiledSet, lang: Lang): Promise<FormRead> {
    const refused = (code: 'workbook-not-form'): FormRead => ({ sheet: '', unitCell: { row: 1, column: 1 }, rows: [], problems: [{ code, args: {}, row: 1, column: 1, input: true }] });
    if (!(await inspectArchive(bytes)).ok) return refused('workbook-not-form');
    const workbook = new ExcelJS.Workbook();
    let form: FormLayout | undefined, formItems: Map<string, JsonPoints | null>;
    try {
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        const metadata = readMetadata(workbook);
        form = metadata?.form;
        // A max the hidden sheet spells wrongly is a difference from the set, never a crash.
        const points = (v: unknown): JsonPoints | null => (v === null || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^-?\d+(\.\d+)?(\/[1-9]\d*)?$/.test(v)) ? v as JsonPoints | null : '-1');
        formItems = new Map((metadata?.items ?? []).map(record => [String(record.code), points(record.fields?.maxPoints)]));
    } catch {
        return refused('workbook-not-form');
    }
    const sheet = validLayout(form) ? workbook.getWorksheet(form.sheet) : undefined;
    if (!form || !sheet) return refused('workbook-not-form');
    const items = setItems(set);
    const other = setDifference(formItems, items, lang);
    if (other) return { sheet: sheet.name, unitCell: { row: 1, column: 1 }, rows: [], problems: [{ code: 'workbook-other-set', args: other, row: 1, column: 1, input: true }] };

    const problems: WorkbookProblem[] = [];
    const unitCell = sheet.getCell(form.unitId);
    const id = cellText(unitCell).trim();
    const unitAt = { row: Number(unitCell.row), column: Number(unitCell.col) };
    if (id === '') problems.push({ code: 'workbook-no-unit', args: {}, ...unitAt, input: false });
    const name = cellText(sheet.getCell(form.unitName)).trim();

    const rows: WorkbookRow[] = [];
    const { columns } = form;
    for (let r = form.headerRow + 1; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const code = cellText(row.getCell(columns.code)).trim();
        // The rows the unit scores: the set's leaves whose max is published.
        const item = items.get(code);
        if (!item || item.parent || item.max === null) continue;
        const maxPoints = fromJson(item.max);
        const text = (column: number) => cellText(row.getCell(column)).trim() || undefined;
        const points = (column: number): string | undefined => {
            const value = text(column);
            if (value === undefined) return undefined;
            const exact = parseValue(value);
            if (!exact) problems.push({ code: 'workbook-not-number', args: { item: code, value }, row: r, column, input: false });
            else if (exact.compare(maxPoints) > 0) problems.push({ code: 'workbook-above-max', args: { item: code, points: formatPoints(exact, lang === 'vi'), max: formatPoints(maxPoints, lang === 'vi') }, row: r, column, input: false });
            return value;
        };
        const entries = Object.entries({
            self: points(columns.self), appraisal1: points(columns.appraisal1), explanation: text(columns.explanation),
            final: points(columns.final), evidence: text(columns.evidence),
        }).filter(([, v]) => v !== undefined);
        const rounds = entries.length > 0 ? (Object.fromEntries(entries) as Rounds) : undefined;
        const notAssigned = yesNo(text(columns.notAssigned)) === true;
        const score = rounds && lastRound(rounds);
        if (score === undefined && !notAssigned && !rounds) continue;
        // The cell that decided the score, for messages about it.
        const column = notAssigned && score === undefined ? columns.notAssigned
            : rounds?.final !== undefined ? columns.final : rounds?.appraisal1 !== undefined ? columns.appraisal1 : columns.self;
        rows.push({ result: { item: code, score, inputs: NO_INPUTS, ...(rounds && { rounds }), ...(notAssigned && { notAssigned }) }, row: r, column });
    }
    return { unit: id === '' ? undefined : { id, ...(name && { name }) }, unitCell: unitAt, sheet: sheet.name, rows, problems };
}
