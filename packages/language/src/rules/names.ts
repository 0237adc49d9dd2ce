/** Names and the references to them, within a folder. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';

export const NAME_RULES = {
    'duplicate-name': defineRule<{ name: Arg; what: Arg; where: Arg }>()({
        severity: 'error',
        vi: a => `Tên “${a.name}” đã được dùng cho ${a.what} khác${a.where}.`,
        en: a => `The name “${a.name}” is already used by another ${a.what}${a.where}.`,
    }),
    'unknown-survey': defineRule<{ name: Arg }>()({
        severity: 'error',
        vi: a => `Không tìm thấy cuộc điều tra “${a.name}”. Khai báo nó bằng \`survey ${a.name} "…"\` trong một tệp .chiso của cùng thư mục.`,
        en: a => `No survey named “${a.name}”. Declare it with \`survey ${a.name} "…"\` in a .chiso file of the same folder.`,
    }),
    'unknown-agency': defineRule<{ name: Arg }>()({
        severity: 'error',
        vi: a => `Không tìm thấy cơ quan “${a.name}”. Khai báo nó bằng \`agency ${a.name} "…"\` trong một tệp .chiso của cùng thư mục.`,
        en: a => `No agency named “${a.name}”. Declare it with \`agency ${a.name} "…"\` in a .chiso file of the same folder.`,
    }),
    'unknown-input': defineRule<{ name: Arg }>()({
        severity: 'error',
        vi: a => `Công thức dùng “${a.name}” nhưng chưa khai báo \`input ${a.name}\`.`,
        en: a => `The formula uses “${a.name}” but declares no \`input ${a.name}\`.`,
    }),
};
