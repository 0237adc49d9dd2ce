/**
 * The separator of a CSV file: a comma, or a semicolon — what Excel writes where the decimal
 * separator is a comma (Vietnamese regional settings). Decided by the first line that holds
 * anything (comment lines aside when `comment` is given): the mark that separates more of it,
 * quoted text not counted.
 */
export type CsvSeparator = ',' | ';';

export function csvSeparator(text: string, comment?: string): CsvSeparator {
    for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n|\r/)) {
        const trimmed = line.trim();
        if (trimmed === '' || (comment !== undefined && trimmed.startsWith(comment))) continue;
        const unquoted = line.replace(/"(?:[^"]|"")*"?/g, '');
        const count = (mark: string) => unquoted.split(mark).length - 1;
        return count(';') > count(',') ? ';' : ',';
    }
    return ',';
}
