/**
 * What a person at a terminal gets and a pipe, a file or a CI log never does: colour on stdout and
 * a progress line on stderr. NO_COLOR (no-color.org) turns colour off, FORCE_COLOR on (`0` or
 * `false` off) even into a pipe, FORCE_COLOR winning as in Node itself. Progress is drawn only on
 * a terminal, and never under CI (`CI` set), whose logs keep every redraw.
 */
import { neutraliseControls } from '@chiso/language/safe-text';

interface Stream {
    readonly isTTY?: boolean;
}

type Env = NodeJS.ProcessEnv;

export function wantsColour(stream: Stream, env: Env = process.env): boolean {
    const force = env.FORCE_COLOR;
    if (force !== undefined) return force !== '0' && force !== 'false';
    if (env.NO_COLOR) return false;
    return stream.isTTY === true && env.TERM !== 'dumb';
}

export function showsProgress(stream: Stream, env: Env = process.env): boolean {
    return stream.isTTY === true && env.TERM !== 'dumb' && !env.CI;
}

export type Style = 'error' | 'warning' | 'info' | 'place' | 'code' | 'caret';

/** Wraps a piece of text in a style: escape sequences around it, or nothing. */
export type Paint = (style: Style, text: string) => string;

const SGR: Record<Style, string> = { error: '1;31', warning: '1;33', info: '1;36', place: '1', code: '2', caret: '32' };

/**
 * Terminal colours. The writer passes painted text through as it is, so each piece is neutralised
 * here: a title's own escape sequences still reach the terminal only as pictures (␛).
 */
export const ansi: Paint = (style, text) => `\u001b[${SGR[style]}m${neutraliseControls(text)}\u001b[0m`;

/**
 * A status line redrawn in place on stderr, at most every `interval` ms; `clear` erases it (before
 * anything else is written to the same terminal, and at the end).
 */
export function progressLine(write: (text: string) => void, interval = 100): { show(text: () => string): void; clear(): void } {
    let last = -Infinity;
    let shown = false;
    return {
        show(text) {
            const now = Date.now();
            if (now - last < interval) return;
            last = now;
            shown = true;
            write(`\r\u001b[K${neutraliseControls(text())}`);
        },
        clear() {
            if (shown) write('\r\u001b[K');
            shown = false;
        },
    };
}
