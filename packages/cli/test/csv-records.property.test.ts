/**
 * Property: the fast CSV scanner reads results files exactly as csv-parse does — the same header,
 * cells and line numbers — or gives up, and it gives up whenever csv-parse rejects the text. On plain
 * files (quoted cells, commas inside quotes, CRLF, BOM, comments, blank lines, dropped trailing cells)
 * it does not give up.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scanCsv, type CsvSink } from '../src/scoring/csv-records.js';
import { csvParseRecords } from '../src/scoring/results-csv.js';

const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 300);

type Read = { header: readonly string[]; records: (string | undefined)[][] } | 'gave up' | 'rejected';

function collect(): { sink: CsvSink; read: { header: readonly string[]; records: (string | undefined)[][] } } {
    const read = { header: [] as readonly string[], records: [] as (string | undefined)[][] };
    const sink: CsvSink = {
        header: cells => { read.header = cells; },
        record: (first, number, line, rests) => { read.records.push([String(line), first, ...rests.cells(number)]); },
    };
    return { sink, read };
}

/** Records padded to the header's length: csv-parse's objects have no key past a short record's end. */
function padded(read: { header: readonly string[]; records: (string | undefined)[][] }) {
    return { header: read.header, records: read.records.map(r => Array.from({ length: read.header.length + 1 }, (_, i) => r[i])) };
}

function fast(text: string): Read {
    const { sink, read } = collect();
    return scanCsv(text, sink) ? padded(read) : 'gave up';
}

function csvParse(text: string): Read {
    const { sink, read } = collect();
    return csvParseRecords(text, sink) ? 'rejected' : padded(read);
}

const plainCell = fc.oneof(
    fc.constantFrom('', 'DonVi01', '1.1.2', '100%', '85', 'Sở Tư pháp', 'a#b', 'x y'),
    fc.stringMatching(/^[A-Za-z0-9.%#ĐđàáạơưẤ]{1,8}$/),
);
/** A cell as a hand-written or exported file spells it. */
const cell = fc.oneof(
    { weight: 6, arbitrary: plainCell },
    { weight: 2, arbitrary: plainCell.map(c => `"${c}"`) },
    { weight: 1, arbitrary: fc.constantFrom('"0,5"', '"a, b"', '"say ""hi"""', '""', '" padded "', '"#not a comment"', '"Thực hiện đầy đủ, đúng hạn"') },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(' ', '\t', '  ', '\f', '\u00a0'), plainCell, fc.constantFrom('', ' ', '\t', '\u00a0')).map(([a, c, b]) => a + c + b) },
    { weight: 1, arbitrary: fc.constantFrom(' "quoted" ', '"x" ', '\t"y"') },
);
/** What csv-parse may reject or read in its own way: the scanner must give up on these (or agree). */
const oddCell = fc.constantFrom('a"b', '"open', '"x"y', '"a\nb"', '"a\r\nb"', 'a\rb', '"x"#', '""#', '#');
const plainHeader = fc.constantFrom(['unit', 'item', 'score', 'value', 'satisfied'], [' "unit" ', 'item', '"va""lue"']);
/** A column named twice, or after a property every object has: csv-parse's records read those in their own way. */
const oddHeader = fc.constantFrom(['unit', 'item', 'value', 'value'], ['unit', 'item', 'constructor']);
const skipped = fc.constantFrom('# a comment, "quoted"', '  # indented', '#', '', '   ', '\t');
const line = (width: number, odd: boolean) => fc.oneof(
    { weight: 8, arbitrary: fc.array(odd ? fc.oneof({ weight: 9, arbitrary: cell }, { weight: 1, arbitrary: oddCell }) : cell, { minLength: 1, maxLength: width + (odd ? 1 : 0) }).map(cells => cells.join(',')) },
    { weight: 1, arbitrary: skipped },
);

function file(odd: boolean) {
    const header = odd ? fc.oneof({ weight: 5, arbitrary: plainHeader }, { weight: 2, arbitrary: oddHeader }) : plainHeader;
    return header.chain(names => fc.record({
        names: fc.constant(names),
        lines: fc.array(line(names.length, odd), { maxLength: 12 }),
        before: fc.array(skipped, { maxLength: 2 }),
        eol: odd ? fc.constantFrom('\n', '\r\n', '\r', 'mixed') : fc.constantFrom('\n', '\r\n'),
        bom: fc.boolean(),
        final: fc.boolean(),
    })).map(({ names, lines, before, eol, bom, final }) => {
        const all = [...before, names.join(','), ...lines];
        const text = eol === 'mixed' ? all.map((l, i) => l + (i % 2 ? '\n' : '\r\n')).join('') : all.join(eol) + (final ? eol : '');
        return (bom ? '\ufeff' : '') + text;
    });
}

describe('the fast CSV scanner', () => {
    test('reads any text as csv-parse does, or gives up (and always gives up where csv-parse rejects it)', () => {
        fc.assert(fc.property(file(true), text => {
            const scanned = fast(text);
            if (scanned === 'gave up') return;
            expect(scanned).toEqual(csvParse(text));
        }), { numRuns: RUNS });
    });

    test('does not give up on plain files', () => {
        fc.assert(fc.property(file(false), text => {
            expect(fast(text)).toEqual(csvParse(text));
        }), { numRuns: RUNS });
    });

    test('examples: a quoted comma, a doubled quote, CRLF, a comment, a short row, a blank line', () => {
        const text = '\ufeff# from the survey office\r\nunit,item,score,value\r\n"A",1.1,,"85,5"\r\n\r\nA, 1.2 ,,"say ""hi"""\r\n  # note\r\nB,1.1\r\n';
        expect(fast(text)).toEqual({ header: ['unit', 'item', 'score', 'value'], records: [
            ['3', 'A', '1.1', '', '85,5'],
            ['5', 'A', '1.2', '', 'say "hi"'],
            ['7', 'B', '1.1', undefined, undefined],
        ] });
        expect(fast(text)).toEqual(csvParse(text));
    });
});
