/**
 * Local symbols are collected only for the kinds of name that references point to
 * (src/references/local-symbols.ts). If the grammar gains a reference to another kind, the first
 * test fails: collect that kind there, then add it to REFERENCE_TARGETS.
 */
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createChisoCoreServices } from '../src/chiso-module.js';
import { loadTexts } from '../src/load.js';
import { REFERENCE_TARGETS } from '../src/references/local-symbols.js';

describe('local symbols', () => {
    test('every cross-reference of the grammar points to a kind that local-symbols.ts knows', () => {
        const { shared } = createChisoCoreServices(EmptyFileSystem);
        const targets = new Set<string>();
        for (const type of Object.values(shared.AstReflection.types)) {
            for (const property of Object.values(type.properties)) if (property.referenceType) targets.add(property.referenceType);
        }
        expect([...targets].sort()).toEqual([...REFERENCE_TARGETS].sort());
    });

    test('formula inputs resolve inside their formula only; agencies and surveys of the file resolve', async () => {
        const text = `agency SNV "Sở Nội vụ"
survey SIPAS "Khảo sát SIPAS"
set T "Bộ thử" {
    total 2
    domain 1 "Lĩnh vực" max 2 {
        lead SNV
        criterion 1.1 "Hài lòng" max 1 {
            source survey SIPAS
            scoring formula {
                input a "Hài lòng"
                input b "Tổng"
                where a <= b
                result a / b
            }
        }
        criterion 1.2 "Khác" max 1 {
            scoring formula {
                input c "Tỷ lệ"
                result c + a
            }
        }
    }
}
`;
        const { files } = await loadTexts([{ path: '/local/a.chiso', text }], { lang: 'en' });
        const errors = files[0].diagnostics.filter(d => d.severity === 1);
        expect(errors.map(d => [d.code, d.range.start.line])).toEqual([['chiso/unknown-input', 18]]);
    });
});
