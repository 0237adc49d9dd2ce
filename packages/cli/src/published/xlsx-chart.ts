/**
 * A native Excel bar chart added to a workbook exceljs wrote (exceljs has no chart API): a
 * DrawingML chart part, a drawing anchoring it on the sheet, their relationships and content
 * types, put into the zip with jszip. The chart reads its data from the sheet's cells (no cached
 * values), so Excel and LibreOffice draw it from the table the sheet shows.
 */
import JSZip from 'jszip';

export interface BarChart {
    /** The sheet holding the data, and where the chart goes: below its table. */
    readonly sheet: string;
    readonly title: string;
    /** The table: a header row at row 1, categories in column A (rows 2…rows+1), a series per column B… */
    readonly rows: number;
    readonly series: number;
    /** The value axis' maximum (100 for percentages). */
    readonly max: number;
}

const NS = {
    c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
    a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
    r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
    rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;
const TYPE = {
    chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
    drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
} as const;

const xml = (text: string) => text.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
/** A1-style column letters of a 0-based column number. */
const column = (n: number): string => (n >= 26 ? column(Math.floor(n / 26) - 1) : '') + String.fromCharCode(65 + (n % 26));

function chartXml(chart: BarChart): string {
    const sheet = `'${chart.sheet.replace(/'/g, "''")}'`;
    const last = chart.rows + 1;
    const series = Array.from({ length: chart.series }, (_, k) => {
        const col = column(k + 1);
        return `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx><c:strRef><c:f>${xml(`${sheet}!$${col}$1`)}</c:f></c:strRef></c:tx>`
            + `<c:invertIfNegative val="0"/>`
            + `<c:cat><c:strRef><c:f>${xml(`${sheet}!$A$2:$A$${last}`)}</c:f></c:strRef></c:cat>`
            + `<c:val><c:numRef><c:f>${xml(`${sheet}!$${col}$2:$${col}$${last}`)}</c:f></c:numRef></c:val></c:ser>`;
    }).join('');
    const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>`
        + `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="1"/><c:axId val="2"/></c:barChart>`
        // Categories top to bottom in the table's order (maxMin), the value axis then at the bottom (crosses max).
        + `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="2"/><c:crosses val="autoZero"/></c:catAx>`
        + `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/><c:max val="${chart.max}"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:crossAx val="1"/><c:crosses val="max"/></c:valAx>`
        + `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

/** The chart anchored below the table, across `width` columns, tall enough for every bar. */
function drawingXml(chart: BarChart): string {
    const top = chart.rows + 2, height = Math.max(15, Math.ceil((chart.rows * chart.series) / 2) + 6);
    const at = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor><xdr:from>${at(0, top)}</xdr:from><xdr:to>${at(Math.max(6, chart.series + 1), top + height)}</xdr:to>`
        + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
        + `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>`
        + `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic>`
        + `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

const relationships = (entries: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">${entries}</Relationships>`;

/** The workbook with the chart on its sheet; an error when the workbook lacks that sheet (a bug, not a user's problem). */
export async function withBarChart(workbook: Uint8Array, chart: BarChart): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(workbook);
    const read = async (name: string) => {
        const file = zip.file(name);
        if (!file) throw new Error(`${name} missing from the workbook`);
        return file.async('string');
    };
    // The sheet's part: its r:id in workbook.xml, that id's target in workbook.xml.rels.
    const sheets = await read('xl/workbook.xml');
    const id = [...sheets.matchAll(/<sheet [^>]*>/g)].map(m => m[0]).find(tag => tag.includes(`name="${xml(chart.sheet)}"`))?.match(/r:id="([^"]+)"/)?.[1];
    const target = id && (await read('xl/_rels/workbook.xml.rels')).match(new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`))?.[0].match(/Target="([^"]+)"/)?.[1];
    if (!target) throw new Error(`sheet ${chart.sheet} missing from the workbook`);
    const sheetPath = `xl/${target.replace(/^\/?xl\//, '')}`;
    const sheetFile = sheetPath.split('/').pop()!;
    const sheetRels = `xl/worksheets/_rels/${sheetFile}.rels`;

    zip.file('xl/charts/chart1.xml', chartXml(chart));
    zip.file('xl/drawings/drawing1.xml', drawingXml(chart));
    zip.file('xl/drawings/_rels/drawing1.xml.rels', relationships(`<Relationship Id="rId1" Type="${TYPE.chart}" Target="../charts/chart1.xml"/>`));
    const existing = zip.file(sheetRels) ? await read(sheetRels) : relationships('');
    const drawingId = 'rIdChisoDrawing1';
    zip.file(sheetRels, existing.replace('</Relationships>', `<Relationship Id="${drawingId}" Type="${TYPE.drawing}" Target="../drawings/drawing1.xml"/></Relationships>`));
    // <drawing> comes after the page setup and before legacyDrawing, tableParts and extLst (CT_Worksheet's order).
    let sheet = await read(sheetPath);
    if (!sheet.includes(`xmlns:r="${NS.r}"`)) sheet = sheet.replace('<worksheet ', `<worksheet xmlns:r="${NS.r}" `);
    const before = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'].map(tag => sheet.indexOf(tag)).filter(i => i >= 0);
    const at = Math.min(...before);
    zip.file(sheetPath, `${sheet.slice(0, at)}<drawing r:id="${drawingId}"/>${sheet.slice(at)}`);
    const types = await read('[Content_Types].xml');
    zip.file('[Content_Types].xml', types.replace('</Types>',
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
        + '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>'));
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
