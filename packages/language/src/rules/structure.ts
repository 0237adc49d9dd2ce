/** The tree's shape and each item's header. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';
import { upperFirst } from '../i18n/message-helpers.js';

export const STRUCTURE_RULES = {
    'repeated-field': defineRule<{ field: Arg }>()({
        severity: 'error',
        vi: a => `“${a.field}” đã được khai báo ở trên; mỗi mục chỉ khai báo một lần.`,
        en: a => `“${a.field}” is already given above; give it once.`,
    }),
    'nesting': defineRule<{ kind: Arg; parent: Arg; rule: Arg }>()({
        severity: 'error',
        vi: a => `${upperFirst(a.kind)} không được đặt trong ${a.parent}: ${a.rule}`,
        en: a => `A ${a.kind} cannot sit in ${a.parent}: ${a.rule}`,
    }),
    'scoring-on-parent': defineRule<{ item: Arg }>()({
        severity: 'error',
        vi: a => `${upperFirst(a.item)} có các mục con nên điểm của nó là tổng điểm các mục con; quy tắc chấm điểm chỉ đặt ở mục không có mục con.`,
        en: a => `${upperFirst(a.item)} has children, so its points are their sum; put scoring rules on items without children.`,
    }),
    'min-above-max': defineRule<{ min: Arg; max: Arg }>()({
        severity: 'error',
        vi: a => `Điểm tối thiểu ${a.min} lớn hơn điểm tối đa ${a.max}.`,
        en: a => `Minimum points ${a.min} exceed the maximum ${a.max}.`,
    }),
    'max-zero': defineRule<{ item: Arg }>()({
        severity: 'warning',
        vi: a => `${upperFirst(a.item)} có điểm tối đa 0: mục này không được điểm nào. Kiểm tra lại điểm tối đa theo quyết định, hoặc xóa mục.`,
        en: a => `${upperFirst(a.item)} has a max of 0: it scores nothing. Check the max against the decision, or remove the item.`,
    }),
};
