/** Reading an annex table back with `chiso import`. */
import { defineRule, type Arg } from '@chiso/language/i18n';

export const IMPORT_RULES = {
    'import-too-large': defineRule<{ detail: Arg }>()({
        severity: 'error',
        vi: a => `Tệp quá lớn để nhập (${a.detail}); giới hạn là 50 MB, và 200 MB khi giải nén.`,
        en: a => `The file is too large to import (${a.detail}); the limits are 50 MB, and 200 MB unpacked.`,
    }),
    'import-not-spreadsheet': defineRule()({
        severity: 'error',
        vi: () => `Đây không phải bảng tính XLSX (hoặc tệp bị hỏng); hãy dùng tệp .xlsx hoặc .csv.`,
        en: () => `This is not an XLSX workbook (or it is damaged); use an .xlsx or .csv file.`,
    }),
    'import-no-table': defineRule<{ detail: Arg }>()({
        severity: 'error',
        vi: a => `Không tìm thấy bảng phụ lục: ${a.detail}.`,
        en: a => `No annex table found: ${a.detail}.`,
    }),
    'import-row-skipped': defineRule<{ detail: Arg }>()({
        severity: 'warning',
        vi: a => `Bỏ qua dòng này: ${a.detail}.`,
        en: a => `Row skipped: ${a.detail}.`,
    }),
    'import-bad-metadata': defineRule<{ detail: Arg }>()({
        severity: 'error',
        vi: a => `Trang ẩn \`chiso\` của bảng tính bị hỏng (${a.detail}); xóa trang đó để nhập chỉ từ bảng hiển thị.`,
        en: a => `The workbook's hidden \`chiso\` sheet is damaged (${a.detail}); delete that sheet to import from the visible table alone.`,
    }),
    'import-cached-values': defineRule<{ formula: Arg; external?: Arg }>()({
        severity: 'warning',
        vi: a => `Ô này là công thức (${a.formula}); dùng giá trị Excel đã lưu lần tính cuối, có thể đã cũ${a.external ? ', và lấy từ tệp khác' : ''}.`,
        en: a => `This cell is a formula (${a.formula}); its value as Excel last saved it is used, which may be stale${a.external ? ', and comes from another file' : ''}.`,
    }),
    'import-not-chiso': defineRule()({
        severity: 'error',
        vi: () => `Không ghi: mã nguồn tạo ra từ bảng này không phân tích được (lỗi ở trên); tệp đầu ra không được tạo.`,
        en: () => `Not written: the source made from this table does not parse (errors above); no output file was made.`,
    }),
};
