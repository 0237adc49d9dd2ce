/** Inlay hints (src/lsp/inlay-hint-provider.ts): rolled-up sums after `max`, totals after a set's title. */
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../src/i18n/index.js';
import { FOLDER } from './lsp-sample.js';
import { chisoServices } from './test-services.js';

/** Each hint as the line it sits on, cut where it is shown, followed by its label. */
async function hints(text: string, lang: Lang): Promise<string[]> {
    const services = chisoServices(lang);
    const document = await parseHelper(services)(text);
    const lines = text.split('\n');
    const found = await services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
    });
    return (found ?? []).map(h => `${lines[h.position.line].slice(0, h.position.character).trim()} ⟨${h.label}⟩`);
}

describe('inlay hints', () => {
    test("a set, every item with children and a deduction group get Σ; a sum that does not add up is marked (vi)", async () => {
        expect(await hints(FOLDER, 'vi')).toEqual([
            'set S "Bộ chỉ số thử" ⟨Σ 20 · thẩm định 9,5 ≠ 10 · ĐTXHH 10⟩',
            'domain 1 "Chỉ đạo, điều hành" max 10 ⟨Σ 10⟩',
            'criterion 1.1 "Kế hoạch CCHC" max 8 ⟨Σ 7,5 ≠ 8⟩',
            'domain 2 "Sự hài lòng" max 10 ⟨Σ 10⟩',
            'criterion 2.1 "Chỉ số SIPAS" max 10 ⟨Σ 10⟩',
            'deductions "Điểm trừ" max 2 ⟨Σ 2⟩',
        ]);
    });

    test('points of outlines of unknown source are shown apart, and a split they could still make is not marked ≠', async () => {
        const text = `set O "Dàn ý" {
    total 100
    split { appraisal 60  survey 40 }
    domain 1 "Thẩm định" max 50 { source appraisal  counts { criteria 5 } }
    domain 2 "Chưa rõ nguồn" max 50 { counts { criteria 4 } }
}`;
        expect(await hints(text, 'vi')).toEqual(['set O "Dàn ý" ⟨Σ 100 · thẩm định 50 · ĐTXHH 0 · dàn ý chưa rõ nguồn 50⟩']);
        // 50 points of appraisal already exceed a declared 40, and 60 survey points are more than the outlines hold.
        expect(await hints(text.replace('appraisal 60  survey 40', 'appraisal 40  survey 60'), 'en'))
            .toEqual(['set O "Dàn ý" ⟨Σ 100 · appraisal 50 ≠ 40 · survey 0 ≠ 60 · outlines, source unknown 50⟩']);
    });

    test('English names the sources in English and uses decimal points', async () => {
        const found = await hints(FOLDER, 'en');
        expect(found[0]).toBe('set S "Bộ chỉ số thử" ⟨Σ 20 · appraisal 9.5 ≠ 10 · survey 10⟩');
        expect(found[2]).toBe('criterion 1.1 "Kế hoạch CCHC" max 8 ⟨Σ 7.5 ≠ 8⟩');
    });

    test("the domains' sum against the declared total, and an item's own split", async () => {
        const text = FOLDER.replace('total 20', 'total 25').replace('domain 2 "Sự hài lòng" max 10 {', 'domain 2 "Sự hài lòng" max 10 {\n        split { survey 9 }');
        const found = await hints(text, 'vi');
        expect(found[0]).toBe('set S "Bộ chỉ số thử" ⟨Σ 20 ≠ 25 · thẩm định 9,5 ≠ 10 · ĐTXHH 10⟩');
        expect(found).toContain('domain 2 "Sự hài lòng" max 10 ⟨Σ 10 · ĐTXHH 10 ≠ 9⟩');
    });

    test('without a split, a set sourced from appraisal alone shows its sum only', async () => {
        expect(await hints('set T "B" {\n    domain 1 "C" max 100 {\n        criterion 1.1 "D" max 100\n    }\n}\n', 'en'))
            .toEqual(['set T "B" ⟨Σ 100⟩', 'domain 1 "C" max 100 ⟨Σ 100⟩']);
    });

    test('hints are computed on a document being typed, where its parts are whole', async () => {
        const found = await hints(FOLDER.replace('component 1.1.1 "Ban hành kế hoạch" max 2.5 {', 'component 1.1.1 "Ban hành kế hoạch" max {'), 'vi');
        expect(found).toContain('domain 2 "Sự hài lòng" max 10 ⟨Σ 10⟩');
    });

    test('the tooltip says what the figure is', async () => {
        const services = chisoServices('en');
        const document = await parseHelper(services)(FOLDER);
        const found = await services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } } });
        expect(found?.[2]).toMatchObject({ label: 'Σ 7.5 ≠ 8', tooltip: "Sum of the children's max points (≠: not the declared max)", paddingLeft: true });
    });
});
