/** The task table as a document to send the agencies (DOCX): the annex's page, font and table style. */
import { AlignmentType, Document, Packer, Paragraph, Table, TableRow } from 'docx';
import type { Lang } from '@chiso/language';
import { borderedTable, cell, FONT, LANDSCAPE_A4, textParagraph } from '../annex/docx.js';
import { domainHeading, partHeading, taskCells, taskColumns, taskHeading } from './task-report.js';
import { renderTaskText } from './task-texts.js';
import type { TaskTable } from './task-table.js';

/** Twentieths of a point, summing to LANDSCAPE_A4's printable 14400; the deadline column left wide enough to write in. */
const WIDTHS = [600, 3300, 900, 1900, 1900, 2000, 2400, 1400];
/** With the year before's column, after the points lost. */
const WIDTHS_WITH_PREVIOUS = [600, 2700, 900, 1500, 1700, 1700, 1800, 2100, 1400];

export async function taskDocx(table: TaskTable, lang: Lang): Promise<Uint8Array> {
    const body: (Paragraph | Table)[] = [textParagraph(taskHeading(table, lang).toUpperCase(), { bold: true, size: 28, center: true })];
    const columns = taskColumns(table, lang);
    const widths = table.withPrevious ? WIDTHS_WITH_PREVIOUS : WIDTHS;
    for (const part of table.parts) {
        body.push(textParagraph(partHeading(part, lang), { bold: true }));
        if (part.groups.length === 0) body.push(textParagraph(renderTaskText(lang, 'tasks-none')));
        let number = 0;
        for (const group of part.groups) {
            body.push(textParagraph(domainHeading(part, group, lang)));
            const rows = group.lines.map(line => new TableRow({
                children: taskCells(line, ++number, lang).map((texts, i) => cell(texts, widths[i], { align: i === 0 || i === 2 ? AlignmentType.CENTER : undefined })),
            }));
            body.push(borderedTable(widths, columns, rows));
        }
    }
    const document = new Document({
        creator: 'chiso',
        title: taskHeading(table, lang),
        styles: { default: { document: { run: { font: FONT } } } },
        sections: [{ properties: { page: LANDSCAPE_A4 }, children: body }],
    });
    return new Uint8Array(await Packer.toBuffer(document));
}
