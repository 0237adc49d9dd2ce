/** What `check`, `compile` and `export` report about their outputs. */
import { defineRule, type Arg } from '@chiso/language/i18n';
import { en } from '@chiso/language/i18n';

export const OUTPUT_RULES = {
    'output-checks-withheld': defineRule<{ file: Arg }>()({
        severity: 'info',
        vi: a => `${a.file}: các kiểm tra khác (tổng điểm, số lượng, cơ cấu điểm, tên…) sẽ chạy khi lỗi cú pháp được sửa.`,
        en: a => `${a.file}: the other checks (sums, totals, counts, splits, names…) resume once its syntax errors are fixed.`,
    }),
    'compile-refused': defineRule<{ count: Arg }>()({
        severity: 'error',
        vi: a => `Không biên dịch: ${a.count} lỗi phải được sửa trước (xem ở trên).`,
        en: a => `Not compiled: ${en(a.count, 'error')} must be fixed first (see above).`,
    }),
    'compile-no-sets': defineRule()({
        severity: 'error',
        vi: () => `Không có bộ tiêu chí nào (\`set\`) trong các tệp đã cho để biên dịch.`,
        en: () => `The given files hold no criteria set (\`set\`) to compile.`,
    }),
    'compile-needs-out': defineRule<{ count: Arg }>()({
        severity: 'error',
        vi: a => `Có ${a.count} bộ tiêu chí: dùng \`-o <thư mục>\` để ghi mỗi bộ vào một tệp JSON.`,
        en: a => `There are ${a.count} criteria sets: use \`-o <folder>\` to write one JSON file each.`,
    }),
    'compile-wrote': defineRule<{ file: Arg }>()({
        severity: 'info',
        vi: a => `Đã ghi ${a.file}`,
        en: a => `Wrote ${a.file}`,
    }),
    'output-unwritable': defineRule<{ file: Arg; detail: Arg }>()({
        severity: 'error',
        vi: a => `Không ghi được ${a.file}: ${a.detail}`,
        en: a => `Cannot write ${a.file}: ${a.detail}`,
    }),
    'output-is-input': defineRule<{ file: Arg; input: Arg }>()({
        severity: 'error',
        vi: a => `Không ghi ${a.file}: đó là tệp đầu vào của lệnh này (${a.input}), ghi đè sẽ làm mất nó. Hãy chọn tệp đầu ra khác.`,
        en: a => `Not writing ${a.file}: it is an input of this command (${a.input}) and would be destroyed. Choose another output file.`,
    }),
    'output-collision': defineRule<{ id: Arg; first: Arg; second: Arg; file: Arg }>()({
        severity: 'error',
        vi: a => `Bộ tiêu chí ${a.id} ở ${a.first} và ở ${a.second} đều sẽ được ghi vào ${a.file}; không ghi tệp nào. Hãy biên dịch từng thư mục vào một thư mục đầu ra riêng.`,
        en: a => `The set ${a.id} in ${a.first} and the one in ${a.second} would both be written to ${a.file}; nothing was written. Compile each folder into its own output folder.`,
    }),
    'output-not-folder': defineRule<{ file: Arg }>()({
        severity: 'error',
        vi: a => `${a.file} là một tệp đã có, không phải thư mục: dùng \`-o <tệp>.json\` cho một bộ tiêu chí hoặc \`-o <thư mục>\`.`,
        en: a => `${a.file} is an existing file, not a folder: use \`-o <file>.json\` for one set or \`-o <folder>\`.`,
    }),
    'output-folder-missing': defineRule<{ file: Arg; folder: Arg }>()({
        severity: 'error',
        vi: a => `Không ghi được ${a.file}: thư mục ${a.folder} không tồn tại.`,
        en: a => `Cannot write ${a.file}: the folder ${a.folder} does not exist.`,
    }),
    'export-needs-out': defineRule<{ format: Arg }>()({
        severity: 'error',
        vi: a => `Định dạng ${a.format} là tệp nhị phân: dùng \`-o <tệp>\` để ghi ra tệp.`,
        en: a => `The ${a.format} format is binary: use \`-o <file>\` to write it to a file.`,
    }),
    'export-too-large': defineRule<{ count: Arg; limit: Arg; format: Arg }>()({
        severity: 'error',
        vi: a => `Bộ tiêu chí có ${a.count} mục, quá giới hạn ${a.limit} mục của định dạng ${a.format}; hãy xuất HTML hoặc Markdown.`,
        en: a => `The set has ${en(a.count, 'item')}, past the ${a.format} format's limit of ${a.limit}; export HTML or Markdown instead.`,
    }),
};
