/**
 * The published results as a document (DOCX): the annex's page, font and table style; the
 * ranking, the unranked apart, the sub-index table and its chart (bars as shaded cells), then
 * each unit's scored annex on its own page.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
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

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
/** The chart's columns: the unit, the bar (100 %), the figure. */
const CHART_WIDTHS = [3400, 9000, 2000];
const BAR_FILL = '2F6DB5';

/** A bar `percent` of the bar column long: a one-row table whose first cell is shaded. */
function bar(percent: number): Table {
    const filled = Math.round((CHART_WIDTHS[1] * Math.min(100, Math.max(0, percent))) / 100);
    const widths = [filled, CHART_WIDTHS[1] - filled].filter(w => w > 0);
    return new Table({
        width: { size: CHART_WIDTHS[1], type: WidthType.DXA },
        columnWidths: widths,
        borders: NO_BORDERS,
        rows: [new TableRow({
            children: widths.map((w, i) => new TableCell({ width: { size: w, type: WidthType.DXA }, shading: i === 0 && filled > 0 ? { type: ShadingType.CLEAR, color: 'auto', fill: BAR_FILL } : undefined, children: [new Paragraph({ children: [] })] })),
        })],
    });
}

/**
 * The sub-index chart as Word shows it without images: per domain a borderless table, a row
 * per unit with its bar drawn as a shaded cell and its figure (— and no bar where not assessed).
 */
function chart(view: ResultsView): (Paragraph | Table)[] {
    return view.domains.flatMap((domain, d) => [
        textParagraph(`${domain.code}. ${domain.title}`, { bold: true }),
        new Table({
            width: { size: PRINTABLE, type: WidthType.DXA },
            columnWidths: CHART_WIDTHS,
            borders: NO_BORDERS,
            rows: view.subIndices.map(row => {
                const percent = row.percents[d];
                return new TableRow({
                    children: [
                        cell([row.unit], CHART_WIDTHS[0], { align: AlignmentType.RIGHT }),
                        new TableCell({ width: { size: CHART_WIDTHS[1], type: WidthType.DXA }, children: percent === null ? [new Paragraph({ children: [] })] : [bar(percent.valueOf()), new Paragraph({ children: [] })] }),
                        cell([orDash(view, percent)], CHART_WIDTHS[2]),
                    ],
                });
            }),
        }),
    ]);
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
        textParagraph(renderResultsText(view.lang, 'results-chart'), { bold: true }),
        ...chart(view),
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
