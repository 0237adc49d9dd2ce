/** Compiled JSON → Chiso source → compiled JSON gives the same bytes, for every example set. */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatText } from '../src/format.js';
import { loadTexts } from '../src/load.js';
import { loadFiles } from '../src/load-files.js';
import { chisoSource } from '../src/outputs/chiso-source.js';
import { compileSet, serializeCompiledSet } from '../src/outputs/criteria-json.js';

const EXAMPLES = path.resolve(import.meta.dirname, '../../../examples');
const folders = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.chiso')).map(f => path.dirname(f)).filter((d, i, all) => all.indexOf(d) === i).sort();

describe('Chiso source from a compiled set', () => {
    test.each(folders)('%s: source → compile gives the same JSON, with no diagnostics', async folder => {
        const { files } = await loadFiles([path.join(EXAMPLES, folder)], { lang: 'en' });
        for (const set of files.flatMap(f => f.sets)) {
            const original = serializeCompiledSet(compileSet(set));
            const text = await formatText(chisoSource(compileSet(set)));
            const again = await loadTexts([{ path: `/roundtrip/${set.name}.chiso`, text }], { lang: 'en' });
            const problems = again.files[0].diagnostics.filter(d => d.severity === 1 || d.severity === 2);
            expect(problems.map(d => `${d.range.start.line + 1}: ${d.message}`), text).toEqual([]);
            expect(serializeCompiledSet(compileSet(again.files[0].sets[0]))).toBe(original);
        }
    });
});

describe('Chiso source of what no example declares', () => {
    test('`exempt` on a domain and a component comes back as written', async () => {
        const text = `agency SoYTe "Sở Y tế"
agency SoTuPhap "Sở Tư pháp"
set E "Miễn" {
    total 2
    domain 1 "Chỉ đạo" max 1 { criterion 1.1 "Kế hoạch" max 1 { component 1.1.1 "Ban hành" max 1 { exempt SoYTe } } }
    domain 2 "Dịch vụ công" max 1 { exempt SoTuPhap, SoYTe }
}
`;
        const first = await loadTexts([{ path: '/exempt/e.chiso', text }], { lang: 'en' });
        const original = compileSet(first.files[0].sets[0]);
        const source = await formatText(chisoSource(original));
        expect(source).toContain('exempt SoTuPhap, SoYTe');
        const again = await loadTexts([{ path: '/exempt-again/e.chiso', text: source }], { lang: 'en' });
        expect(serializeCompiledSet(compileSet(again.files[0].sets[0]))).toBe(serializeCompiledSet(original));
    });
});
