/**
 * The annex as the decision prints it (DOCX, with the `docx` library): A4 landscape, Times New
 * Roman, a header with the decision number and date, numbered rows per level, bold domains,
 * Vietnamese number format, the scoring rule in words under each item, survey marks in the
 * note column, a totals row and per-source subtotal rows.
 */
import { AlignmentType, BorderStyle, Document, Header, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { annexPoints, type Annex, type AnnexRow, type Lang } from '@chiso/language';

export const FONT = 'Times New Roman';
/** Column widths in twentieths of a point, summing to the printable width of A4 landscape. */
const WIDTHS = [1100, 6800, 1300, 1500, 1500, 2200];

export function cell(texts: readonly string[], width: number, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: number; header?: boolean } = {}): TableCell {
    return new TableCell({
        width: { size: width, type: WidthType.DXA },
        shading: options.header ? { fill: 'E7E6E6' } : undefined,
        children: (texts.length > 0 ? texts : ['']).map((text, i) => new Paragraph({
            alignment: options.align,
            indent: options.indent ? { left: options.indent } : undefined,
            children: [new TextRun({ text, bold: options.bold && i === 0, italics: i > 0, font: FONT, size: i > 0 ? 22 : 24 })],
        })),
    });
}

function row(r: AnnexRow, lang: Lang): TableRow {
    const bold = r.kind === 'domain' || r.kind === 'total' || r.kind === 'deductions';
    const titleLines = [r.title, ...r.scoring.map(line => `– ${line}`)];
    return new TableRow({
        children: [
            cell([r.code], WIDTHS[0], { bold, align: AlignmentType.CENTER }),
            cell(titleLines, WIDTHS[1], { bold, indent: r.depth * 240 }),
            cell([annexPoints(r, lang)], WIDTHS[2], { bold, align: AlignmentType.CENTER }),
            cell([], WIDTHS[3]),
            cell([], WIDTHS[4]),
            cell([r.note], WIDTHS[5]),
        ],
    });
}

/** A paragraph of one run in the documents' font (size in half-points), optionally on a new page. */
export function textParagraph(text: string, options: { bold?: boolean; italics?: boolean; size?: number; center?: boolean; pageBreakBefore?: boolean } = {}): Paragraph {
    return new Paragraph({
        alignment: options.center ? AlignmentType.CENTER : undefined,
        pageBreakBefore: options.pageBreakBefore,
        spacing: { before: 120, after: 120 },
        children: [new TextRun({ text, font: FONT, bold: options.bold, italics: options.italics, size: options.size ?? 26 })],
    });
}

/** A bordered table of `widths` (twentieths of a point), its header row repeated on each page. */
export function borderedTable(widths: readonly number[], columns: readonly string[], rows: TableRow[]): Table {
    const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
    return new Table({
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: [...widths],
        borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
        rows: [
            new TableRow({ tableHeader: true, children: columns.map((c, i) => cell([c], widths[i], { bold: true, align: AlignmentType.CENTER, header: true })) }),
            ...rows,
        ],
    });
}

/** A4 landscape, 1000-twip margins: 14400 twips to print on. A4 (210 × 297 mm) is given in portrait terms; docx swaps the sides. */
export const LANDSCAPE_A4 = { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } };

export async function annexDocx(annex: Annex, lang: Lang, headerText: string): Promise<Uint8Array> {
    const table = borderedTable(WIDTHS, annex.columns, annex.rows.map(r => row(r, lang)));
    const paragraph = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: FONT, bold: options.bold, italics: options.italics, size: options.size ?? 26 })] });
    const document = new Document({
        creator: 'chiso',
        title: annex.heading,
        styles: { default: { document: { run: { font: FONT } } } },
        sections: [{
            properties: { page: LANDSCAPE_A4 },
            headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: headerText, font: FONT, size: 20, italics: true })] })] }) },
            children: [
                paragraph(annex.heading.toUpperCase(), { bold: true, size: 28 }),
                ...(annex.subheading ? [paragraph(annex.subheading, { italics: true })] : []),
                new Paragraph({ children: [] }),
                table,
            ],
        }],
    });
    return new Uint8Array(await Packer.toBuffer(document));
}
