/** What `check`, `compile` and `export` report about their outputs. */
import { defineRule, en, type Arg, type Bilingual } from '@chiso/language/i18n';

const WHY_OUT: Bilingual = {
    vi: 'Tệp công bố được ghi trọn vẹn hoặc không ghi, không bao giờ ghi đè tệp đầu vào: lần chạy CI hay cán bộ không bao giờ mất bộ tiêu chí hay kết quả ban đầu.',
    en: 'Published files are written whole or not at all, never over an input: a CI run or an officer never loses the set or results they started from.',
};

export const OUTPUT_RULES = {
    'output-checks-withheld': defineRule<{ file: Arg }>()({
        severity: 'info',
        docs: {
            catches: {
                vi: 'Ghi chú sau lỗi cú pháp: các kiểm tra khác của tệp sẽ chạy khi lỗi được sửa.',
                en: 'A note after syntax errors: the file\'s other checks resume once they are fixed.',
            },
            why: {
                vi: 'Tệp có lỗi cú pháp chỉ được hiểu một phần, nên tổng điểm và số lượng chưa được báo; ghi chú nói rõ để không ai nghĩ tệp đã được kiểm tra.',
                en: 'A file with syntax errors is only partly understood, so its sums and counts are not reported yet; the note says so, so that no one takes the file for checked.',
            },
            fix: { vi: 'Sửa các lỗi cú pháp; sau đó `chiso check` báo phần còn lại.', en: 'Fix the syntax errors; `chiso check` then reports the rest.' },
        },
        vi: a => `${a.file}: các kiểm tra khác (tổng điểm, số lượng, cơ cấu điểm, tên…) sẽ chạy khi lỗi cú pháp được sửa.`,
        en: a => `${a.file}: the other checks (sums, totals, counts, splits, names…) resume once its syntax errors are fixed.`,
    }),
    'compile-refused': defineRule<{ count: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: '`chiso compile` từ chối biên dịch bộ tiêu chí còn lỗi.', en: '`chiso compile` refusing a set with errors.' },
            why: {
                vi: 'JSON đã biên dịch là thứ phần mềm chấm điểm nạp; bộ tiêu chí không khớp điểm sẽ bị chấm sai ở mọi nơi nạp nó.',
                en: 'The compiled JSON is what scoring engines load; a set that does not add up would be scored wrongly everywhere it is loaded.',
            },
            fix: { vi: 'Sửa các lỗi được liệt kê phía trên.', en: 'Fix the errors listed above it.' },
        },
        vi: a => `Không biên dịch: ${a.count} lỗi phải được sửa trước (xem ở trên).`,
        en: a => `Not compiled: ${en(a.count, 'error')} must be fixed first (see above).`,
    }),
    'compile-no-sets': defineRule()({
        severity: 'error',
        docs: {
            catches: { vi: 'Các tệp cần biên dịch không có bộ tiêu chí (`set`) nào.', en: 'Files to compile that hold no `set`.' },
            why: WHY_OUT,
            fix: { vi: 'Đưa vào tệp hoặc thư mục chứa bộ tiêu chí.', en: 'Give the file or folder holding the set.' },
        },
        vi: () => `Không có bộ tiêu chí nào (\`set\`) trong các tệp đã cho để biên dịch.`,
        en: () => `The given files hold no criteria set (\`set\`) to compile.`,
    }),
    'compile-needs-out': defineRule<{ count: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Biên dịch nhiều bộ tiêu chí mà không có `-o <thư mục>`.', en: 'Several sets compiled without `-o <folder>`.' },
            why: {
                vi: 'Đầu ra chuẩn chỉ chứa một tài liệu JSON; nhiều bộ tiêu chí cần mỗi bộ một tệp.',
                en: 'Standard output holds one JSON document; several sets need one file each.',
            },
            fix: { vi: 'Thêm `-o <thư mục>`.', en: 'Add `-o <folder>`.' },
        },
        vi: a => `Có ${a.count} bộ tiêu chí: dùng \`-o <thư mục>\` để ghi mỗi bộ vào một tệp JSON.`,
        en: a => `There are ${a.count} criteria sets: use \`-o <folder>\` to write one JSON file each.`,
    }),
    'compile-wrote': defineRule<{ file: Arg }>()({
        severity: 'info',
        docs: {
            catches: { vi: 'Ghi chú nêu từng tệp lệnh đã ghi.', en: 'A note naming each file a command wrote.' },
            why: { vi: 'Nhật ký CI và cán bộ thấy được kết quả đã được ghi ở đâu.', en: 'CI logs and officers see where the output went.' },
            fix: {
                vi: 'Không cần sửa: đây là ghi chú cho biết tệp đã được ghi ở đâu (in ra stderr, nên không lẫn vào JSON khi ghi ra stdout).',
                en: 'Nothing to fix: it is a note saying where the file was written (on stderr, so it never mixes with JSON written to stdout).',
            },
        },
        vi: a => `Đã ghi ${a.file}`,
        en: a => `Wrote ${a.file}`,
    }),
    'output-unwritable': defineRule<{ file: Arg; detail: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Tệp đầu ra hệ thống không cho ghi (quyền truy cập, ổ đĩa đầy).', en: 'An output the system refuses to write (permissions, a full disk).' },
            why: WHY_OUT,
            fix: {
                vi: 'Đưa `-o` một tên tệp (không phải thư mục, ví dụ `-o ban-hanh/phu-luc.md`) trong thư mục được phép ghi; nếu ổ đĩa đầy (`ENOSPC`), giải phóng dung lượng.',
                en: 'Give `-o` a file name (not a folder, e.g. `-o ban-hanh/phu-luc.md`) in a folder you may write to; on a full disk (`ENOSPC`), free some space.',
            },
        },
        vi: a => `Không ghi được ${a.file}: ${a.detail}`,
        en: a => `Cannot write ${a.file}: ${a.detail}`,
    }),
    'output-is-input': defineRule<{ file: Arg; input: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Tệp đầu ra là một trong các tệp đầu vào của lệnh, dù đường dẫn viết khác hay qua liên kết.',
                en: 'An output that is one of the command\'s inputs, whatever the path\'s spelling or link.',
            },
            why: WHY_OUT,
            fix: {
                vi: 'Chọn tệp đầu ra khác với mọi tệp lệnh đọc, ví dụ `-o phuluc.md` thay vì `-o set.chiso`.',
                en: 'Choose an output file other than every file the command reads, e.g. `-o annex.md` rather than `-o set.chiso`.',
            },
        },
        vi: a => `Không ghi ${a.file}: đó là tệp đầu vào của lệnh này (${a.input}), ghi đè sẽ làm mất nó. Hãy chọn tệp đầu ra khác.`,
        en: a => `Not writing ${a.file}: it is an input of this command (${a.input}) and would be destroyed. Choose another output file.`,
    }),
    'output-collision': defineRule<{ id: Arg; first: Arg; second: Arg; file: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Hai bộ tiêu chí sẽ được biên dịch vào cùng một tệp.', en: 'Two sets that would be compiled to one file.' },
            why: WHY_OUT,
            fix: {
                vi: 'Biên dịch mỗi thư mục vào một thư mục đầu ra riêng, hoặc đặt mã bộ khác nhau.',
                en: 'Compile each folder into its own output folder, or give the sets different ids.',
            },
        },
        vi: a => `Bộ tiêu chí ${a.id} ở ${a.first} và ở ${a.second} đều sẽ được ghi vào ${a.file}; không ghi tệp nào. Hãy biên dịch từng thư mục vào một thư mục đầu ra riêng.`,
        en: a => `The set ${a.id} in ${a.first} and the one in ${a.second} would both be written to ${a.file}; nothing was written. Compile each folder into its own output folder.`,
    }),
    'output-not-folder': defineRule<{ file: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: '`-o` chỉ tới một tệp đã có ở chỗ cần thư mục.', en: '`-o` naming an existing file where a folder is needed.' },
            why: WHY_OUT,
            fix: { vi: 'Dùng `-o <tệp>.json` cho một bộ, hoặc `-o <thư mục>`.', en: 'Use `-o <file>.json` for one set, or `-o <folder>`.' },
        },
        vi: a => `${a.file} là một tệp đã có, không phải thư mục: dùng \`-o <tệp>.json\` cho một bộ tiêu chí hoặc \`-o <thư mục>\`.`,
        en: a => `${a.file} is an existing file, not a folder: use \`-o <file>.json\` for one set or \`-o <folder>\`.`,
    }),
    'output-folder-missing': defineRule<{ file: Arg; folder: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Tệp đầu ra nằm trong thư mục không tồn tại.', en: 'An output in a folder that does not exist.' },
            why: {
                vi: 'Tệp công bố được ghi trọn vẹn hoặc không ghi, không bao giờ ghi đè tệp đầu vào: lần chạy CI hay cán bộ không bao giờ mất bộ tiêu chí hay kết quả ban đầu. Thư mục gõ sai được báo chứ không tự tạo.',
                en: 'Published files are written whole or not at all, never over an input: a CI run or an officer never loses the set or results they started from. A mistyped folder is reported rather than created.',
            },
            fix: { vi: 'Tạo thư mục, hoặc sửa đường dẫn.', en: 'Create the folder, or correct the path.' },
        },
        vi: a => `Không ghi được ${a.file}: thư mục ${a.folder} không tồn tại.`,
        en: a => `Cannot write ${a.file}: the folder ${a.folder} does not exist.`,
    }),
    'export-needs-out': defineRule<{ format: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Xuất DOCX hoặc XLSX mà không có `-o <tệp>`.', en: 'DOCX or XLSX export without `-o <file>`.' },
            why: { vi: 'Các định dạng này là nhị phân, in ra màn hình sẽ làm rối dòng lệnh.', en: 'These formats are binary and would garble a terminal.' },
            fix: { vi: 'Thêm `-o phuluc.docx` (hoặc `.xlsx`).', en: 'Add `-o annex.docx` (or `.xlsx`).' },
        },
        vi: a => `Định dạng ${a.format} là tệp nhị phân: dùng \`-o <tệp>\` để ghi ra tệp.`,
        en: a => `The ${a.format} format is binary: use \`-o <file>\` to write it to a file.`,
    }),
    'export-units-out': defineRule()({
        severity: 'error',
        docs: {
            catches: {
                vi: '`chiso export --units` không ở định dạng XLSX, hoặc `-o` không phải thư mục đã có.',
                en: '`chiso export --units` with another format than XLSX, or `-o` not an existing folder.',
            },
            why: {
                vi: 'Mỗi đơn vị nhận một biểu mẫu XLSX riêng, ghi vào một thư mục; thư mục gõ sai được báo chứ không tự tạo.',
                en: 'Each unit gets its own XLSX form, written into one folder; a mistyped folder is reported rather than created.',
            },
            fix: { vi: 'Dùng `--format xlsx -o <thư mục>` với thư mục đã tạo.', en: 'Use `--format xlsx -o <folder>` with a folder that exists.' },
        },
        vi: () => `\`--units\` ghi mỗi đơn vị một biểu mẫu XLSX vào một thư mục: cần \`--format xlsx\` và \`-o <thư mục>\` là thư mục đã có.`,
        en: () => `\`--units\` writes one XLSX form per unit into a folder: it needs \`--format xlsx\` and \`-o <folder>\`, a folder that exists.`,
    }),
    'export-units-file': defineRule<{ file: Arg; detail: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Danh sách đơn vị của `--units` không đọc được: thiếu cột `unit`, đơn vị trùng, hai mã cho cùng một tên tệp.',
                en: 'A `--units` list that cannot be read: no `unit` column, a unit listed twice, two ids giving one file name.',
            },
            why: {
                vi: 'Mỗi biểu mẫu được ghi sẵn mã đơn vị và đặt tên theo mã đó; danh sách sai sẽ cho biểu mẫu sai đơn vị.',
                en: 'Each form is made with its unit\'s id filled in and named after it; a wrong list would give forms to the wrong units.',
            },
            fix: {
                vi: 'Viết tệp CSV có dòng tiêu đề `unit,unitName` và mỗi đơn vị một dòng.',
                en: 'Write a CSV with the header `unit,unitName` and one line per unit.',
            },
        },
        vi: a => `Không đọc được danh sách đơn vị ${a.file}: ${a.detail}`,
        en: a => `Cannot read the list of units ${a.file}: ${a.detail}`,
    }),
    'export-form-exists': defineRule<{ file: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Biểu mẫu của một đơn vị đã có trong thư mục đầu ra.', en: 'A unit\'s form already in the output folder.' },
            why: {
                vi: 'Biểu mẫu trong thư mục có thể đã được đơn vị điền; ghi đè sẽ làm mất kết quả tự chấm và thẩm định. Không ghi biểu mẫu nào.',
                en: 'A form in the folder may already be filled in by its unit; writing over it would lose the self-assessment and the appraisal. No form is written.',
            },
            fix: { vi: 'Xuất vào một thư mục mới, hoặc chuyển các tệp cũ đi.', en: 'Export into a new folder, or move the old files away.' },
        },
        vi: a => `Không ghi biểu mẫu nào: ${a.file} đã có (có thể đã được điền) và sẽ không bị ghi đè.`,
        en: a => `No form written: ${a.file} exists (it may be filled in) and is never written over.`,
    }),
    'export-too-large': defineRule<{ count: Arg; limit: Arg; format: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Xuất DOCX hoặc XLSX với hơn 5.000 mục.', en: 'A DOCX or XLSX export of more than 5,000 items.' },
            why: {
                vi: 'Các tài liệu này được dựng trong bộ nhớ; phụ lục thực tế có vài trăm mục, phụ lục lớn hơn sẽ làm cạn bộ nhớ.',
                en: 'These documents are built in memory; real annexes hold a few hundred items, and a larger one would exhaust memory.',
            },
            fix: {
                vi: 'Xuất bằng `--format html` hoặc `--format md`, hai định dạng không có giới hạn số mục; hoặc tách bộ tiêu chí thành nhiều bộ.',
                en: 'Export with `--format html` or `--format md`, which have no item limit; or split the set into several sets.',
            },
        },
        vi: a => `Bộ tiêu chí có ${a.count} mục, quá giới hạn ${a.limit} mục của định dạng ${a.format}; hãy xuất HTML hoặc Markdown.`,
        en: a => `The set has ${en(a.count, 'item')}, past the ${a.format} format's limit of ${a.limit}; export HTML or Markdown instead.`,
    }),
    'published-too-large': defineRule<{ units: Arg; rows: Arg; limit: Arg; format: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Kết quả công bố dạng DOCX hoặc XLSX có quá nhiều dòng phụ lục chấm điểm (số đơn vị × số dòng phụ lục): hơn 10.000 dòng với DOCX, 50.000 dòng với XLSX.',
                en: 'Published results as DOCX or XLSX with too many scored annex rows (units × annex rows): over 10,000 for DOCX, 50,000 for XLSX.',
            },
            why: {
                vi: 'Các tài liệu này được dựng trong bộ nhớ: 300 đơn vị × 70 dòng cần khoảng 2 GB khi ghi DOCX; một Sở công bố vài chục đơn vị.',
                en: 'These documents are built in memory: 300 units × 70 rows take about 2 GB to write as DOCX; a Department publishes a few dozen units.',
            },
            fix: {
                vi: 'Ghi `--format html` (không giới hạn) hoặc `xlsx` thay cho `docx`; hoặc chấm từng nhóm đơn vị (mỗi tệp kết quả một nhóm).',
                en: 'Write `--format html` (no limit) or `xlsx` instead of `docx`; or score the units in groups (a results file per group).',
            },
        },
        vi: a => `Kết quả có ${a.units} đơn vị, ${a.rows} dòng phụ lục chấm điểm, quá giới hạn ${a.limit} dòng của định dạng ${a.format}; hãy ghi HTML hoặc chấm từng nhóm đơn vị.`,
        en: a => `The results hold ${en(a.units, 'unit')}, ${a.rows} rows of scored annexes, past the ${a.format} format's limit of ${a.limit}; write HTML or score the units in groups.`,
    }),
};
