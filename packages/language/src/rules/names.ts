/** Names and the references to them, within a folder. */
import type { Arg } from '../i18n/texts.js';
import { defineRule, type Bilingual } from './rule.js';

const WHY_NAME: Bilingual = {
    vi: 'Cuộc điều tra và cơ quan chủ trì được khai báo một lần trong mỗi thư mục (một tỉnh); tên không trỏ tới đâu, hoặc trỏ tới hai nơi, làm điểm không có nguồn điều tra hay nhiệm vụ không có cơ quan.',
    en: 'Sources and lead agencies are named once per folder (one province); a name that resolves to nothing, or to two things, leaves points without a survey or a task without an agency.',
};

export const NAME_RULES = {
    'duplicate-name': defineRule<{ name: Arg; what: Arg; where: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Hai cơ quan, cuộc điều tra hoặc bộ tiêu chí trùng tên trong một thư mục.', en: 'Two agencies, surveys or sets with one name in a folder.' },
            why: WHY_NAME,
            fix: {
                vi: 'Đặt cho mỗi cái một tên riêng; dùng chức năng đổi tên (F2) của trình soạn thảo để mọi tham chiếu đổi theo.',
                en: 'Give each its own name; rename with the editor\'s Rename (F2) so that every reference follows.',
            },
            fixed: ['agency SNV "Sở Nội vụ (lặp)"', 'agency STP "Sở Tư pháp"'],
        },
        vi: a => `Tên “${a.name}” đã được dùng cho ${a.what} khác${a.where}.`,
        en: a => `The name “${a.name}” is already used by another ${a.what}${a.where}.`,
    }),
    'unknown-survey': defineRule<{ name: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: '`source survey <tên>` gọi một cuộc điều tra chưa được khai báo trong thư mục.',
                en: 'A `source survey <name>` naming no survey declared in the folder.',
            },
            why: WHY_NAME,
            fix: {
                vi: 'Khai báo cuộc điều tra (`survey <tên> "…"`) trong một tệp `.chiso` của cùng thư mục, hoặc sửa lại tên.',
                en: 'Declare the survey (`survey <name> "…"`) in a `.chiso` file of the same folder, or correct the name.',
            },
            fixed: ['set S "Tham chiếu lạ" {', 'survey BNV "Khảo sát của Bộ Nội vụ"\nset S "Tham chiếu lạ" {'],
        },
        vi: a => `Không tìm thấy cuộc điều tra “${a.name}”. Khai báo nó bằng \`survey ${a.name} "…"\` trong một tệp .chiso của cùng thư mục.`,
        en: a => `No survey named “${a.name}”. Declare it with \`survey ${a.name} "…"\` in a .chiso file of the same folder.`,
    }),
    'unknown-agency': defineRule<{ name: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: '`lead`, `coordinating`, `exempt`, `conductedBy`, `specialist` hoặc `unranked` gọi một cơ quan chưa được khai báo trong thư mục.',
                en: 'A `lead`, `coordinating`, `exempt`, `conductedBy`, `specialist` or `unranked` naming no agency declared in the folder.',
            },
            why: WHY_NAME,
            fix: {
                vi: 'Khai báo cơ quan (`agency <tên> "…"`) trong một tệp `.chiso` của cùng thư mục, hoặc sửa lại tên.',
                en: 'Declare the agency (`agency <name> "…"`) in a `.chiso` file of the same folder, or correct the name.',
            },
            fixed: ['set S "Tham chiếu lạ" {', 'agency SoNoiVu "Sở Nội vụ"\nset S "Tham chiếu lạ" {'],
        },
        vi: a => `Không tìm thấy cơ quan “${a.name}”. Khai báo nó bằng \`agency ${a.name} "…"\` trong một tệp .chiso của cùng thư mục.`,
        en: a => `No agency named “${a.name}”. Declare it with \`agency ${a.name} "…"\` in a .chiso file of the same folder.`,
    }),
    'unknown-input': defineRule<{ name: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Công thức dùng một tên chưa khai báo bằng `input`.', en: 'A formula using a name it declares no `input` for.' },
            why: {
                vi: 'Công thức được phần mềm tính cho mọi đơn vị: kết quả vượt điểm của mục hoặc phép chia cho 0 làm hỏng việc chấm điểm của các đơn vị thật.',
                en: 'A formula is scored by software over every unit\'s inputs: a result outside the item\'s points or a division by zero stops or skews the scoring of real units.',
            },
            fix: {
                vi: 'Khai báo đầu vào (`input <tên> "…"`) hoặc sửa tên trong công thức.',
                en: 'Declare the input (`input <name> "…"`) or correct the name in the formula.',
            },
            fixed: ['result ratio / 10', 'result rate / 10'],
        },
        vi: a => `Công thức dùng “${a.name}” nhưng chưa khai báo \`input ${a.name}\`.`,
        en: a => `The formula uses “${a.name}” but declares no \`input ${a.name}\`.`,
    }),
};
