/**
 * The published results as a document (DOCX): the annex's page, font and table style; the
 * ranking, the unranked apart, the sub-index table, then each unit's scored annex on its own page.
 */
import { AlignmentType, Document, Packer, type Paragraph, type Table, TableRow } from 'docx';
import { borderedTable, cell, FONT, LANDSCAPE_A4, textParagraph } from '../annex/docx.js';
import { renderResultsText, type PlainTextCode } from './results-texts.js';
import { orDash, rankingCells, type RankingRow, type ResultsView } from './results-view.js';

/** LANDSCAPE_A4's printable width, in twentieths of a point. */
const PRINTABLE = 14400;
const ANNEX_WIDTHS = [1100, 8100, 1500, 1500, 2200];

/** A first column (or two) at set widths and the rest sharing what is left of the page. */
function spread(fixed: readonly number[], count: number): number[] {
    const rest = count - fixed.length;
    return [...fixed, ...Array.from({ length: rest }, () => Math.floor((PRINTABLE - fixed.reduce((a, b) => a + b, 0)) / rest))];
}

/** Numeric columns right-aligned; `style` sets a row's weight and its title's indent. */
function textTable(columns: readonly string[], widths: readonly number[], rows: readonly (readonly string[])[], numeric: (i: number) => boolean, style: (r: number) => { bold?: boolean; indent?: number } = () => ({})): Table {
    return borderedTable(widths, columns, rows.map((cells, r) => new TableRow({
        children: cells.map((text, i) => cell([text], widths[i], { bold: style(r).bold, indent: i === 1 ? style(r).indent : undefined, align: numeric(i) ? AlignmentType.RIGHT : undefined })),
    })));
}

function ranking(view: ResultsView, rows: readonly RankingRow[]): Table {
    const widths = spread([700, 4000], view.rankingColumns.length);
    return textTable(view.rankingColumns, widths, rows.map(row => rankingCells(view, row)), i => i !== 1);
}

export async function resultsDocx(view: ResultsView): Promise<Uint8Array> {
    const t = (code: PlainTextCode) => renderResultsText(view.lang, code);
    const body: (Paragraph | Table)[] = [
        textParagraph(view.heading.toUpperCase(), { bold: true, size: 28, center: true }),
        ...(view.subheading ? [textParagraph(view.subheading, { italics: true, center: true })] : []),
        textParagraph(t('results-heading').toUpperCase(), { bold: true, center: true }),
        textParagraph(t('results-ranking'), { bold: true }),
        ranking(view, view.ranked),
    ];
    if (view.unranked.length > 0) body.push(textParagraph(t('results-unranked'), { bold: true }), ranking(view, view.unranked));
    body.push(
        textParagraph(t('results-sub-indices'), { bold: true }),
        textTable(view.subIndexColumns, spread([3000], view.subIndexColumns.length), view.subIndices.map(row => [row.unit, ...row.percents.map(p => orDash(view, p))]), i => i > 0),
    );
    for (const annex of view.annexes) {
        body.push(
            textParagraph(annex.title.toUpperCase(), { bold: true, size: 28, center: true, pageBreakBefore: true }),
            textTable(view.annexColumns, ANNEX_WIDTHS, annex.lines.map(line => [line.row.code, line.row.title, orDash(view, line.max), orDash(view, line.achieved), line.row.note]),
                i => i === 2 || i === 3, r => ({ bold: ['domain', 'total', 'deductions'].includes(annex.lines[r].row.kind), indent: annex.lines[r].row.depth * 240 })),
            textParagraph(annex.indexLine, { bold: true }),
        );
    }
    const document = new Document({
        creator: 'chiso',
        title: view.heading,
        styles: { default: { document: { run: { font: FONT } } } },
        sections: [{ properties: { page: LANDSCAPE_A4 }, children: body }],
    });
    return new Uint8Array(await Packer.toBuffer(document));
}
