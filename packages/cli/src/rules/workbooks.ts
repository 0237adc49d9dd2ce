/** Reading the units' filled forms (the workbooks `chiso export` writes) and folders of results. */
import { defineRule, en, type Arg, type Bilingual } from '@chiso/language/i18n';

const WHY_FORMS: Bilingual = {
    vi: 'Mỗi bảng tính là kết quả của một đơn vị, được chấm theo đúng bộ tiêu chí đã công bố; một ô sai hay một bảng tính của bộ khác sẽ làm sai chỉ số và thứ hạng, nên bị từ chối thay vì chấm gần đúng.',
    en: 'Each workbook is one unit\'s results, scored against the set as published; a wrong cell or a workbook of another set would make the index and the ranking wrong, so it is refused rather than scored approximately.',
};

export const WORKBOOK_RULES = {
    'workbook-not-form': defineRule()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Tệp `.xlsx` trong thư mục kết quả không phải biểu mẫu do `chiso export` xuất (không có trang ẩn `chiso`, hoặc không mở được).',
                en: 'An `.xlsx` file among the results that is not a form `chiso export` wrote (no hidden `chiso` sheet, or not readable).',
            },
            why: WHY_FORMS,
            fix: {
                vi: 'Xuất biểu mẫu bằng `chiso export <bộ> --format xlsx` rồi nhập điểm vào đó; bảng tính khác thì chuyển thành CSV kết quả.',
                en: 'Export the form with `chiso export <set> --format xlsx` and enter the scores there; turn any other workbook into a results CSV.',
            },
        },
        vi: () => `Bảng tính này không phải biểu mẫu do \`chiso export\` xuất (không có trang ẩn \`chiso\` mô tả biểu mẫu), nên không biết ô nào là điểm của mục nào.`,
        en: () => `This workbook is not a form \`chiso export\` wrote (it has no hidden \`chiso\` sheet describing the form), so which cell scores which item is unknown.`,
    }),
    'workbook-other-set': defineRule<{ item: Arg; workbook: Arg; set: Arg; more: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Biểu mẫu được xuất từ một bộ tiêu chí khác bộ đang chấm (mã mục hoặc điểm tối đa khác nhau).',
                en: 'A form exported from another set than the one being scored (item codes or max points differ).',
            },
            why: WHY_FORMS,
            fix: {
                vi: 'Chấm theo đúng bộ tiêu chí đã xuất biểu mẫu, hoặc xuất lại biểu mẫu từ bộ hiện hành và chuyển điểm sang.',
                en: 'Score against the set the form was exported from, or export the form again from the current set and carry the scores over.',
            },
        },
        vi: a => `Bảng tính được xuất từ một bộ tiêu chí khác: mục ${a.item} ${a.workbook === '' ? 'không có trong bảng tính' : `có điểm tối đa ${a.workbook} trong bảng tính`}, ${a.set === '' ? 'không có trong bộ tiêu chí' : `${a.set} trong bộ tiêu chí`}${a.more === '0' ? '' : ` (và ${a.more} khác biệt khác)`}. Không chấm bảng tính này.`,
        en: a => `The workbook was exported from another set: item ${a.item} ${a.workbook === '' ? 'is not in the workbook' : `has max ${a.workbook} in the workbook`}, ${a.set === '' ? 'is not in the set' : `${a.set} in the set`}${a.more === '0' ? '' : ` (and ${a.more} more ${a.more === '1' ? 'difference' : 'differences'})`}. This workbook is not scored.`,
    }),
    'workbook-no-unit': defineRule()({
        severity: 'error',
        docs: {
            catches: { vi: 'Biểu mẫu chưa ghi mã đơn vị.', en: 'A form whose unit id is blank.' },
            why: WHY_FORMS,
            fix: { vi: 'Ghi mã đơn vị vào ô “Mã đơn vị” ở đầu biểu mẫu.', en: 'Write the unit\'s id in the “Unit id” cell at the top of the form.' },
        },
        vi: () => `Biểu mẫu chưa ghi mã đơn vị: không biết đây là kết quả của đơn vị nào.`,
        en: () => `The form has no unit id: whose results these are is unknown.`,
    }),
    'workbook-not-number': defineRule<{ item: Arg; value: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Ô điểm của biểu mẫu không phải số (`0,5` và `0.5` đều là số).',
                en: 'A point cell of a form that is not a number (`0,5` and `0.5` both are).',
            },
            why: WHY_FORMS,
            fix: { vi: 'Nhập số điểm, hoặc để trống ô nếu chưa chấm vòng đó.', en: 'Enter the points, or leave the cell blank when that round has not scored the item.' },
        },
        vi: a => `Mục ${a.item}: “${a.value}” không phải là số điểm.`,
        en: a => `Item ${a.item}: “${a.value}” is not a number of points.`,
    }),
    'workbook-above-max': defineRule<{ item: Arg; points: Arg; max: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Ô điểm vượt điểm tối đa của mục (kiểm tra của Excel bị bỏ qua khi dán).',
                en: 'A point cell above the item\'s max (Excel\'s validation is bypassed by pasting).',
            },
            why: WHY_FORMS,
            fix: { vi: 'Sửa điểm, không quá điểm tối đa ở cột “Điểm tối đa”.', en: 'Correct the points: at most the “Max points” column.' },
        },
        vi: a => `Mục ${a.item}: ${a.points} điểm vượt điểm tối đa ${a.max}.`,
        en: a => `Item ${a.item}: ${en(a.points, 'point')} ${a.points === '1' ? 'exceeds' : 'exceed'} the max of ${a.max}.`,
    }),
    'results-unit-twice': defineRule<{ unit: Arg; first: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Cùng một đơn vị có kết quả trong hai tệp của thư mục kết quả.', en: 'One unit with results in two files of the results folder.' },
            why: WHY_FORMS,
            fix: { vi: 'Giữ một tệp cho mỗi đơn vị; xóa hoặc sửa mã đơn vị của tệp kia.', en: 'Keep one file per unit; remove the other or correct its unit id.' },
        },
        vi: a => `Đơn vị ${a.unit} đã có kết quả trong ${a.first}: mỗi đơn vị chỉ được có kết quả trong một tệp.`,
        en: a => `Unit ${a.unit} already has results in ${a.first}: each unit's results are in one file only.`,
    }),
    'differences-unit': defineRule<{ given: Arg; units: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: '`chiso differences --unit` nêu đơn vị không có trong kết quả.', en: '`chiso differences --unit` naming a unit the results do not hold.' },
            why: { vi: 'Bảng chênh lệch lập từ các vòng chấm của đơn vị; đơn vị không có kết quả thì không có gì để so.', en: 'The differences come from the unit\'s rounds; a unit without results has nothing to compare.' },
            fix: { vi: 'Chọn một trong các đơn vị được liệt kê, hoặc bỏ `--unit` để lập cho mọi đơn vị.', en: 'Choose one of the units listed, or leave out `--unit` for every unit.' },
        },
        vi: a => `Kết quả không có đơn vị ${a.given}; các đơn vị: ${a.units}.`,
        en: a => `The results hold no unit ${a.given}; the units: ${a.units}.`,
    }),
};
