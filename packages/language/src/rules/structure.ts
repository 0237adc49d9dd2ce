/** The tree's shape and each item's header. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';
import { upperFirst } from '../i18n/message-helpers.js';

export const STRUCTURE_RULES = {
    'repeated-field': defineRule<{ field: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Một trường được khai báo hai lần ở nơi chỉ được khai báo một lần: hai `year`, hai `total`, hai `source` trong một mục.',
                en: 'A field given twice where it is given once: two `year`, two `total`, two `source` on one item.',
            },
            why: {
                vi: 'Lặng lẽ giữ một giá trị là công bố một và bỏ đi một; quyết định nói giá trị nào là việc người viết phải xác định.',
                en: 'Keeping either value silently would publish one and discard the other; which one the decision says is for the writer to decide.',
            },
            fix: { vi: 'Giữ giá trị đúng theo quyết định và xóa dòng còn lại.', en: 'Keep the value the decision states and delete the other line.' },
            fixed: ['year 2023\n    year 2024', 'year 2024'],
        },
        vi: a => `“${a.field}” đã được khai báo ở trên; mỗi mục chỉ khai báo một lần.`,
        en: a => `“${a.field}” is already given above; give it once.`,
    }),
    'nesting': defineRule<{ kind: Arg; parent: Arg; rule: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Một mục đặt ở chỗ cây tiêu chí không cho phép: tiêu chí trong tiêu chí, lĩnh vực trong lĩnh vực, tiêu chí thành phần đặt thẳng trong lĩnh vực.',
                en: 'An item in a place the tree does not allow: a criterion inside a criterion, a domain inside a domain, a component directly in a domain.',
            },
            why: {
                vi: 'Cây tiêu chí là nguồn để phần mềm chấm điểm và bảng phụ lục được tạo ra; một cấu trúc mà quyết định không thể có nghĩa sẽ bị mỗi người đọc hiểu một kiểu. Số lượng lĩnh vực, tiêu chí, tiêu chí thành phần mà quyết định công bố phụ thuộc vào loại của từng mục.',
                en: 'The annex\'s tree is what scoring software and the published table are built from; a structure the decision cannot mean is read differently by each reader. The counts (domains, criteria, components) the decision announces depend on each item\'s kind.',
            },
            fix: {
                vi: 'Dùng đúng loại mục của cấp đó: `domain` → `criterion` → `component` (tiêu chí thành phần có thể lồng trong tiêu chí thành phần).',
                en: 'Use the kind that belongs at that level: `domain` → `criterion` → `component` (components nest in components).',
            },
            fixed: ['criterion 1.1.1 "B" max 1', 'component 1.1.1 "B" max 1'],
        },
        vi: a => `${upperFirst(a.kind)} không được đặt trong ${a.parent}: ${a.rule}`,
        en: a => `A ${a.kind} cannot sit in ${a.parent}: ${a.rule}`,
    }),
    'scoring-on-parent': defineRule<{ item: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Quy tắc chấm điểm đặt ở mục có mục con.', en: 'A scoring rule on an item that has children.' },
            why: {
                vi: 'Điểm của mục cha là tổng điểm các mục con; một quy tắc riêng sẽ cho một điểm thứ hai, mâu thuẫn.',
                en: 'A parent\'s points are its children\'s sum; a rule of its own would give a second, conflicting score.',
            },
            fix: {
                vi: 'Chuyển quy tắc xuống mục con mà nó chấm, hoặc bỏ các mục con nếu mục được chấm chung.',
                en: 'Move the rule to the child it scores, or remove the children if the item is scored as a whole.',
            },
            fixed: ['scoring choice { "Có" -> 1  "Không" -> 0 }\n            component 1.1.1 "a" max 1', 'component 1.1.1 "a" max 1 {\n                scoring choice { "Có" -> 1  "Không" -> 0 }\n            }'],
        },
        vi: a => `${upperFirst(a.item)} có các mục con nên điểm của nó là tổng điểm các mục con; quy tắc chấm điểm chỉ đặt ở mục không có mục con.`,
        en: a => `${upperFirst(a.item)} has children, so its points are their sum; put scoring rules on items without children.`,
    }),
    'min-above-max': defineRule<{ min: Arg; max: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Mục có điểm tối thiểu (`min`) lớn hơn điểm tối đa (`max`).', en: 'An item whose `min` is above its `max`.' },
            why: { vi: 'Không có điểm nào nằm giữa hai mức: mục không chấm được.', en: 'No score can lie between them: the item cannot be scored at all.' },
            fix: {
                vi: 'Đối chiếu hai số với quyết định; thường là hai số bị viết đảo.',
                en: 'Check both figures against the decision; usually the two were swapped.',
            },
            fixed: ['max 0.5 min 1', 'max 0.5 min 0.25'],
        },
        vi: a => `Điểm tối thiểu ${a.min} lớn hơn điểm tối đa ${a.max}.`,
        en: a => `Minimum points ${a.min} exceed the maximum ${a.max}.`,
    }),
    'max-zero': defineRule<{ item: Arg }>()({
        severity: 'warning',
        docs: {
            catches: { vi: 'Mục có điểm tối đa 0, không được điểm nào (cảnh báo).', en: 'An item of max 0, which scores nothing (a warning).' },
            why: {
                vi: 'Mục không có điểm hầu như luôn là gõ nhầm một số khác; nếu ban hành như vậy, đơn vị vẫn bị đánh giá mà không được điểm.',
                en: 'An item worth nothing is almost always a slip for another figure; published as is, units are assessed on it for no points.',
            },
            fix: { vi: 'Viết điểm tối đa theo quyết định, hoặc xóa mục.', en: 'Write the max the decision gives, or remove the item.' },
            fixed: ['max 2\n        criterion 1.2 "B" max 0', 'max 1\n        criterion 1.2 "B" max 1'],
        },
        vi: a => `${upperFirst(a.item)} có điểm tối đa 0: mục này không được điểm nào. Kiểm tra lại điểm tối đa theo quyết định, hoặc xóa mục.`,
        en: a => `${upperFirst(a.item)} has a max of 0: it scores nothing. Check the max against the decision, or remove the item.`,
    }),
};
