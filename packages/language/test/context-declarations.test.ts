/**
 * Context files are read for their declarations only (src/references/context-declarations.ts):
 * what a checked file can see of its siblings must not change.
 */
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createChisoCoreServices } from '../src/chiso-module.js';
import { loadTexts } from '../src/load.js';
import { declarationsOnly } from '../src/references/context-declarations.js';

const lexer = createChisoCoreServices(EmptyFileSystem).Chiso.parser.Lexer;

const SIBLING = `agency SNV "Sở Nội vụ"
set HUYEN "Bộ chỉ số cấp huyện" {
    total 1
    domain 1 "Lĩnh vực { với ngoặc }" max 1 { // a comment with } in it
        lead SNV
    }
}
survey SIPAS "Khảo sát" {
    conductedBy SNV
}
agency STP "Sở Tư pháp"
`;

describe('context files: declarations only', () => {
    test('set bodies are dropped; agencies, surveys and braces in strings and comments are handled', () => {
        expect(declarationsOnly(SIBLING, lexer)).toBe(`agency SNV "Sở Nội vụ"
set HUYEN "Bộ chỉ số cấp huyện" {}
survey SIPAS "Khảo sát" {
    conductedBy SNV
}
agency STP "Sở Tư pháp"
`);
    });

    test('text the lexer cannot read, or with unbalanced braces, is kept whole', () => {
        for (const text of ['set A "x" { total 1 ', 'set A "x" { total 1 } }', 'agency A "x" @ set B "y" { total 1 }']) {
            expect(declarationsOnly(text, lexer)).toBe(text);
        }
    });

    test('a checked file still resolves a sibling\'s agencies and surveys, and clashes with its set names', async () => {
        const checked = `set HUYEN "Bộ khác" {
    total 1
    domain 1 "Lĩnh vực" max 1 {
        lead STP
        criterion 1.1 "Khảo sát" max 1 {
            source survey SIPAS
        }
    }
}
`;
        const { files } = await loadTexts([
            { path: '/ctx/checked.chiso', text: checked },
            { path: '/ctx/sibling.chiso', text: SIBLING, context: true },
        ], { lang: 'en' });
        const errors = files[0].diagnostics.filter(d => d.severity === 1);
        expect(errors.map(d => d.code)).toEqual(['chiso/duplicate-name']);
        expect(errors[0].message).toContain('sibling.chiso');
    });
});
