/**
 * The hidden `chiso` sheet of an exported workbook: one row per record — the set's header,
 * each agency and survey, each deduction group, each item (code, parent, fields) — as JSON.
 * The visible table stays the truth for titles and points; this keeps the rest.
 */
import type ExcelJS from 'exceljs';
import { FORMAT_VERSION, type CompiledItem, type CompiledSet } from '@chiso/language';
import type { FormLayout } from './xlsx.js';

export const METADATA_SHEET = 'chiso';
/** Excel holds at most 32,767 characters in a cell: longer JSON continues in the next cells. */
const CHUNK = 30_000;

export interface ItemRecord {
    readonly code: string;
    /** The parent's code, '' for a domain, `#<n>` for the n-th deduction group. */
    readonly parent: string;
    readonly fields: Omit<CompiledItem, 'children'>;
}

export interface Metadata {
    readonly set: CompiledSet['set'];
    readonly agencies: CompiledSet['agencies'];
    readonly surveys: CompiledSet['surveys'];
    readonly deductions: readonly Omit<CompiledSet['deductions'][number], 'items'>[];
    readonly items: readonly ItemRecord[];
    /** Where the unit's form keeps its unit and rounds; absent in workbooks exported before the form had them. */
    readonly form?: FormLayout;
}

function chunks(text: string): string[] {
    const parts: string[] = [];
    for (let i = 0; i < text.length; i += CHUNK) parts.push(text.slice(i, i + CHUNK));
    return parts.length > 0 ? parts : [''];
}

export function writeMetadata(workbook: ExcelJS.Workbook, compiled: CompiledSet, form: FormLayout): void {
    const sheet = workbook.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
    const add = (kind: string, key: string, value: unknown) => sheet.addRow([kind, key, ...chunks(JSON.stringify(value))]);
    add('chiso', FORMAT_VERSION, null);
    add('set', '', compiled.set);
    add('form', '', form);
    compiled.agencies.forEach(a => add('agency', a.id, a));
    compiled.surveys.forEach(s => add('survey', s.id, s));
    const items = (list: readonly CompiledItem[], parent: string) => list.forEach(item => {
        const { children, ...fields } = item;
        add('item', parent, { code: item.code, fields });
        items(children, item.code);
    });
    items(compiled.items, '');
    compiled.deductions.forEach((group, i) => {
        const { items: groupItems, ...fields } = group;
        add('deductions', String(i), fields);
        items(groupItems, `#${i}`);
    });
}

/** The metadata of a workbook exported by chiso, or undefined for any other workbook. */
export function readMetadata(workbook: ExcelJS.Workbook): Metadata | undefined {
    const sheet = workbook.getWorksheet(METADATA_SHEET);
    if (!sheet) return undefined;
    const records: { kind: string; key: string; value: unknown }[] = [];
    sheet.eachRow(row => {
        const cells = (row.values as unknown[]).slice(1).map(v => (v === null || v === undefined ? '' : String(v)));
        records.push({ kind: cells[0], key: cells[1], value: JSON.parse(cells.slice(2).join('') || 'null') });
    });
    const of = (kind: string) => records.filter(r => r.kind === kind);
    const set = of('set')[0]?.value as CompiledSet['set'] | undefined;
    if (!set || of('chiso').length === 0) return undefined;
    return {
        set,
        agencies: of('agency').map(r => r.value as CompiledSet['agencies'][number]),
        surveys: of('survey').map(r => r.value as CompiledSet['surveys'][number]),
        deductions: of('deductions').map(r => r.value as Omit<CompiledSet['deductions'][number], 'items'>),
        items: of('item').map(r => ({ parent: r.key, ...(r.value as { code: string; fields: ItemRecord['fields'] }) })),
        form: of('form')[0]?.value as FormLayout | undefined,
    };
}
