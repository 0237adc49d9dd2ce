/**
 * The status bar's verdict on the active set: ✓ only when the set adds up and has no error (a
 * criterion whose components do not add up leaves the total at 100/100), otherwise the number
 * of its errors, in the language of `chiso.language`.
 */
import { describe, expect, test } from 'vitest';
import type { SetTotals } from '@chiso/language/command-protocol';
import { errorsOfSet, totalsLabel } from '../src/totals-text.js';

function set(id: string, lines: [number, number], sum: string, declared = '100'): SetTotals {
    return {
        id,
        range: { start: { line: lines[0], character: 0 }, end: { line: lines[1], character: 1 } },
        declared,
        sum,
        matches: sum === declared,
        totalDeclared: true,
        outline: null,
    };
}

describe('the status-bar verdict', () => {
    test('a set published to a given depth says what remains to detail; one with its header only has no sum to mark', () => {
        const outline = { ...set('DANY', [0, 9], '100'), outline: { short: 'dàn ý: còn 7 tiêu chí', full: 'Dàn ý: 1 mục chưa chi tiết, còn 7 tiêu chí chưa viết' } };
        expect(totalsLabel(outline, 0, 'vi')).toEqual({
            text: 'Σ 100/100 ✓ · dàn ý: còn 7 tiêu chí',
            tooltip: 'Bộ tiêu chí DANY: tổng điểm các lĩnh vực bằng tổng điểm khai báo 100.\nDàn ý: 1 mục chưa chi tiết, còn 7 tiêu chí chưa viết',
            ok: true,
        });
        const header = { ...set('DAU', [0, 4], '100'), sum: null, matches: false, outline: { short: 'chưa có lĩnh vực: còn 8 lĩnh vực', full: 'Dàn ý: mới có phần khai báo chung' } };
        expect(totalsLabel(header, 0, 'vi')).toEqual({ text: 'Σ —/100 · chưa có lĩnh vực: còn 8 lĩnh vực', tooltip: 'Dàn ý: mới có phần khai báo chung', ok: true });
        expect(totalsLabel(header, 1, 'vi').text).toBe('Σ —/100 ✗ 1 lỗi · chưa có lĩnh vực: còn 8 lĩnh vực');
    });

    test('✓ only when the set adds up and has no error; otherwise ✗ and the count of errors', () => {
        const good = set('MAU2024', [10, 40], '100');
        expect(totalsLabel(good, 0, 'vi')).toEqual({ text: 'Σ 100/100 ✓', tooltip: 'Bộ tiêu chí MAU2024: tổng điểm các lĩnh vực bằng tổng điểm khai báo 100.', ok: true });
        // The total matches, but a criterion's sum does not: not ✓.
        expect(totalsLabel(good, 1, 'vi')).toEqual({
            text: 'Σ 100/100 ✗ 1 lỗi',
            tooltip: 'Bộ tiêu chí MAU2024: tổng điểm các lĩnh vực bằng tổng điểm khai báo 100. Bộ tiêu chí có 1 lỗi. Nhấn để mở bảng Problems.',
            ok: false,
        });
        const broken = set('MAU2024', [10, 40], '100.5');
        expect(totalsLabel(broken, 2, 'vi').text).toBe('Σ 100,5/100 ✗ 2 lỗi');
        expect(totalsLabel(broken, 1, 'en')).toEqual({
            text: 'Σ 100.5/100 ✗ 1 error',
            tooltip: 'Set MAU2024: the domains add up to 100.5, not the declared total of 100. The set has 1 error. Click to open the Problems view.',
            ok: false,
        });
        expect(totalsLabel(broken, 3, 'en').text).toBe('Σ 100.5/100 ✗ 3 errors');
    });

    test("a set's errors are those inside it and those outside every set, not another set's", () => {
        const first = set('A', [5, 20], '100');
        const second = set('B', [22, 40], '100');
        // Line 2: an agency's error (outside both sets); 10: in A; 30 and 31: in B.
        const errorLines = [2, 10, 30, 31];
        expect(errorsOfSet(first, [first, second], errorLines)).toBe(2);
        expect(errorsOfSet(second, [first, second], errorLines)).toBe(3);
        expect(errorsOfSet(first, [first, second], [])).toBe(0);
    });
});
