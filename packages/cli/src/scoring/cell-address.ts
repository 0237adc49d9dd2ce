/** A cell's address as Excel writes it: `E14` for row 14, column 5. */
export function cellAddress(row: number, column: number): string {
    let letters = '';
    for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
    return `${letters}${row}`;
}
