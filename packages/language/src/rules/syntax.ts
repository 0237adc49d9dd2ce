/** Syntax errors: every message is reported as `chiso/syntax`, each common slip saying what to write; and nesting past the limits. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';

export const SYNTAX_RULES = {
    'syntax-expected': defineRule<{ expected: Arg; actual: Arg }>()({
        code: 'syntax',
        severity: 'error',
        docs: {
            catches: {
                vi: 'Văn bản không đúng cú pháp Chiso: gặp một từ ở chỗ cần từ khác, ký tự nằm ngoài dấu ngoặc kép, và các lỗi gõ thường gặp (chuỗi chưa đóng, `max12`, điểm thiếu `max`, khung điểm viết bằng chữ), mỗi lỗi nói rõ cần viết gì.',
                en: 'Text that is not Chiso: a token where another was expected, a character outside quotes, and the common slips (an unclosed quote, `max12`, points without `max`, a band written in words), each saying what to write.',
            },
            why: {
                vi: 'Khi tệp còn lỗi cú pháp, cây tiêu chí chỉ là phỏng đoán, nên tổng điểm, số lượng và tên chưa được kiểm tra cho đến khi sửa xong: chưa thể tin điều gì khác về tệp.',
                en: 'While a file has syntax errors its tree is a guess, so its sums, counts and names are not checked until they are fixed: nothing else about the file can be trusted yet.',
            },
            fix: {
                vi: 'Viết đúng như thông báo chỉ ra, tại vị trí được đánh dấu; sửa lỗi cú pháp đầu tiên trước, vì các lỗi sau có thể do nó gây ra.',
                en: 'Write what the message says at the place it points to; fix the first syntax error first, as later ones may follow from it.',
            },
            fixed: ['domain 1 "Một" 1', 'domain 1 "Một" max 1'],
        },
        fixes: ['fix-write'],
        vi: a => `Cần ${a.expected} nhưng gặp \`${a.actual}\`.`,
        en: a => `Expected ${a.expected} but found \`${a.actual}\`.`,
    }),
    'syntax-unexpected': defineRule<{ actual: Arg; expected?: Arg }>()({
        code: 'syntax',
        severity: 'error',
        vi: a => `Không hiểu \`${a.actual}\` ở đây${a.expected ? `; cần ${a.expected}` : ''}.`,
        en: a => `Unexpected \`${a.actual}\` here${a.expected ? `; expected ${a.expected}` : ''}.`,
    }),
    'syntax-character': defineRule<{ text: Arg }>()({
        code: 'syntax',
        severity: 'error',
        vi: a => `Ký tự không hợp lệ \`${a.text}\` (chữ tiếng Việt chỉ được viết trong dấu ngoặc kép).`,
        en: a => `Unexpected character \`${a.text}\` (Vietnamese text belongs inside double quotes).`,
    }),
    // Common slips, each saying what to write (syntax-slips.ts, chiso-lexer.ts).
    'syntax-unclosed-string': defineRule()({
        code: 'syntax',
        severity: 'error',
        vi: () => `Chuỗi chưa đóng: thêm dấu \`"\` ở cuối chuỗi, trên cùng dòng này.`,
        en: () => `Unclosed string: add the closing \`"\` on this line.`,
    }),
    'syntax-space-after-keyword': defineRule<{ keyword: Arg; number: Arg }>()({
        code: 'syntax',
        severity: 'error',
        vi: a => `Cần khoảng trắng sau \`${a.keyword}\`: viết \`${a.keyword} ${a.number}\`.`,
        en: a => `Write a space after \`${a.keyword}\`: \`${a.keyword} ${a.number}\`.`,
    }),
    'syntax-missing-max': defineRule<{ points: Arg }>()({
        code: 'syntax',
        severity: 'error',
        vi: a => `Thiếu \`max\` trước điểm tối đa: viết \`max ${a.points}\`.`,
        en: a => `Missing \`max\` before the max points: write \`max ${a.points}\`.`,
    }),
    'syntax-band-interval': defineRule<{ interval: Arg }>()({
        code: 'syntax',
        severity: 'error',
        vi: a => `Viết khoảng giá trị bằng ký hiệu: \`${a.interval}\` (\`[\` gồm cận dưới, \`)\` không gồm cận trên).`,
        en: a => `Write the interval with brackets: \`${a.interval}\` (\`[\` includes the lower bound, \`)\` excludes the upper one).`,
    }),
    'too-deep': defineRule<{ limit: Arg; what: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Lồng quá giới hạn của Chiso: hơn 32 khối `{ }` lồng nhau, 32 cặp ngoặc lồng nhau, hoặc 256 phép toán liên tiếp trong một công thức.',
                en: 'Nesting past Chiso\'s limits: more than 32 nested `{ }` blocks, 32 nested brackets, or 256 operators in a row in one formula.',
            },
            why: {
                vi: 'Không bộ tiêu chí thực tế nào gần tới các giới hạn này; tệp vượt quá là tệp hỏng hoặc được tạo sai, và đọc tiếp chỉ tốn bộ nhớ và thời gian.',
                en: 'No real criteria set comes near these limits; a file past them is damaged or generated wrongly, and reading it further would only cost memory and time.',
            },
            fix: {
                vi: 'Kiểm tra nguồn gốc tệp; bỏ phần lồng thừa tại vị trí được báo. Tệp được kiểm tra lại khi nằm trong giới hạn.',
                en: 'Check where the file came from; remove the extra nesting at the place reported. The file is checked again once it is within the limits.',
            },
            fixed: ['(((((((((((((((((((((((((((((((((a)))))))))))))))))))))))))))))))))', '(a)'],
        },
        vi: a => `Lồng sâu quá ${a.limit} cấp (${a.what}): Chiso không đọc tệp này. Không bộ chỉ số thực tế nào gần tới giới hạn này; hãy kiểm tra lại tệp.`,
        en: a => `Nesting deeper than ${a.limit} levels (${a.what}): Chiso does not read this file. No real criteria set comes near this limit; check the file.`,
    }),
    // A check that threw (chiso-validator.ts): reported where it failed instead of dropped, never with its stack.
    'internal': defineRule<{ check: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Một phép kiểm tra của Chiso bị lỗi (một lỗi của Chiso, không phải của tệp): thông báo nêu tên phép kiểm tra, tại chỗ nó dừng, kể cả trong tệp có lỗi cú pháp.',
                en: 'One of Chiso\'s checks failed (a bug in Chiso, not in the file): the message names the check, at the place it stopped, also in a file with syntax errors.',
            },
            why: {
                vi: 'Một phép kiểm tra bị dừng thì các lỗi nó lẽ ra phải báo ở chỗ đó có thể bị thiếu; báo ra thay vì im lặng để không ai tin rằng tệp đã sạch.',
                en: 'A check that stopped may have missed the errors it should report there; saying so, instead of staying silent, keeps anyone from taking the file for clean.',
            },
            fix: {
                vi: 'Báo lỗi cho nhóm phát triển Chiso kèm tệp này. Trong lúc chờ, tự kiểm tra phần được báo; sửa lỗi cú pháp gần đó thường làm thông báo biến mất.',
                en: 'Report it to Chiso\'s developers with this file. Meanwhile check the reported part by hand; fixing a nearby syntax error often makes the message go away.',
            },
        },
        vi: a => `Lỗi nội bộ của Chiso: phép kiểm tra “${a.check}” bị dừng tại đây nên kết quả kiểm tra của nó ở chỗ này có thể bị thiếu. Đây là lỗi của Chiso, không phải của tệp; xin báo lỗi kèm tệp này.`,
        en: a => `Internal error in Chiso: the check “${a.check}” stopped here, so its findings for this place may be missing. This is a bug in Chiso, not in the file; please report it with this file.`,
    }),
};
