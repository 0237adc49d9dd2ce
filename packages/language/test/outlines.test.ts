/**
 * Sets published to a given depth (src/model/outline.ts, outline-status.ts): the messages in both
 * languages, the one note of a header-only set, what hovers say remains to detail, and what the
 * JSON contract and the annex make of outline items.
 */
import { expectHover, validationHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CriteriaSet, Document } from '../src/generated/ast.js';
import { loadTexts } from '../src/load.js';
import { setOutlineText } from '../src/model/outline-status.js';
import { buildAnnex } from '../src/outputs/annex.js';
import { compileSet, FORMAT_VERSION } from '../src/outputs/criteria-json.js';
import { chisoServices } from './test-services.js';

/** Domain level: 7+5+6+4+9 = 31 criteria declared by the domains, 30 by the set. */
const DOMAIN_OUTLINE = `set S "Dàn ý" {
    total 100
    counts { domains 5  criteria 30 }
    domain 1 "A" max 20 { counts { criteria 7  components 10 } }
    domain 2 "B" max 20 { counts { criteria 5  components 8 } }
    domain 3 "C" max 20 { counts { criteria 6  components 9 } }
    domain 4 "D" max 20 { counts { criteria 4  components 6 } }
    domain 5 "E" max 20 { counts { criteria 9  components 7 } }
}`;

const HEADER_ONLY = `set HT2019 "Chỉ số CCHC cấp sở" {
    total 100
    split { appraisal 80  survey 20 }
    counts { domains 8  criteria 39 }
}`;

/** Domain 1 written out, domain 2 an outline, criterion 3.1 an outline inside a written domain. */
const MIXED = `set M "Vừa chi tiết vừa dàn ý" {
    total 30
    counts { domains 3  criteria 5  components 7 }
    domain 1 "Chi tiết" max 10 {
        criterion 1.1 "Kế hoạch" max 6 { component 1.1.1 "Ban hành" max 6 }
        criterion 1.2 "Báo cáo" max 4 { component 1.2.1 "Đúng hạn" max 4 }
    }
    domain 2 "Dàn ý" max 10 { counts { criteria 2  components 3 } }
    domain 3 "Dàn ý một phần" max 10 {
        criterion 3.1 "Chưa chi tiết" max 10 { counts { components 2 } }
    }
}`;

const PAPI = `set P "PAPI" {
    total 10
    domain 1 "Tham gia của người dân" max 10 min 2 {
        criterion 1.1 "Tri thức công dân" max 3 min 0.5
        criterion 1.2 "Cơ hội tham gia" max 3 min 0.5
        criterion 1.3 "Chất lượng bầu cử" max 4 min 0.5
    }
}`;

async function diagnostics(lang: 'vi' | 'en', text: string) {
    const result = await validationHelper<Document>(chisoServices(lang))(text);
    return result.diagnostics;
}

async function firstSet(text: string): Promise<CriteriaSet> {
    const { files } = await loadTexts([{ path: '/outlines/s.chiso', text }]);
    return files[0].sets[0];
}

describe('checks name what the tree has plus what outlines declare', () => {
    test('the set counts 31 criteria, all declared by its domains (en and vi)', async () => {
        const [en] = await diagnostics('en', DOMAIN_OUTLINE);
        expect(en.message).toMatch(/^The criteria set declares 30 criteria but the tree has 31 \(31 of them declared by outline items, not yet written\)\. Counting rule:/);
        const vi = await diagnostics('vi', DOMAIN_OUTLINE);
        expect(vi.map(d => d.code)).toEqual(['chiso/count-mismatch']);
        expect(vi[0].message).toMatch(/^Bộ tiêu chí khai báo 30 tiêu chí nhưng cây có 31 \(trong đó 31 do các mục dàn ý khai báo, chưa viết\)\. Cách đếm:/);
    });

    test('a header-only set gets exactly one note, in each language', async () => {
        const en = await diagnostics('en', HEADER_ONLY);
        expect(en.map(d => [d.severity, d.code, d.message])).toEqual([[3, 'chiso/set-outline',
            'The set has only its header, no domains yet (8 domains, 39 criteria not yet written); its total, split and counts are checked once domains are written.']]);
        const vi = await diagnostics('vi', HEADER_ONLY);
        expect(vi.map(d => [d.severity, d.code, d.message])).toEqual([[3, 'chiso/set-outline',
            'Bộ tiêu chí mới có phần khai báo chung, chưa có lĩnh vực nào (còn 8 lĩnh vực, 39 tiêu chí chưa viết); tổng điểm, cơ cấu điểm và số lượng sẽ được đối chiếu khi viết các lĩnh vực.']]);
    });

    test('minima that do not add up, in Vietnamese with decimal commas', async () => {
        const vi = await diagnostics('vi', PAPI);
        expect(vi.map(d => d.message)).toEqual(['Tổng điểm tối thiểu của các mục con của lĩnh vực 1 là 1,5, khác điểm tối thiểu 2 của nó (chênh lệch 0,5).']);
    });

    test('a split that outlines of unknown source cannot reach says "at most" (vi)', async () => {
        const text = `set T "Cơ cấu" {
            total 100
            split { appraisal 70  survey 30 }
            domain 1 "A" max 80 { source appraisal  counts { criteria 5 } }
            domain 2 "B" max 20 { counts { criteria 2 } }
        }`;
        const vi = await diagnostics('vi', text);
        expect(vi.map(d => d.message)).toEqual([
            'Bộ tiêu chí: điểm từ nguồn tự đánh giá/thẩm định là ít nhất 80 (kể cả điểm của các mục dàn ý chưa rõ nguồn), khác số khai báo 70 (chênh lệch 10).',
            'Bộ tiêu chí: điểm từ nguồn điều tra xã hội học là nhiều nhất 20 (kể cả điểm của các mục dàn ý chưa rõ nguồn), khác số khai báo 30 (chênh lệch 10).',
        ]);
    });
});

describe('what remains to detail', () => {
    test('the status line of a set with outlines, of a header-only set, and none for a full set', async () => {
        const mixed = await firstSet(MIXED);
        expect(setOutlineText('vi', mixed)).toBe('Dàn ý: 2 mục chưa chi tiết, còn 2 tiêu chí, 5 tiêu chí thành phần chưa viết');
        expect(setOutlineText('en', mixed)).toBe('Outline: 2 items not yet detailed, 2 criteria, 5 components not yet written');
        expect(setOutlineText('en', mixed, true)).toBe('outline: 2 criteria, 5 components to write');
        const header = await firstSet(HEADER_ONLY);
        expect(setOutlineText('vi', header)).toBe('Dàn ý: mới có phần khai báo chung, chưa có lĩnh vực nào; còn 8 lĩnh vực, 39 tiêu chí chưa viết');
        expect(setOutlineText('vi', header, true)).toBe('chưa có lĩnh vực: còn 8 lĩnh vực, 39 tiêu chí');
        expect(setOutlineText('en', await firstSet(PAPI))).toBeUndefined();
    });

    const at = (before: string, text: string) => {
        const index = text.indexOf(before);
        return text.slice(0, index + before.length) + '<|>' + text.slice(index + before.length);
    };

    test('hover on an outline item says what it has still to write (vi and en)', async () => {
        await expectHover(chisoServices('vi'))({
            text: at('domain 2 "Dàn', MIXED), index: 0, disposeAfterCheck: true,
            hover: /^\*\*Lĩnh vực 2\*\*: Dàn ý\n\n.*\n\nDàn ý: còn 2 tiêu chí, 3 tiêu chí thành phần chưa viết\n\n/,
        });
        await expectHover(chisoServices('en'))({
            text: at('criterion 3.1 "Chưa', MIXED), index: 0, disposeAfterCheck: true,
            hover: /\n\nOutline: 2 components not yet written\n\n/,
        });
        // Without a source clause an outline's source is not known yet, or is what its own split says.
        await expectHover(chisoServices('en'))({
            text: at('domain 2 "Dàn', MIXED), index: 0, disposeAfterCheck: true,
            hover: /not yet written\n\nBy source: outlines, source unknown 10$/,
        });
        await expectHover(chisoServices('vi'))({
            text: at('domain 2 "Dàn', MIXED.replace('{ counts { criteria 2  components 3 } }', '{ split { appraisal 6  survey 4 }  counts { criteria 2  components 3 } }')),
            index: 0, disposeAfterCheck: true,
            hover: /chưa viết\n\nTheo nguồn: tự đánh giá\/thẩm định 6 · điều tra xã hội học 4$/,
        });
    });

    test('hover on the set: outlines\' points of unknown source, what remains; a header-only set shows no sum to match', async () => {
        await expectHover(chisoServices('en'))({
            text: at('set ', MIXED), index: 0, disposeAfterCheck: true,
            hover: /Σ domains 30 \/ 30 ✓\n\nBy source: appraisal 10 · outlines, source unknown 20\n\nOutline: 2 items not yet detailed, 2 criteria, 5 components not yet written/,
        });
        await expectHover(chisoServices('vi'))({
            text: at('set ', HEADER_ONLY), index: 0, disposeAfterCheck: true,
            hover: '**Bộ tiêu chí HT2019**: Chỉ số CCHC cấp sở\n\nDàn ý: mới có phần khai báo chung, chưa có lĩnh vực nào; còn 8 lĩnh vực, 39 tiêu chí chưa viết',
        });
    });
});

describe('the JSON contract and the annex', () => {
    test('outline items compile as leaves marked with what they declare below them', async () => {
        const compiled = compileSet(await firstSet(MIXED));
        expect(compiled.formatVersion).toBe(FORMAT_VERSION);
        const [domain1, domain2, domain3] = compiled.items;
        expect(domain1).not.toHaveProperty('outline');
        expect(domain2).toMatchObject({ children: [], scoring: null, outline: { criteria: 2, components: 3 } });
        expect(domain3.children[0]).toMatchObject({ code: '3.1', children: [], outline: { components: 2 } });
        expect(domain3).not.toHaveProperty('outline');
    });

    test('totals by source: an outline counts by its own split, else as the appraisal its source field says', async () => {
        const compiled = compileSet(await firstSet(`set B "Nguồn" {
    total 100
    domain 1 "A" max 70 { counts { criteria 5 } }
    domain 2 "B" max 30 { split { appraisal 25  survey 5 }  counts { criteria 4 } }
}`));
        expect(compiled.items.map(i => i.source.kind)).toEqual(['appraisal', 'appraisal']);
        expect(compiled.totals.bySource).toEqual({ appraisal: 95, survey: 5, specialist: 0 });
    });

    test('a domain outline declaring criteria only leaves components null', async () => {
        const compiled = compileSet(await firstSet('set G "Gia Lai" { total 10  domain 6 "Tài chính công" max 10 { counts { criteria 4 } } }'));
        expect(compiled.items[0].outline).toEqual({ criteria: 4, components: null });
    });

    test('the annex notes outline rows as not yet detailed; a header-only set shows its total and what remains', async () => {
        const annex = buildAnnex(compileSet(await firstSet(MIXED)), 'vi');
        expect(annex.rows.find(r => r.code === '2')?.note).toBe('(chưa chi tiết: 2 tiêu chí, 3 tiêu chí thành phần)');
        expect(annex.rows.find(r => r.code === '3.1')?.note).toBe('(chưa chi tiết: 2 tiêu chí thành phần)');
        expect(annex.rows.find(r => r.code === '1')?.note).toBe('');
        const header = buildAnnex(compileSet(await firstSet(HEADER_ONLY)), 'en');
        expect(header.rows.map(r => [r.kind, r.maxPoints.toString(), r.note])).toEqual([['total', '100', '(not yet detailed: 8 domains, 39 criteria)']]);
    });
});

describe('outlines whose points were not published', () => {
    const UNKNOWN = `set U "Chưa công bố điểm" {
        total 100
        counts { domains 3  criteria 9 }
        domain 1 "A" max 70 { counts { criteria 3 } }
        domain 2 "B" { counts { criteria 4 } }
        domain 3 "C" { counts { criteria 2 } }
    }`;

    test('the status line says how many items\' points are not known (vi and en)', async () => {
        const set = await firstSet(UNKNOWN);
        expect(setOutlineText('vi', set, true)).toBe('dàn ý: còn 9 tiêu chí; chưa rõ điểm của 2 mục');
        expect(setOutlineText('en', set, true)).toBe('outline: 9 criteria to write; the points of 2 items are not known');
    });

    test('an item without max that is not an outline says what to write, in Vietnamese', async () => {
        const text = `set S "Thiếu max" {
            total 2
            domain 1 "A" max 2 {
                criterion 1.1 "B"
                criterion 1.2 "C" max 2
            }
        }`;
        expect((await diagnostics('vi', text)).map(d => d.message)).toEqual([
            'Thiếu `max`: viết điểm tối đa của tiêu chí 1.1 sau tiêu đề, ví dụ `max 2`. Chỉ mục dàn ý (chưa có mục con, khai báo `counts` cho các cấp dưới) mới được để trống điểm khi chưa công bố.',
        ]);
    });

    test('known domains already over the total, in Vietnamese', async () => {
        const text = UNKNOWN.replace('max 70', 'max 120');
        expect((await diagnostics('vi', text)).map(d => d.message)).toEqual([
            'Các lĩnh vực đã biết điểm đã cộng lại 120, vượt tổng điểm 100 (thừa 20), chưa kể 2 lĩnh vực dàn ý chưa rõ điểm.',
        ]);
    });
});
