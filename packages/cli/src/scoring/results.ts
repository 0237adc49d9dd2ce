/**
 * Results of units: one row per unit × item, with a direct `score`, a `value` (percentage,
 * count, option or violations, as the item's rule needs), or named formula inputs. CSV (any
 * extra column is a formula input) or JSON (an array of rows, or { units, results }).
 * Every row keeps its line and column so errors point into the file.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { getNodeValue, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';

export interface ResultRow {
    readonly unit: string;
    readonly item: string;
    readonly score?: string;
    readonly value?: string;
    readonly inputs: ReadonlyMap<string, string>;
    readonly line: number;
    readonly column: number;
}

export interface UnitInfo {
    readonly id: string;
    readonly name?: string;
    readonly ranked?: boolean;
}

export interface Results {
    readonly rows: readonly ResultRow[];
    readonly units: readonly UnitInfo[];
}

export interface ResultsProblem {
    readonly line: number;
    readonly column: number;
    readonly detail: string;
}

const FIXED_COLUMNS = new Set(['unit', 'item', 'score', 'value', 'unitName', 'ranked']);
/** Shared by every row without formula inputs (most rows): never written to. */
const NO_INPUTS: ReadonlyMap<string, string> = new Map();

function parseRanked(text: string | undefined): boolean | undefined {
    if (text === undefined || text.trim() === '') return undefined;
    return !/^(no|false|0|không)$/i.test(text.trim());
}

export function parseCsvResults(text: string): Results | ResultsProblem {
    let records: { record: Record<string, string>; info: { lines: number } }[];
    let inputColumns: string[] = [];
    try {
        // Lines starting with # are comments, so a results file can say where its figures come from;
        // rows may drop trailing empty cells (hand-written files do), but never have extra ones.
        records = parseCsv(text, { columns: header => { inputColumns = header.filter((k: string) => !FIXED_COLUMNS.has(k)); return header; }, bom: true, skip_empty_lines: true, trim: true, info: true, comment: '#', comment_no_infix: true, relax_column_count_less: true });
    } catch (error) {
        const e = error as Error & { lines?: number };
        return { line: e.lines ?? 1, column: 1, detail: e.message };
    }
    const rows: ResultRow[] = [];
    const units = new Map<string, UnitInfo>();
    for (const { record, info } of records) {
        const line = info.lines;
        if (!record.unit || !record.item) return { line, column: 1, detail: 'every row needs `unit` and `item`' };
        const inputs = inputColumns.length === 0 ? NO_INPUTS : new Map(inputColumns.filter(k => record[k] !== undefined && record[k] !== '').map(k => [k, record[k]]));
        rows.push({ unit: record.unit, item: record.item, score: record.score || undefined, value: record.value || undefined, inputs, line, column: 1 });
        if (record.unitName || record.ranked) {
            units.set(record.unit, { id: record.unit, name: record.unitName || units.get(record.unit)?.name, ranked: parseRanked(record.ranked) ?? units.get(record.unit)?.ranked });
        }
    }
    return { rows, units: [...units.values()] };
}

/** Line and column of offsets visited in increasing order, counted incrementally (rows come in file order). */
function positions(text: string): (offset: number) => { line: number; column: number } {
    let line = 1, lineStart = 0, scanned = 0;
    return offset => {
        if (offset < scanned) { line = 1; lineStart = 0; scanned = 0; }
        for (; scanned < offset; scanned++) {
            if (text.charCodeAt(scanned) === 10) { line++; lineStart = scanned + 1; }
        }
        return { line, column: offset - lineStart + 1 };
    };
}

/** A scalar's text as written: numbers keep their exact decimal spelling. */
function scalar(text: string, node: JsonNode | undefined): string | undefined {
    if (!node) return undefined;
    if (node.type === 'number') return text.slice(node.offset, node.offset + node.length);
    if (node.type === 'string') return node.value as string;
    return undefined;
}

function property(node: JsonNode, name: string): JsonNode | undefined {
    return node.children?.find(p => p.children?.[0]?.value === name)?.children?.[1];
}

export function parseJsonResults(text: string): Results | ResultsProblem {
    const errors: ParseError[] = [];
    const root = parseTree(text.replace(/^\ufeff/, ''), errors, { allowTrailingComma: false, disallowComments: true });
    const position = positions(text);
    if (errors.length > 0 || !root) {
        const at = position(errors[0]?.offset ?? 0);
        return { ...at, detail: 'not valid JSON' };
    }
    const rowsNode = root.type === 'array' ? root : property(root, 'results');
    if (!rowsNode || rowsNode.type !== 'array') return { line: 1, column: 1, detail: 'expected an array of rows, or an object with "results"' };
    const rows: ResultRow[] = [];
    for (const rowNode of rowsNode.children ?? []) {
        const at = position(rowNode.offset);
        const unit = scalar(text, property(rowNode, 'unit'));
        const item = scalar(text, property(rowNode, 'item'));
        if (rowNode.type !== 'object' || !unit || !item) return { ...at, detail: 'every row needs "unit" and "item"' };
        const inputsNode = property(rowNode, 'inputs');
        const inputs = new Map<string, string>();
        for (const entry of inputsNode?.children ?? []) {
            const value = scalar(text, entry.children?.[1]);
            if (value !== undefined) inputs.set(String(entry.children?.[0]?.value), value);
        }
        rows.push({ unit, item, score: scalar(text, property(rowNode, 'score')), value: scalar(text, property(rowNode, 'value')), inputs, ...at });
    }
    const unitsNode = root.type === 'object' ? property(root, 'units') : undefined;
    const units = ((unitsNode ? getNodeValue(unitsNode) : []) as { id?: unknown; name?: unknown; ranked?: unknown }[])
        .filter(u => typeof u?.id === 'string')
        .map(u => ({ id: u.id as string, name: typeof u.name === 'string' ? u.name : undefined, ranked: typeof u.ranked === 'boolean' ? u.ranked : undefined }));
    return { rows, units };
}
