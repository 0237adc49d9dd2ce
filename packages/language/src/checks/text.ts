/**
 * Text: Vietnamese in strings and names should be NFC (Word paste often gives decomposed letters);
 * strings and comments must not hide control characters — ESC and NUL reach terminals and
 * documents built from the set, bidirectional overrides reorder what a reviewer reads
 * ("Trojan Source", CVE-2021-42574).
 */
import { CstUtils, isLeafCstNode, type CstNode } from 'langium';
import type { Position } from 'vscode-languageserver';
import { UNCLOSED_STRING } from '../parser/chiso-lexer.js';
import type { ChecksFor, Report } from './report.js';
import type { Document } from '../generated/ast.js';

const TEXT_TOKENS = new Set(['STRING', UNCLOSED_STRING, 'ID']);
const WRITTEN_TOKENS = new Set(['STRING', UNCLOSED_STRING, 'SL_COMMENT', 'ML_COMMENT']);

/** C0 controls but tab and line ends, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const NAMES: Record<number, string> = {
    0x00: 'NUL', 0x07: 'BEL', 0x08: 'BS', 0x1b: 'ESC', 0x7f: 'DEL', 0x9b: 'CSI',
    0x202a: 'LRE', 0x202b: 'RLE', 0x202c: 'PDF', 0x202d: 'LRO', 0x202e: 'RLO',
    0x2066: 'LRI', 0x2067: 'RLI', 0x2068: 'FSI', 0x2069: 'PDI',
};

function describe(character: string): string {
    const code = character.codePointAt(0)!;
    const name = NAMES[code];
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

/** The position `index` characters into a token that may span lines. */
function positionIn(node: CstNode, index: number): Position {
    const before = node.text.slice(0, index);
    const lineBreak = before.lastIndexOf('\n');
    const lines = lineBreak < 0 ? 0 : before.split('\n').length - 1;
    const { start } = node.range;
    return { line: start.line + lines, character: lineBreak < 0 ? start.character + index : index - lineBreak - 1 };
}

function checkNfc(document: Document, root: CstNode, report: Report): void {
    // The common case, checked at once: nothing to find in text that is NFC as a whole.
    if (root.text === root.text.normalize('NFC')) return;
    for (const node of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(node) || !TEXT_TOKENS.has(node.tokenType.name)) continue;
        const normalized = node.text.normalize('NFC');
        if (normalized !== node.text) {
            report('not-nfc', { node: document, range: node.range }, {}, { normalized });
        }
    }
}

function checkControlCharacters(document: Document, root: CstNode, report: Report): void {
    if (!CONTROL.test(root.text)) return;
    const every = new RegExp(CONTROL, 'g');
    for (const node of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(node) || !WRITTEN_TOKENS.has(node.tokenType.name)) continue;
        for (const match of node.text.matchAll(every)) {
            const start = positionIn(node, match.index);
            const range = { start, end: { line: start.line, character: start.character + 1 } };
            report('control-character', { node: document, range }, { character: describe(match[0]) });
        }
    }
}

export const textChecks: ChecksFor = {
    Document: (document, report) => {
        const root = document.$cstNode;
        if (!root) return;
        checkNfc(document, root, report);
        checkControlCharacters(document, root, report);
    },
};
