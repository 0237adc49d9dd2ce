/**
 * The records of a results CSV, read exactly as csv-parse reads them with the options results use
 * (results-csv.ts: a leading BOM dropped, cells trimmed, `#` comment lines and blank lines skipped,
 * rows shorter than the header allowed) but in one pass over the text, and with each distinct rest of
 * a line (everything after its first cell) parsed once: a results file repeats the same item, value
 * and inputs for every unit.
 *
 * It handles plain lines: LF or CRLF line ends, cells quoted or not. It gives up (returns false) on
 * anything else — a line break inside quotes, a lone CR, mixed line ends, a header naming a column
 * twice, or anything csv-parse would reject — and the caller reads the whole text with csv-parse
 * instead, whose messages and line numbers are the ones users see.
 */

export interface CsvSink {
    header(cells: readonly string[]): void;
    /**
     * A record after the header, on `line` (its last): its first cell, and a number for the rest of
     * it. Records with the same number have the same rest; `rests.cells(number)` reads its cells.
     */
    record(first: string | undefined, restNumber: number, line: number, rests: CsvRests): void;
}

export interface CsvRests {
    /** The cells of a rest (not to be changed); a cell past the end of a short record is undefined. */
    cells(restNumber: number): readonly (string | undefined)[];
}

const CR = 13, QUOTE = 34, HASH = 35, COMMA = 44;

/** The characters csv-parse trims before a cell and after a closing quote (line ends aside). */
const isTrimmed = (c: number) => c === 32 || c === 9 || c === 12;

/**
 * A cell at `start` of a line ending at `end`: its text and where it ends (at a comma or the end),
 * or undefined when csv-parse would read it otherwise (or reject it).
 */
function cell(text: string, start: number, end: number): { value: string; next: number } | undefined {
    let i = start;
    while (i < end && isTrimmed(text.charCodeAt(i))) i++;
    if (i < end && text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        for (let j = from; ; j++) {
            // No closing quote on this line: a quoted line break.
            if (j >= end) return undefined;
            if (text.charCodeAt(j) !== QUOTE) continue;
            value += text.slice(from, j);
            if (text.charCodeAt(j + 1) === QUOTE && j + 1 < end) {
                // "" inside quotes is one quote.
                value += '"';
                from = j + 2;
                j++;
                continue;
            }
            let k = j + 1;
            while (k < end && isTrimmed(text.charCodeAt(k))) k++;
            return k === end || text.charCodeAt(k) === COMMA ? { value, next: k } : undefined;
        }
    }
    let j = i;
    for (; j < end; j++) {
        const c = text.charCodeAt(j);
        if (c === COMMA) break;
        if (c === QUOTE) return undefined;
    }
    // csv-parse trims the end of an unquoted cell with String.prototype.trimEnd, the start only of the characters above.
    return { value: text.slice(i, j).trimEnd(), next: j };
}

/** The cells from `start` (a comma, or the end of the line) to `end`. */
function cells(text: string, start: number, end: number): string[] | undefined {
    const out: string[] = [];
    for (let i = start; i < end;) {
        const c = cell(text, i + 1, end);
        if (!c) return undefined;
        out.push(c.value);
        i = c.next;
    }
    return out;
}

/**
 * The distinct rests of lines, found by a hash of their characters and compared in place, so that
 * a line that repeats an earlier rest costs no new string. Open addressing; a slot holds a rest's
 * number and hash side by side. Only the texts are kept: cells are read again when asked for (the
 * caller keeps what it needs from a rest the first time).
 */
class Rests implements CsvRests {
    private readonly texts: string[] = [];
    private slots = new Int32Array(2 << 10).fill(-1);
    private lastNumber = -1;
    private lastCells: readonly string[] = [];

    cells(restNumber: number): readonly string[] {
        if (restNumber !== this.lastNumber) {
            const text = this.texts[restNumber];
            this.lastCells = cells(text, 0, text.length)!;
            this.lastNumber = restNumber;
        }
        return this.lastCells;
    }

    /** The number of the rest text[start, end) with this hash, or -1. */
    find(text: string, start: number, end: number, hash: number): number {
        const mask = (this.slots.length >> 1) - 1;
        for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
            const number = this.slots[2 * slot];
            if (number < 0) return -1;
            if (this.slots[2 * slot + 1] === hash) {
                const known = this.texts[number];
                if (known.length === end - start && text.startsWith(known, start)) return number;
            }
        }
    }

    /** A new rest, whose cells have just been read. */
    add(text: string, hash: number, cells: readonly string[]): number {
        const number = this.texts.push(text) - 1;
        this.lastNumber = number;
        this.lastCells = cells;
        // At most half full, so probes stay short.
        if (4 * this.texts.length > this.slots.length) {
            const old = this.slots;
            this.slots = new Int32Array(2 * old.length).fill(-1);
            for (let slot = 0; slot < old.length; slot += 2) if (old[slot] >= 0) this.place(old[slot], old[slot + 1]);
        }
        this.place(number, hash);
        return number;
    }

    private place(number: number, hash: number): void {
        const mask = (this.slots.length >> 1) - 1;
        let slot = hash & mask;
        while (this.slots[2 * slot] >= 0) slot = (slot + 1) & mask;
        this.slots[2 * slot] = number;
        this.slots[2 * slot + 1] = hash;
    }
}

export function scanCsv(text: string, sink: CsvSink): boolean {
    const length = text.length;
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    // csv-parse takes its line end from the first it meets; a lone CR anywhere else counts as one more line.
    const firstLf = text.indexOf('\n', pos);
    const crlf = firstLf > 0 && text.charCodeAt(firstLf - 1) === CR;
    const firstCr = text.indexOf('\r', pos);
    if (firstCr >= 0 && (!crlf || firstCr < firstLf - 1)) return false;

    let columns = -1;
    const rests = new Rests();
    // The last first cell whose text is its value (no quotes, nothing trimmed): lines of one unit start alike.
    let plain = '';
    for (let line = 1; pos < length; line++) {
        const start = pos;
        let end = text.indexOf('\n', pos);
        pos = end < 0 ? length : end + 1;
        if (end < 0) end = length;
        else if (crlf) {
            if (text.charCodeAt(end - 1) !== CR) return false;
            end--;
        }
        let first: string, restStart: number;
        if (plain !== '' && text.startsWith(plain, start) && text.charCodeAt(start + plain.length) === COMMA) {
            first = plain;
            restStart = start + plain.length;
        } else {
            if (crlf && end > start && text.lastIndexOf('\r', end - 1) >= start) return false;
            let i = start;
            while (i < end && isTrimmed(text.charCodeAt(i))) i++;
            // Blank lines and comment lines are skipped.
            if (i === end || text.charCodeAt(i) === HASH) continue;
            const c = cell(text, i, end);
            if (!c) return false;
            first = c.value;
            restStart = c.next;
            plain = i === start && first.length === restStart - start && text.charCodeAt(start) !== QUOTE ? first : '';
        }
        let hash = 0;
        for (let i = restStart; i < end; i++) {
            const c = text.charCodeAt(i);
            if (c === CR) return false;
            hash = (Math.imul(hash, 31) + c) | 0;
        }
        let restNumber = rests.find(text, restStart, end, hash);
        if (restNumber < 0) {
            const rest = cells(text, restStart, end);
            if (!rest || (columns >= 0 && rest.length + 1 > columns)) return false;
            restNumber = rests.add(text.slice(restStart, end), hash, rest);
        }
        if (columns < 0) {
            const header = [first, ...rests.cells(restNumber)];
            // csv-parse makes each record an object keyed by column: a repeated or inherited name reads differently.
            if (new Set(header).size !== header.length || header.some(name => name in Object.prototype)) return false;
            columns = header.length;
            sink.header(header);
            continue;
        }
        sink.record(first, restNumber, line, rests);
    }
    return true;
}
