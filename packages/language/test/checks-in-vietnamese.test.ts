/** The checks added for issue #16, as a Vietnamese officer reads them. */
import { describe, expect, test } from 'vitest';
import { loadTexts } from '../src/load.js';
import { formulaSet } from './deep-documents.js';

async function messages(text: string): Promise<string[]> {
    const { files } = await loadTexts([{ path: '/vi/a.chiso', text }], { lang: 'vi' });
    return files[0].diagnostics.map(d => `${d.code}: ${d.message}`);
}

describe('messages in Vietnamese', () => {
    test('an empty choice rule', async () => {
        const text = 'set S "A" { total 1 domain 1 "B" max 1 { scoring choice { } } }';
        expect(await messages(text)).toEqual(['chiso/rule-empty: Quy tắc `choice` không có phương án nào: không giá trị nào chấm được điểm.']);
    });

    test('a divisor that is always 0, and one that is 0 at a value of an input', async () => {
        expect(await messages(formulaSet('a / 0'))).toEqual(['chiso/zero-divisor: Chia cho 0: 0 luôn bằng 0.']);
        expect(await messages(formulaSet('a / (b - 2.5) * 0', 'input a max 1 input b'))).toContain(
            'chiso/division-by-zero: Có thể chia cho 0: (b - 2.5) bằng 0 khi b = 2,5. Khai báo giá trị tối thiểu cho đầu vào (ví dụ `min 1`).');
    });

    test('a proportional rule in a deduction group', async () => {
        const text = 'set S "A" { total 1 domain 1 "B" max 1 deductions "Điểm trừ" max 1 { criterion Đ1 "C" max 1 { scoring proportional } } }';
        expect(await messages(text)).toEqual(['chiso/deduction-rule-ambiguous: Trong nhóm điểm trừ, điểm của tiêu chí Đ1 là số điểm bị trừ; `proportional` không cho biết tỷ lệ là phần bị trừ hay phần được giữ. Viết số điểm bị trừ bằng `deduct`, `tiers`, `bands`, `choice` hoặc `formula`.']);
    });

    test('a gap between bands, as a range', async () => {
        const text = 'set S "A" { total 1 domain 1 "B" max 1 { scoring bands { >= 80% -> 1  < 50% -> 0 } } }';
        expect(await messages(text)).toEqual(['chiso/band-gap: Các khung điểm bỏ sót giá trị: từ 50% đến dưới 80% không thuộc khung nào.']);
    });

    test('an item of max 0', async () => {
        const text = 'set S "A" { total 1 domain 1 "B" max 1 { criterion 1.1 "C" max 1  criterion 1.2 "D" max 0 } }';
        expect(await messages(text)).toEqual(['chiso/max-zero: Tiêu chí 1.2 có điểm tối đa 0: mục này không được điểm nào. Kiểm tra lại điểm tối đa theo quyết định, hoặc xóa mục.']);
    });

    test('a NUL in a string', async () => {
        expect(await messages('agency A "Sở Nội vụ\u0000"\n')).toEqual([
            'chiso/control-character: Văn bản chứa ký tự điều khiển vô hình U+0000 (NUL); hãy xóa nó: ký tự này có thể che giấu hoặc đảo thứ tự nội dung người duyệt nhìn thấy.',
        ]);
    });

    test('a control character in a string', async () => {
        expect(await messages('agency A "Sở\u202eNội vụ"\n')).toEqual([
            'chiso/control-character: Văn bản chứa ký tự điều khiển vô hình U+202E (RLO); hãy xóa nó: ký tự này có thể che giấu hoặc đảo thứ tự nội dung người duyệt nhìn thấy.',
        ]);
    });
});
