/** Items not assigned to a unit: `exempt <unit>, …` on a domain, criterion or component. */
import type { Arg } from '../i18n/texts.js';
import { defineRule, type Bilingual } from './rule.js';

const WHY_EXEMPT: Bilingual = {
    vi: 'Mục không giao cho đơn vị được loại khỏi điểm tối đa của đơn vị và chỉ số của đơn vị được tính lại trên phần còn lại (Hà Nam 2023); khai báo sai thì chỉ số công bố sai.',
    en: 'An item not assigned to a unit is left out of the unit\'s max, and its index is taken over what remains (Hà Nam 2023); a wrong declaration publishes a wrong index.',
};

export const EXEMPTION_RULES = {
    'exempt-whole-set': defineRule<{ unit: Arg; set: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Một đơn vị được miễn (`exempt`) mọi lĩnh vực của bộ tiêu chí.',
                en: 'A unit exempt (`exempt`) from every domain of the set.',
            },
            why: WHY_EXEMPT,
            fix: {
                vi: 'Bỏ đơn vị khỏi `exempt` của ít nhất một lĩnh vực; đơn vị không được đánh giá theo bộ này thì không đưa vào kết quả.',
                en: 'Take the unit out of `exempt` on at least one domain; a unit the set does not assess has no place in its results.',
            },
            fixed: ['domain 2 "Hai" max 1 { exempt SoTuPhap }', 'domain 2 "Hai" max 1'],
        },
        vi: a => `Đơn vị “${a.unit}” được miễn mọi lĩnh vực của bộ ${a.set}: không còn gì để chấm, chỉ số không tính được. Hãy bỏ đơn vị khỏi \`exempt\` của ít nhất một lĩnh vực.`,
        en: a => `Unit “${a.unit}” is exempt from every domain of set ${a.set}: nothing is left to score it on, so it has no index. Take it out of \`exempt\` on at least one domain.`,
    }),
    'exempt-redundant': defineRule<{ unit: Arg; item: Arg }>()({
        severity: 'warning',
        docs: {
            catches: {
                vi: 'Một đơn vị được miễn một mục mà nó đã được miễn qua mục cha (hoặc được nêu hai lần).',
                en: 'A unit exempt from an item it is already exempt from through a parent (or named twice).',
            },
            why: {
                vi: 'Miễn mục cha là miễn mọi mục con; nêu lại không đổi gì, nhưng bỏ miễn ở mục cha thì mục con vẫn bị miễn mà người sửa không thấy.',
                en: 'Exempting a parent exempts all its children; naming the unit again changes nothing, but whoever lifts the parent\'s exemption leaves the child\'s in place unseen.',
            },
            fix: { vi: 'Xóa tên đơn vị ở mục con.', en: 'Delete the unit\'s name on the child.' },
            fixed: ['criterion 1.1 "A" max 1 { exempt SoTuPhap }', 'criterion 1.1 "A" max 1'],
        },
        fixes: ['fix-exempt-redundant'],
        vi: a => `Đơn vị “${a.unit}” đã được miễn mục ${a.item}, gồm cả mục này; hãy xóa tên ở đây.`,
        en: a => `Unit “${a.unit}” is already exempt from ${a.item}, which holds this item; delete the name here.`,
    }),
    'exempt-in-deductions': defineRule<{ unit: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: '`exempt` trên một mục của nhóm điểm trừ.', en: 'An `exempt` on an item of a deduction group.' },
            why: {
                vi: 'Điểm trừ không nằm trong điểm tối đa nên miễn không làm thay đổi gì; đơn vị không vi phạm thì ghi 0 lần vi phạm.',
                en: 'Deductions are not part of the max, so an exemption would change nothing; a unit without violations has a count of 0.',
            },
            fix: { vi: 'Xóa `exempt` khỏi mục điểm trừ.', en: 'Delete the `exempt` from the deduction item.' },
            fixed: [' { exempt SoTuPhap }', ''],
        },
        vi: a => `Không miễn được đơn vị “${a.unit}” khỏi một mục điểm trừ: điểm trừ không nằm trong điểm tối đa. Hãy xóa \`exempt\` ở đây.`,
        en: a => `Unit “${a.unit}” cannot be exempt from a deduction item: deductions are not part of the max. Delete the \`exempt\` here.`,
    }),
};
