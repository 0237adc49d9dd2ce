/** The classes of the published results and the rounding of the published index: each index in at most one class. */
import type { Arg } from '../i18n/texts.js';
import { defineRule, type Bilingual } from './rule.js';

const WHY_CLASSES: Bilingual = {
    vi: 'Quyết định công bố kết quả xếp loại mỗi đơn vị theo chỉ số đã làm tròn: một chỉ số thuộc hai loại, hoặc chỉ số cao hơn một loại mà không thuộc loại nào, thì không xếp loại được.',
    en: 'The results decision classifies each unit by its published index: an index in two classes, or one above a class yet in none, cannot be classified.',
};

export const CLASS_RULES = {
    'classes-empty': defineRule()({
        severity: 'error',
        docs: {
            catches: { vi: 'Khối `classes` không có loại nào.', en: 'A `classes` block with no class in it.' },
            why: WHY_CLASSES,
            fix: { vi: 'Viết các loại như quyết định công bố: `>= 90% -> "A"`.', en: 'Write the classes as the decision states them: `>= 90% -> "A"`.' },
            fixed: ['classes { }', 'classes { >= 90% -> "A"  < 90% -> "B" }'],
        },
        vi: () => 'Khối `classes` không có loại nào: không đơn vị nào được xếp loại.',
        en: () => 'The `classes` block lists no class: no unit can be classified.',
    }),
    'class-gap': defineRule<{ range: Arg }, { example: string }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Các loại bỏ sót chỉ số giữa hai loại, hoặc trên loại cao nhất. Chỉ số dưới loại thấp nhất thì không phải lỗi: đơn vị đó không được xếp loại, như Quyết định 876/QĐ-BNV chỉ xếp loại từ 70 điểm.',
                en: 'Classes that leave indices between two classes, or above the highest, in none. Indices below the lowest class are not an error: those units are unclassified, as BNV 876/2022 classifies from 70 points only.',
            },
            why: WHY_CLASSES,
            fix: {
                vi: 'Mở rộng loại bên dưới hoặc bên trên để lấp khoảng hở (“từ 80 điểm đến dưới 90 điểm” là `[80%, 90%)`).',
                en: 'Extend the class below or above to cover the gap (“từ 80 điểm đến dưới 90 điểm” is `[80%, 90%)`).',
            },
            fixed: ['[80%, 90%) -> "B"', '>= 80% -> "B"'],
        },
        fixes: ['fix-band-gap'],
        vi: a => `Các loại bỏ sót chỉ số: ${a.range} không thuộc loại nào.`,
        en: a => `The classes leave a gap: ${a.range} is in no class.`,
    }),
    'class-overlap': defineRule<{ line: Arg; range: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Hai loại cùng chứa một chỉ số (`[80%, 90%]` và `>= 90%` đều chứa 90%).',
                en: 'Two classes that both hold an index (`[80%, 90%]` and `>= 90%` both hold 90 %).',
            },
            why: WHY_CLASSES,
            fix: { vi: 'Loại cận chung khỏi một loại: `[80%, 90%)`.', en: 'Exclude the shared bound from one class: `[80%, 90%)`.' },
            fixed: ['[80%, 90%] -> "B"', '[80%, 90%) -> "B"'],
        },
        vi: a => `Loại này chồng lấn với loại ở dòng ${a.line}: ${a.range} thuộc cả hai.`,
        en: a => `This class overlaps the one on line ${a.line}: ${a.range} is in both.`,
    }),
    'duplicate-class': defineRule<{ title: Arg; line: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Hai loại trùng tên (so theo NFC, không phân biệt hoa thường).',
                en: 'Two classes with one title (compared in NFC, ignoring case).',
            },
            why: WHY_CLASSES,
            fix: { vi: 'Đặt cho mỗi loại một tên riêng, theo đúng quyết định.', en: 'Give each class its own title, as the decision words it.' },
            fixed: ['< 80% -> "khá"', '< 80% -> "Trung bình"'],
        },
        vi: a => `Loại “${a.title}” đã có ở dòng ${a.line}.`,
        en: a => `The class “${a.title}” is already listed on line ${a.line}.`,
    }),
    'rounding-places': defineRule<{ places: Arg; max: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: '`rounding` làm tròn chỉ số công bố đến quá nhiều chữ số thập phân.', en: 'A `rounding` of the published index to too many decimal places.' },
            why: {
                vi: 'Chỉ số công bố được làm tròn đến số chữ số thập phân quyết định in (thường là 2: “87,65%”); xếp hạng và xếp loại dựa trên giá trị đó.',
                en: 'The published index is rounded to the places the decision prints (usually 2: “87,65%”); ranks and classes go by that value.',
            },
            fix: { vi: 'Viết số chữ số thập phân mà quyết định in, từ 0 đến 6.', en: 'Write the decimal places the decision prints, 0 to 6.' },
            fixed: ['rounding 7', 'rounding 2'],
        },
        vi: a => `Làm tròn đến ${a.places} chữ số thập phân: chỉ số công bố có từ 0 đến ${a.max} chữ số thập phân.`,
        en: a => `Rounding to ${a.places} decimal places: the published index has 0 to ${a.max}.`,
    }),
};
