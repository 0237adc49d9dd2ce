/** Hovers (src/lsp/hover-provider.ts) in both languages, through `langium/test`'s expectHover. */
import { expectHover } from 'langium/test';
import { describe, test } from 'vitest';
import { FOLDER } from './lsp-sample.js';
import { chisoServices } from './test-services.js';

const vi = expectHover(chisoServices('vi'));
const en = expectHover(chisoServices('en'));

/** The sample with the cursor marker `<|>` put just after the first occurrence of `before`. */
function at(before: string, text = FOLDER): string {
    const index = text.indexOf(before);
    if (index < 0) throw new Error(`not in the sample: ${before}`);
    return text.slice(0, index + before.length) + '<|>' + text.slice(index + before.length);
}

describe('hover on an item', () => {
    test('a criterion whose children do not add up: the sum with ✗, its share, its sources (vi)', async () => {
        await vi({
            text: at('criterion 1'), index: 0, disposeAfterCheck: true, hover: [
                '**Tiêu chí 1.1**: Kế hoạch CCHC',
                'Điểm tối đa: 8 · Σ mục con 7,5 / 8 ✗ · 40% tổng điểm của bộ tiêu chí',
                'Theo nguồn: tự đánh giá/thẩm định 7,5',
            ].join('\n\n'),
        });
    });

    test('the same in English, with decimal points', async () => {
        await en({ text: at('criterion 1.1 "Kế'), index: 0, disposeAfterCheck: true, hover: /^\*\*Criterion 1\.1\*\*: Kế hoạch CCHC\n\nMax points: 8 · Σ children 7\.5 \/ 8 ✗ · 40% of the set's total/ });
    });

    test('bands in words, as decisions print them (vi and en)', async () => {
        const text = at('component 1.1.2 "Mức');
        await vi({
            text, index: 0, disposeAfterCheck: true, hover: [
                '**Tiêu chí thành phần 1.1.2**: Mức độ hoàn thành',
                'Điểm tối đa: 5 · 25% tổng điểm của bộ tiêu chí',
                'Nguồn điểm: tự đánh giá/thẩm định (mặc định)',
                'Chấm điểm theo tỷ lệ “Tỷ lệ nhiệm vụ hoàn thành”:\n- 100%: 5 điểm\n- từ 80% đến dưới 100%: 0,5 điểm\n- dưới 80%: 0 điểm',
            ].join('\n\n'),
        });
        await en({ text, index: 0, disposeAfterCheck: true, hover: /Scored by percentage “Tỷ lệ nhiệm vụ hoàn thành”:\n- 100%: 5 points\n- from 80% to below 100%: 0\.5 points\n- below 80%: 0 points/ });
    });

    test('choices, evidence, lead and coordinating agencies by their titles', async () => {
        await vi({
            text: at('component 1.1.1 "Ban'), index: 0, disposeAfterCheck: true, hover: [
                '**Tiêu chí thành phần 1.1.1**: Ban hành kế hoạch',
                'Điểm tối đa: 2,5 · 12,5% tổng điểm của bộ tiêu chí',
                'Nguồn điểm: tự đánh giá/thẩm định (mặc định)',
                'Chấm điểm theo phương án:\n- Ban hành đúng hạn: 2,5 điểm\n- Ban hành chậm: 1 điểm',
                'Tài liệu kiểm chứng: Kế hoạch CCHC năm',
                'Cơ quan chủ trì: Sở Nội vụ',
                'Cơ quan phối hợp: Sở Tư pháp',
            ].join('\n\n'),
        });
    });

    test('the units not assigned an item: its own `exempt` and its parents\', by their titles', async () => {
        const text = `agency SoYTe "Sở Y tế"
agency SoTuPhap "Sở Tư pháp"
set E "Miễn" {
    total 2
    domain 1 "Chỉ đạo" max 1
    domain 2 "Dịch vụ công" max 1 {
        exempt SoYTe
        criterion 2.1 "Một cửa" max 1 { exempt SoTuPhap, SoYTe }
    }
}
`;
        await vi({ text: at('criterion 2.', text), index: 0, disposeAfterCheck: true, hover: /\n\nKhông giao cho \(miễn, không tính vào điểm tối đa\): Sở Y tế; Sở Tư pháp$/ });
        await en({ text: at('domain 2 "Dịch', text), index: 0, disposeAfterCheck: true, hover: /\n\nNot assigned to \(exempt, left out of their max\): Sở Y tế$/ });
    });

    test('tiers, on the title as well as on the code', async () => {
        await en({ text: at('"Sáng kiến'), index: 0, disposeAfterCheck: true, hover: /Scored by count:\n- 2 or more: 2 points\n- 1: 1 point\n- 0: 0 points/ });
    });

    test('a survey-sourced component: the survey, the ancestor it inherits from, an inexact share', async () => {
        await vi({
            text: at('component 2.1.1 "Tiếp'), index: 0, disposeAfterCheck: true, hover: [
                '**Tiêu chí thành phần 2.1.1**: Tiếp cận dịch vụ',
                'Điểm tối đa: 10/3 · ≈ 16,67% tổng điểm của bộ tiêu chí',
                'Nguồn điểm: điều tra xã hội học SIPAS (Chỉ số hài lòng), kế thừa từ tiêu chí 2.1',
                'Chấm điểm theo tỷ lệ “Tỷ lệ hài lòng”: điểm = tỷ lệ đạt được (%) × 10/3 / 100',
            ].join('\n\n'),
        });
        await en({ text: at('component 2.1.3 "'), index: 0, disposeAfterCheck: true, hover: /Source: survey SIPAS \(Chỉ số hài lòng\), inherited from criterion 2\.1/ });
    });

    test('a formula as written, its inputs with their ranges and its constraints', async () => {
        await en({
            text: at('component 2.1.2 "Th'), index: 0, disposeAfterCheck: true,
            hover: /Scored by formula: `satisfied \/ respondents \* 10 \/ 3`\n- `satisfied`: Số người hài lòng \(0 or more\)\n- `respondents`: Số người trả lời \(1 or more\)\n- provided `satisfied <= respondents`$/,
        });
    });

    test('a deduction criterion: what its rule takes off, at most its max less the default floor, outside the total', async () => {
        await vi({
            text: at('criterion Đ'), index: 0, disposeAfterCheck: true, hover: [
                '**Tiêu chí Đ1**: Bị phê bình về CCHC',
                'Điểm tối đa: 2 · Điểm trừ, nằm ngoài tổng điểm của bộ tiêu chí',
                'Nguồn điểm: tự đánh giá/thẩm định (mặc định)',
                'Chấm điểm trừ: trừ 0,5 điểm cho mỗi lần, trừ tối đa 2 điểm',
            ].join('\n\n'),
        });
    });

    test("a domain with a split: points by source against the item's split", async () => {
        const text = at('domain 1 "', FOLDER.replace('lead SNV\n        criterion 1.1', 'split { appraisal 8  survey 2 }\n        criterion 1.1'));
        await en({ text, index: 0, disposeAfterCheck: true, hover: /\n\nBy source: appraisal 9\.5 ≠ 8 · survey 0 ≠ 2$/ });
    });

    test("authors' Markdown characters are shown as written", async () => {
        await en({ text: at('criterion 1.2 "', FOLDER.replace('"Sáng kiến cải cách"', '"Sáng kiến (*) _mới_"')), index: 0, disposeAfterCheck: true, hover: /^\*\*Criterion 1\.2\*\*: Sáng kiến \(\\\*\) \\_mới\\_\n/ });
    });

    test('only the header describes the item: its fields, rules and whitespace do not', async () => {
        await en({ text: at('evid'), index: 0, disposeAfterCheck: true, hover: undefined });
        await en({ text: at('[80%, 1'), index: 0, disposeAfterCheck: true, hover: undefined });
        await en({ text: at('component 1.1.1 "Ban hành kế hoạch"'), index: 0, disposeAfterCheck: true, hover: undefined });
    });
});

describe('hover on sets, deduction groups, surveys and agencies', () => {
    test('the set: decision, the domains against the total, points by source against the split', async () => {
        await vi({
            text: at('set '), index: 0, disposeAfterCheck: true, hover: [
                '**Bộ tiêu chí S**: Bộ chỉ số thử',
                'Quyết định số 1/QĐ-UBND ngày 2023-08-11',
                'Σ lĩnh vực 20 / 20 ✓',
                'Theo nguồn: tự đánh giá/thẩm định 9,5 ≠ 10 · điều tra xã hội học 10',
            ].join('\n\n'),
        });
    });

    test('a deduction group', async () => {
        await en({ text: at('deduct'), index: 0, disposeAfterCheck: true, hover: "**Deduction group**: Điểm trừ\n\nMax points: 2 · Σ children 2 / 2 ✓ · Deducted points, outside the set's total" });
    });

    test('a survey: conductor, period, samples with their groups and totals, the items it scores', async () => {
        const expected = [
            '**Survey SIPAS**: Chỉ số hài lòng',
            'Conducted by: Sở Nội vụ',
            'Period: 2023-01-01 to 2023-11-30',
            '8 questions per respondent',
            'Sample “Người dân”: 400 respondents\n- Cấp tỉnh: 150\n- Cấp huyện: 250\n- Σ groups 400 / 400 ✓',
            'Used by S: 3 items, 10 points',
        ].join('\n\n');
        await en({ text: at('survey SIP'), index: 0, disposeAfterCheck: true, hover: expected });
        // A reference to the survey shows the same.
        await en({ text: at('source survey SIP'), index: 0, disposeAfterCheck: true, hover: expected });
    });

    test('a sample whose groups do not add up is marked', async () => {
        await vi({ text: at('survey SIP', FOLDER.replace('"Cấp huyện" 250', '"Cấp huyện" 205')), index: 0, disposeAfterCheck: true, hover: /- Σ nhóm 355 \/ 400 ✗/ });
    });

    test('an agency, declared or referred to: its title and how many items it leads', async () => {
        await vi({ text: at('agency SN'), index: 0, disposeAfterCheck: true, hover: '**Cơ quan SNV**: Sở Nội vụ\n\nChủ trì 2 mục, phối hợp 0 mục trong thư mục này' });
        await en({ text: at('coordinating ST'), index: 0, disposeAfterCheck: true, hover: '**Agency STP**: Sở Tư pháp\n\nLeads 0 items and coordinates 1 in this folder' });
    });
});

describe('hover while typing', () => {
    test('a document with syntax errors still has hovers where the tree is whole', async () => {
        const broken = FOLDER.replace('criterion 1.2 "Sáng kiến cải cách" max 2 {', 'criterion 1.2 "Sáng kiến cải cách" max {');
        await vi({ text: at('criterion 1.1 "K', broken), index: 0, disposeAfterCheck: true, hover: /Σ mục con 7,5 \/ 8 ✗/ });
        await vi({ text: at('criterion 1.2 "S', broken), index: 0, disposeAfterCheck: true, hover: /^\*\*Tiêu chí 1\.2\*\*: Sáng kiến cải cách/ });
        await vi({ text: at('criterion 1.1 "K', broken), index: 0, disposeAfterCheck: true, hover: /\n\n_Tệp có lỗi cú pháp: các tổng và các kiểm tra khác sẽ chạy lại khi lỗi cú pháp được sửa\._$/ });
    });
});

describe('hover beside outlines whose points were not published', () => {
    const UNKNOWN = `set U "Chưa công bố điểm" {
    total 100
    domain 1 "Chỉ đạo" max 60 {
        criterion 1.1 "Kế hoạch" max 20
        criterion 1.2 "Kiểm tra" { counts { components 3 } }
    }
    domain 2 "Thể chế" { counts { criteria 5 } }
}
`;

    test('the outline says its points are not published; the domain\'s sum is a lower bound (vi)', async () => {
        await vi({ text: at('max 20\n        criterion 1.', UNKNOWN), index: 0, disposeAfterCheck: true, hover: /Điểm tối đa: chưa công bố \(mục dàn ý\)/ });
        await vi({ text: at('domain ', UNKNOWN), index: 0, disposeAfterCheck: true, hover: /Σ mục con ≥ 20 \/ 60: chưa rõ điểm của 1 mục/ });
    });

    test('the set\'s sum says how many domains\' points are not known (en)', async () => {
        await en({ text: at('set ', UNKNOWN), index: 0, disposeAfterCheck: true, hover: /Σ domains ≥ 60 \/ 100: the points of 1 domain are not known/ });
    });
});
