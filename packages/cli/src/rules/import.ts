/** Reading an annex table back with `chiso import`. */
import { defineRule, type Arg, type Bilingual } from '@chiso/language/i18n';

const WHY_IMP: Bilingual = {
    vi: 'Bảng được nhập trở thành nguồn của phụ lục quyết định; những gì không đọc được chính xác đều được báo, không bao giờ đoán.',
    en: 'An imported table becomes the source of a decision\'s annex; whatever cannot be read exactly is reported, never guessed.',
};

export const IMPORT_RULES = {
    'import-too-large': defineRule<{ detail: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Bảng lớn hơn 50 MB, hoặc tệp nén khi giải nén vượt 200 MB (100 MB cho một mục, hay gấp 100 lần kích thước nén).',
                en: 'A table over 50 MB, or an archive that would unpack past 200 MB (100 MB for one entry, or 100× its packed size).',
            },
            why: {
                vi: 'Bảng được nhập trở thành nguồn của phụ lục quyết định; những gì không đọc được chính xác đều được báo, không bao giờ đoán. Tệp nén giải nén không giới hạn sẽ làm cạn bộ nhớ.',
                en: 'An imported table becomes the source of a decision\'s annex; whatever cannot be read exactly is reported, never guessed. An archive that unpacks without bound would exhaust memory.',
            },
            fix: { vi: 'Kiểm tra lại đó có đúng là bảng phụ lục cần nhập.', en: 'Check that the file is the annex meant.' },
        },
        vi: a => `Tệp quá lớn để nhập (${a.detail}); giới hạn là 50 MB, và 200 MB khi giải nén.`,
        en: a => `The file is too large to import (${a.detail}); the limits are 50 MB, and 200 MB unpacked.`,
    }),
    'import-not-spreadsheet': defineRule()({
        severity: 'error',
        docs: {
            catches: { vi: 'Tệp không phải bảng tính XLSX (hoặc bị hỏng).', en: 'A file that is not an XLSX workbook (or is damaged).' },
            why: WHY_IMP,
            fix: { vi: 'Lưu bảng ở dạng `.xlsx` hoặc `.csv` (kể cả tệp `.xls` cũ).', en: 'Save the table as `.xlsx` or `.csv` (an old `.xls` too).' },
        },
        vi: () => `Đây không phải bảng tính XLSX (hoặc tệp bị hỏng); hãy dùng tệp .xlsx hoặc .csv.`,
        en: () => `This is not an XLSX workbook (or it is damaged); use an .xlsx or .csv file.`,
    }),
    'import-no-table': defineRule<{ detail: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Bảng tính hoặc CSV không có bảng phụ lục (dòng tiêu đề STT, tên, Điểm tối đa).',
                en: 'A workbook or CSV in which no annex table is found (STT, title, Điểm tối đa header).',
            },
            why: WHY_IMP,
            fix: {
                vi: 'Thêm dòng tiêu đề cho bảng: STT, cột tên, Điểm tối đa (Ghi chú nếu có).',
                en: 'Give the table its header row: STT, the title column, Điểm tối đa (Ghi chú optional).',
            },
        },
        vi: a => `Không tìm thấy bảng phụ lục: ${a.detail}.`,
        en: a => `No annex table found: ${a.detail}.`,
    }),
    'import-row-skipped': defineRule<{ detail: Arg }>()({
        severity: 'warning',
        docs: {
            catches: {
                vi: 'Dòng không đọc được (điểm tối đa âm, văn bản dài quá 10.000 ký tự), kèm số dòng (cảnh báo).',
                en: 'A row that cannot be read (a negative max, a text over 10,000 characters), with its row number (a warning).',
            },
            why: WHY_IMP,
            fix: {
                vi: 'Sửa dòng trong bảng rồi nhập lại, hoặc thêm mục vào tệp `.chiso`.',
                en: 'Correct the row in the table and import again, or add the item to the `.chiso` file.',
            },
        },
        vi: a => `Bỏ qua dòng này: ${a.detail}.`,
        en: a => `Row skipped: ${a.detail}.`,
    }),
    'import-bad-metadata': defineRule<{ detail: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Trang ẩn `chiso` bị hỏng: tên không phải tên Chiso, bản ghi trái hợp đồng.',
                en: 'A damaged hidden `chiso` sheet: names that are not Chiso names, records that break the contract.',
            },
            why: WHY_IMP,
            fix: { vi: 'Xóa trang ẩn để chỉ nhập từ bảng hiển thị.', en: 'Delete the hidden sheet to import from the visible table alone.' },
        },
        vi: a => `Trang ẩn \`chiso\` của bảng tính bị hỏng (${a.detail}); xóa trang đó để nhập chỉ từ bảng hiển thị.`,
        en: a => `The workbook's hidden \`chiso\` sheet is damaged (${a.detail}); delete that sheet to import from the visible table alone.`,
    }),
    'import-cached-values': defineRule<{ formula: Arg; external?: Arg }>()({
        severity: 'warning',
        docs: {
            catches: {
                vi: 'Ô được đọc từ giá trị đã lưu của một công thức, có thể đã cũ hoặc lấy từ tệp khác (cảnh báo).',
                en: 'A cell read from a formula\'s saved value, perhaps stale or from another file (a warning).',
            },
            why: WHY_IMP,
            fix: {
                vi: 'Mở bảng tính trong Excel, tính lại và lưu, hoặc viết thẳng giá trị.',
                en: 'Open the workbook in Excel, recalculate and save, or write the value itself.',
            },
        },
        vi: a => `Ô này là công thức (${a.formula}); dùng giá trị Excel đã lưu lần tính cuối, có thể đã cũ${a.external ? ', và lấy từ tệp khác' : ''}.`,
        en: a => `This cell is a formula (${a.formula}); its value as Excel last saved it is used, which may be stale${a.external ? ', and comes from another file' : ''}.`,
    }),
    'import-not-chiso': defineRule()({
        severity: 'error',
        docs: {
            catches: { vi: 'Mã nguồn tạo từ bảng không phân tích được; không ghi tệp nào.', en: 'Source made from the table that does not parse; nothing is written.' },
            why: WHY_IMP,
            fix: { vi: 'Sửa các ô được nêu trong các lỗi phía trên rồi nhập lại.', en: 'Correct the cells named in the errors above and import again.' },
        },
        vi: () => `Không ghi: mã nguồn tạo ra từ bảng này không phân tích được (lỗi ở trên); tệp đầu ra không được tạo.`,
        en: () => `Not written: the source made from this table does not parse (errors above); no output file was made.`,
    }),
};
