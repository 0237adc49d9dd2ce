/** Text: Vietnamese in strings and names should be NFC (Word paste often gives decomposed letters). */
import { CstUtils, isLeafCstNode } from 'langium';
import { UNCLOSED_STRING } from '../parser/chiso-lexer.js';
import type { ChecksFor } from './report.js';

const TEXT_TOKENS = new Set(['STRING', UNCLOSED_STRING, 'ID']);

export const textChecks: ChecksFor = {
    Document: (document, report) => {
        const root = document.$cstNode;
        if (!root) return;
        // The common case, checked at once: nothing to find in text that is NFC as a whole.
        if (root.text === root.text.normalize('NFC')) return;
        for (const node of CstUtils.streamCst(root)) {
            if (!isLeafCstNode(node) || !TEXT_TOKENS.has(node.tokenType.name)) continue;
            const normalized = node.text.normalize('NFC');
            if (normalized !== node.text) {
                report('not-nfc', { node: document, range: node.range }, {}, { normalized });
            }
        }
    },
};
