/** Checks through `langium/test`: the node, property, code and both languages of a message. */
import { expectError, expectNoIssues, expectWarning, validationHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CriteriaSet, Document, Item } from '../src/generated/ast.js';
import { renderMessage, RULES, type RuleCode } from '../src/i18n/index.js';
import { exact } from '../src/model/points.js';
import { chisoServices } from './test-services.js';

const SET = `set S "Kế hoạch" {
    total 10
    domain 1 "Chỉ đạo, điều hành" max 10 {
        criterion 1.1 "Kế hoạch CCHC" max 3 {
            component 1.1.1 "Ban hành kế hoạch" max 1
            component 1.1.2 "Mức độ hoàn thành" max 1.5
        }
        criterion 1.2 "Báo cáo" max 7
    }
}`;

const firstSet = (document: Document) => document.elements[0] as CriteriaSet;
const criterion11 = (document: Document) => firstSet(document).items[0].children[0] as Item;

describe('messages come from one table, in Vietnamese and English', () => {
    test('sum mismatch in English names the criterion, expected, actual and difference', async () => {
        const validate = validationHelper<Document>(chisoServices('en'));
        const result = await validate(SET);
        expectError(result, 'The children of criterion 1.1 add up to 2.5, not its max of 3 (difference 0.5). No single mistyped figure explains the difference.', {
            node: criterion11(result.document.parseResult.value),
            property: 'max',
            code: 'chiso/sum-mismatch',
        });
    });

    test('the same in Vietnamese, with decimal commas', async () => {
        const validate = validationHelper<Document>(chisoServices('vi'));
        const result = await validate(SET);
        expectError(result, 'Tổng điểm tối đa của các mục con của tiêu chí 1.1 là 2,5, khác điểm tối đa 3 của nó (chênh lệch 0,5). Không có một số gõ nhầm nào giải thích được chênh lệch.', {
            node: criterion11(result.document.parseResult.value),
            property: 'max',
            code: 'chiso/sum-mismatch',
        });
    });

    test('quick-fix data carries the children’s sum', async () => {
        const result = await validationHelper<Document>(chisoServices('en'))(SET);
        const diagnostic = result.diagnostics.find(d => d.code === 'chiso/sum-mismatch');
        expect(diagnostic?.data).toMatchObject({ code: 'chiso/sum-mismatch', expected: '3', actual: '2.5' });
    });

    test('a syntax error is reported in Vietnamese too', async () => {
        const result = await validationHelper<Document>(chisoServices('vi'))('set S "A" { domain 1 "B" max 5 { criterion 1.1 max 5 } }');
        expect(result.diagnostics.map(d => [d.code, d.message])).toContainEqual(['chiso/syntax', 'Cần một chuỗi "…" nhưng gặp `max`.']);
    });

    test.each([
        ['set S "A {\n}', 'Chuỗi chưa đóng: thêm dấu `"` ở cuối chuỗi, trên cùng dòng này.'],
        ['set S "A" { domain 1 "B" max12.5 }', 'Cần khoảng trắng sau `max`: viết `max 12.5`.'],
        ['set S "A" { domain 1 "B" 5 }', 'Thiếu `max` trước điểm tối đa: viết `max 5`.'],
        ['set S "A" { domain 1 "B" max 1 { scoring bands {\n từ 80% đến dưới 100% -> 1\n } } }', 'Viết khoảng giá trị bằng ký hiệu: `[80%, 100%)` (`[` gồm cận dưới, `)` không gồm cận trên).'],
    ])('a common slip says what to write, in Vietnamese, first: %s', async (text, message) => {
        const result = await validationHelper<Document>(chisoServices('vi'))(text);
        expect(result.diagnostics.map(d => [d.code, d.message])[0]).toEqual(['chiso/syntax', message]);
    });

    test('a clean set has no issues', async () => {
        const result = await validationHelper<Document>(chisoServices('en'))(SET.replace('max 1.5', 'max 2'));
        expectNoIssues(result, { severity: 1 });
        expectNoIssues(result, { severity: 2 });
    });

    test('a gap warning names what is missing', async () => {
        const result = await validationHelper<Document>(chisoServices('vi'))(SET.replace('criterion 1.2', 'criterion 1.4'));
        expectWarning(result, 'Mã 1.4 đứng sau 1.1; thiếu: 1.2, 1.3.', { node: firstSet(result.document.parseResult.value).items[0].children[1], property: 'code', code: 'chiso/code-gap' });
    });

    test('in Vietnamese, numbering messages say the scheme the set shows', async () => {
        const validate = validationHelper<Document>(chisoServices('vi'));
        const result = await validate(`set S "La Mã" {
    total 4
    domain I "Một" max 2 { criterion 1 "A" max 1  criterion 2 "B" max 1 }
    domain IIII "Hai" max 1 { criterion 1 "C" max 1 }
    domain V "Ba" max 1 { criterion 5 "D" max 1 }
}`);
        const domains = firstSet(result.document.parseResult.value).items;
        expectError(result, 'Mã 1 đã được dùng ở dòng 3. Bộ này đánh số tiêu chí liên tục trong cả bộ, không bắt đầu lại từ 1 ở mỗi lĩnh vực: mục này là số 3 (hoặc 4.1 nếu đánh số trong từng lĩnh vực).',
            { node: domains[1].children[0], property: 'code', code: 'chiso/duplicate-code' });
        expectWarning(result, 'IIII không phải cách viết số La Mã: số 4 viết là IV.', { node: domains[1], property: 'code', code: 'chiso/roman-numeral' });
        expectWarning(result, 'Mã 5 đứng sau 2 (đánh số liên tục trong cả bộ); thiếu: 3, 4.', { node: domains[2].children[0], property: 'code', code: 'chiso/code-gap' });
    });

    test('every message renders in both languages without leftover placeholders', () => {
        const args = new Proxy({}, { get: (_t, key) => (key === 'percent' ? 'yes' : '1'), ownKeys: () => [], has: () => true });
        for (const code of Object.keys(RULES) as RuleCode[]) {
            for (const lang of ['vi', 'en'] as const) {
                const text = RULES[code][lang](args as never);
                expect(text, `${code} ${lang}`).not.toMatch(/undefined|\$\{/);
                expect(text.length, `${code} ${lang}`).toBeGreaterThan(6);
            }
        }
        expect(renderMessage('vi', 'sum-mismatch', { item: 'tiêu chí 1.1', expected: exact('3'), actual: exact('5/2'), difference: exact('1/2') }))
            .toContain('2,5');
    });
});

describe('numbers as officers write them, in Vietnamese', () => {
    const WITH_COMMAS = `set S "Dấu phẩy" {
    year 99999999999999999999999
    total 1,5
    domain 1 "Một" max 1,5 {
        criterion 1.1 "A" max 0,5 {
            scoring bands { [80,100%) -> 0,5  < 80% -> 0 }
        }
        criterion 1.2 "B" max 0,75 {
            scoring formula { input a "A" max 1  result min(1,5) * a / 2 }
        }
    }
}`;

    test('a child off by 0,25 is named with the comma', async () => {
        const result = await validationHelper<Document>(chisoServices('vi'))(WITH_COMMAS);
        expectError(result, 'Tổng điểm tối đa của các mục con của lĩnh vực 1 là 1,25, khác điểm tối đa 1,5 của nó (chênh lệch 0,25). Không có một số gõ nhầm nào giải thích được chênh lệch.', {
            node: firstSet(result.document.parseResult.value).items[0],
            property: 'max',
            code: 'chiso/sum-mismatch',
        });
    });

    test('a comma that may have been meant to separate is explained', async () => {
        const result = await validationHelper<Document>(chisoServices('vi'))(WITH_COMMAS);
        const messages = result.diagnostics.filter(d => d.code === 'chiso/decimal-comma-ambiguous').map(d => d.message);
        expect(messages).toEqual([
            'Trong `[80,100%)`, 80,100 được hiểu là một số thập phân (dấu phẩy giữa hai chữ số là dấu thập phân). Để tách hai cận của khoảng, đặt một dấu cách sau dấu phẩy: `[80%, 100%)`.',
            'Trong `min(1,5)`, 1,5 được hiểu là một số thập phân (dấu phẩy giữa hai chữ số là dấu thập phân). Để tách các đối số, đặt một dấu cách sau dấu phẩy: `min(1, 5)`.',
        ]);
    });

    test('a year out of range is shown as written', async () => {
        const result = await validationHelper<Document>(chisoServices('vi'))(WITH_COMMAS);
        expectError(result, '99999999999999999999999 quá lớn cho năm: viết một số từ 1000 đến 9999.', {
            node: firstSet(result.document.parseResult.value),
            property: 'years',
            index: 0,
            code: 'chiso/number-range',
        });
    });
});
