/**
 * The banner above the annex preview of a broken set names its errors (the table alone looks
 * like a finished annex), and says when the table is the last one drawn before syntax errors.
 */
import { describe, expect, test } from 'vitest';
import { annexBanner } from '../src/annex-banner.js';

const text = (html: string) => html.replace(/<\/(p|li)>/g, '\n').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim();

describe('the annex banner', () => {
    test('names each error with its line, in the language of chiso.language', () => {
        const errors = [
            { line: 18, message: 'Tổng điểm tối đa của các mục con là 10,5, khác điểm tối đa 10 của tiêu chí 1.1.' },
            { line: 9, message: 'Tổng điểm tối đa của các lĩnh vực là 100,5, khác tổng điểm khai báo 100.' },
        ];
        expect(text(annexBanner(errors, false, 'vi'))).toBe([
            'Tệp có 2 lỗi; bảng dưới đây chưa phải là phụ lục đúng:',
            'Dòng 19: Tổng điểm tối đa của các mục con là 10,5, khác điểm tối đa 10 của tiêu chí 1.1.',
            'Dòng 10: Tổng điểm tối đa của các lĩnh vực là 100,5, khác tổng điểm khai báo 100.',
        ].join('\n'));
        expect(text(annexBanner([{ line: 0, message: 'Expecting "}" but found <EOF>' }], true, 'en'))).toBe([
            'The file has 1 error; the table below is not a correct annex yet:',
            'Line 1: Expecting "}" but found <EOF>',
            'Because of the syntax errors, the table below is the one from the last time the file had none.',
        ].join('\n'));
    });

    test('escapes the messages, lists ten and counts the rest, and is empty for a file without errors', () => {
        const html = annexBanner([{ line: 0, message: '<script>alert(1)</script>' }], false, 'en');
        expect(html).not.toContain('<script>');
        const many = Array.from({ length: 13 }, (_, i) => ({ line: i, message: `error ${i + 1}` }));
        expect(annexBanner(many, false, 'en').match(/<li>/g)).toHaveLength(11);
        expect(text(annexBanner(many, false, 'en'))).toMatch(/… and 3 more \(see the Problems view\)\.$/);
        expect(annexBanner([], false, 'vi')).toBe('');
    });
});
