/** The differences as documents: DOCX (the annex's page, font and table style) and XLSX (points as numbers). */
import { AlignmentType, Document, Packer, Paragraph, Table, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { Fraction } from 'fraction.js';
import type { Lang } from '@chiso/language';
import { borderedTable, cell, FONT, LANDSCAPE_A4, textParagraph } from '../annex/docx.js';
import { tableSheet } from '../output/xlsx-table.js';
import { differenceCells, differenceColumns, differencePoints, POINT_COLUMNS, unitHeading } from './difference-report.js';
import type { UnitDifferences } from './difference-table.js';
import { renderDifferenceText } from './difference-texts.js';

/** Twentieths of a point, summing to LANDSCAPE_A4's printable 14400. */
const DOCX_WIDTHS = [600, 900, 3900, 1000, 1000, 1200, 3400, 1200, 1200];
const XLSX_WIDTHS = [6, 9, 48, 10, 10, 12, 40, 12, 12];

export async function differenceDocx(units: readonly UnitDifferences[], lang: Lang): Promise<Uint8Array> {
    const heading = renderDifferenceText(lang, 'differences-heading');
    const body: (Paragraph | Table)[] = [textParagraph(heading.toUpperCase(), { bold: true, size: 28, center: true })];
    const columns = differenceColumns(lang);
    for (const unit of units) {
        body.push(textParagraph(unitHeading(unit, lang), { bold: true }));
        if (unit.lines.length === 0) {
            body.push(textParagraph(renderDifferenceText(lang, 'differences-none')));
            continue;
        }
        const rows = unit.lines.map((line, i) => new TableRow({
            children: differenceCells(line, i + 1, lang).map((text, c) => cell([text], DOCX_WIDTHS[c], { align: c === 0 ? AlignmentType.CENTER : POINT_COLUMNS.has(c) ? AlignmentType.RIGHT : undefined })),
        }));
        body.push(borderedTable(DOCX_WIDTHS, columns, rows));
    }
    const document = new Document({
        creator: 'chiso',
        title: heading,
        styles: { default: { document: { run: { font: FONT } } } },
        sections: [{ properties: { page: LANDSCAPE_A4 }, children: body }],
    });
    return new Uint8Array(await Packer.toBuffer(document));
}

export async function differenceXlsx(units: readonly UnitDifferences[], lang: Lang): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'chiso';
    const sheet = tableSheet(workbook, renderDifferenceText(lang, 'differences-sheet'), XLSX_WIDTHS);
    sheet.heading(renderDifferenceText(lang, 'differences-heading'), { size: 13 });
    sheet.header(differenceColumns(lang));
    for (const unit of units) {
        sheet.heading(unitHeading(unit, lang), { fill: 'FFDDDDDD' });
        if (unit.lines.length === 0) sheet.line(renderDifferenceText(lang, 'differences-none'));
        unit.lines.forEach((line, i) => sheet.row(differenceCells(line, i + 1, lang), new Map([[0, new Fraction(i + 1)], ...differencePoints(line)])));
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}
