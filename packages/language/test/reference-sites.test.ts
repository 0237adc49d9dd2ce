/**
 * Names are collected, and references linked and indexed, only where the grammar puts them
 * (src/references/reference-sites.ts). If the grammar gains a reference in another place or to
 * another kind of name, one of the first two tests fails: visit it there, then list it.
 */
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createChisoCoreServices } from '../src/chiso-module.js';
import { loadTexts } from '../src/load.js';
import { REFERENCE_HOLDERS, REFERENCE_TARGETS } from '../src/references/reference-sites.js';

describe('local symbols', () => {
    const { shared } = createChisoCoreServices(EmptyFileSystem);
    const references = Object.values(shared.AstReflection.types).flatMap(type =>
        Object.values(type.properties).flatMap(property => (property.referenceType ? [{ holder: type.name, target: property.referenceType }] : [])));

    test('every cross-reference of the grammar points to a kind of name that reference-sites.ts collects', () => {
        expect([...new Set(references.map(r => r.target))].sort()).toEqual([...REFERENCE_TARGETS]);
    });

    test('every cross-reference of the grammar sits on a node that reference-sites.ts visits', () => {
        expect([...new Set(references.map(r => r.holder))].sort()).toEqual([...REFERENCE_HOLDERS]);
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
