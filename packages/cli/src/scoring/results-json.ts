/**
 * Results as JSON: an array of rows ({ unit, item, score, value, notAssigned, inputs: { … } }, and the
 * rounds self, appraisal1, explanation, final, evidence), or
 * { units: [{ id, name, ranked }], results: [ … ] }. Numbers keep their exact decimal spelling.
 */
import { getNodeValue, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { lastRound, ResultsBuilder, roundsOf, saysNotAssigned, type Results, type ResultsProblem } from './results.js';

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
        return { ...at, reason: { kind: 'not-json' } };
    }
    const rowsNode = root.type === 'array' ? root : property(root, 'results');
    if (!rowsNode || rowsNode.type !== 'array') return { line: 1, column: 1, reason: { kind: 'json-shape' } };
    const builder = new ResultsBuilder();
    // Rows saying the same about an item share one item result.
    const resultNumbers = new Map<string, number>();
    for (const rowNode of rowsNode.children ?? []) {
        const at = position(rowNode.offset);
        const unit = scalar(text, property(rowNode, 'unit'));
        const item = scalar(text, property(rowNode, 'item'));
        if (rowNode.type !== 'object' || !unit || !item) return { ...at, reason: { kind: 'row-needs-unit-item' } };
        const inputsNode = property(rowNode, 'inputs');
        const inputs = new Map<string, string>();
        for (const entry of inputsNode?.children ?? []) {
            const value = scalar(text, entry.children?.[1]);
            if (value !== undefined) inputs.set(String(entry.children?.[0]?.value), value);
        }
        const value = scalar(text, property(rowNode, 'value'));
        const rounds = roundsOf(name => scalar(text, property(rowNode, name)));
        // Rounds decide the score when the row gives none itself.
        const written = scalar(text, property(rowNode, 'score')) ?? (rounds && lastRound(rounds));
        // `"notAssigned": true`, or the score cell's N/A as a CSV file writes it.
        const notAssigned = property(rowNode, 'notAssigned')?.value === true || (written !== undefined && saysNotAssigned(written));
        const score = notAssigned ? undefined : written;
        const key = JSON.stringify([item, score ?? null, value ?? null, notAssigned, rounds ?? null, ...inputs]);
        let result = resultNumbers.get(key);
        if (result === undefined) {
            result = builder.addItemResult({ item, score, value, inputs, ...(notAssigned && { notAssigned }), ...(rounds && { rounds }) });
            resultNumbers.set(key, result);
        }
        builder.row(unit, result, at.line, at.column);
    }
    const unitsNode = root.type === 'object' ? property(root, 'units') : undefined;
    const units = ((unitsNode ? getNodeValue(unitsNode) : []) as { id?: unknown; name?: unknown; ranked?: unknown }[])
        .filter(u => typeof u?.id === 'string')
        .map(u => ({ id: u.id as string, name: typeof u.name === 'string' ? u.name : undefined, ranked: typeof u.ranked === 'boolean' ? u.ranked : undefined }));
    return builder.build(units);
}
