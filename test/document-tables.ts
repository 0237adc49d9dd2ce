/** Published documents read back as tables of cell texts: HTML, DOCX (word/document.xml) and XLSX sheets. */
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';

export const unescapeHtml = (text: string) => text.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Each <table>'s rows, header included, as cell texts. */
export function htmlTables(html: string): string[][][] {
    return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(t => [...t[1].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(r => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(c => unescapeHtml(c[1]))));
}

/** Each top-level table of word/document.xml, as rows of cell texts (a cell's paragraphs joined by line breaks). */
export async function docxTables(file: string): Promise<{ tables: string[][][]; paragraphs: string[]; xml: string }> {
    const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
    const texts = (fragment: string) => [...fragment.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(p => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(t => unescapeHtml(t[1])).join(''));
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(t => [...t[1].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(r => [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(c => texts(c[1]).join('\n'))));
    return { tables, paragraphs: texts(xml), xml };
}

/** A sheet's rows as values (a formula's saved result in its place, empty cells ''). */
export function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
    return sheet.getSheetValues().slice(1).map(row => (row as ExcelJS.CellValue[] | undefined ?? []).slice(1).map(v => (v && typeof v === 'object' && 'result' in v ? v.result : v ?? '')));
}
