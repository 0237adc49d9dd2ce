/**
 * Text from a criteria set (titles, notes, ids) reaches terminals, SARIF and exported documents.
 * A control character in it — an escape sequence that recolours, hides or rewrites terminal
 * lines, or bytes that make a DOCX unreadable — is never written raw: each becomes a visible
 * stand-in (the Unicode control pictures ␛, ␇ …; U+FFFD for C1 controls). Tabs, line feeds and
 * CRLF line ends stay.
 */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/g;
const ANY_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/;

function picture(control: string): string {
    const code = control.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
}

export function neutraliseControls(text: string): string {
    // Most text has none: test before building a new string (reports run to hundreds of megabytes).
    return ANY_CONTROL.test(text) ? text.replace(CONTROL, picture) : text;
}
