/** `chiso --help` and each verb's help: descriptions, the headings commander prints, usage errors. */
import { defineText, renderText, type Arg, type ArgList, type ArgsOf, type Lang } from '@chiso/language/i18n';

export const HELP_TEXTS = {
    'program': defineText()({
        vi: () => `Kiểm tra và biên dịch bộ tiêu chí Chỉ số cải cách hành chính (Chỉ số CCHC).`,
        en: () => `Check and compile administrative-reform index criteria sets (Chỉ số CCHC).`,
    }),
    'usage': defineText()({ vi: () => `Cách dùng:`, en: () => `Usage:` }),
    'arguments': defineText()({ vi: () => `Tham số:`, en: () => `Arguments:` }),
    'options': defineText()({ vi: () => `Tùy chọn:`, en: () => `Options:` }),
    'commands': defineText()({ vi: () => `Lệnh:`, en: () => `Commands:` }),
    // Placeholders in usage lines (`chiso check [options] <paths...>`).
    'options-placeholder': defineText()({ vi: () => `[tùy chọn]`, en: () => `[options]` }),
    'command-placeholder': defineText()({ vi: () => `[lệnh]`, en: () => `[command]` }),
    'choices': defineText<{ list: Arg }>()({ vi: a => `một trong: ${a.list}`, en: a => `one of: ${a.list}` }),
    'default': defineText<{ value: Arg }>()({ vi: a => `mặc định: ${a.value}`, en: a => `default: ${a.value}` }),
    'help-option': defineText()({ vi: () => `Hiện hướng dẫn của lệnh`, en: () => `Show help for the command` }),
    'help-command': defineText()({ vi: () => `Hiện hướng dẫn của một lệnh`, en: () => `Show help for a command` }),
    'version-option': defineText()({ vi: () => `Hiện số phiên bản`, en: () => `Show the version number` }),
    'lang-option': defineText()({
        vi: () => `Ngôn ngữ của thông báo: tiếng Việt, trừ khi LC_ALL, LC_MESSAGES hoặc LANG là en_*`,
        en: () => `Message language: Vietnamese unless LC_ALL, LC_MESSAGES or LANG is en_*`,
    }),
    'paths': defineText()({ vi: () => `Các tệp .chiso hoặc thư mục chứa chúng`, en: () => `.chiso files or folders holding them` }),
    'check': defineText()({
        vi: () => `Báo mọi lỗi và cảnh báo của các tệp hoặc thư mục .chiso, kèm một dòng tóm tắt cho mỗi bộ tiêu chí.`,
        en: () => `Report every error and warning of .chiso files or folders, after one summary line per criteria set.`,
    }),
    'check-format': defineText()({ vi: () => `Định dạng đầu ra`, en: () => `Output format` }),
    'check-strict': defineText()({ vi: () => `Coi cảnh báo là lỗi (mã thoát 1)`, en: () => `Fail on warnings too (exit code 1)` }),
    'check-notes': defineText()({
        vi: () => `Liệt kê cả các ghi chú: các mục chấm qua điều tra xã hội học`,
        en: () => `List the notes too: the survey-sourced items`,
    }),
    'check-quiet': defineText()({ vi: () => `Chỉ in các lỗi`, en: () => `Print errors only` }),
    'check-stdin-filename': defineText()({
        vi: () => `Đường dẫn mà đầu vào chuẩn (-) thay cho: tên tệp trong các thông báo, và các tệp .chiso cùng thư mục được đọc kèm`,
        en: () => `The path standard input (-) stands for: the file name in findings, and the .chiso files of its folder read beside it`,
    }),
    'fmt': defineText()({
        vi: () => `Viết lại các tệp .chiso theo bố cục chuẩn; chỉ khoảng trắng thay đổi.`,
        en: () => `Rewrite .chiso files in the canonical layout; only whitespace changes.`,
    }),
    'fmt-check': defineText()({
        vi: () => `Không ghi gì; liệt kê các tệp sẽ thay đổi và báo lỗi nếu có`,
        en: () => `Write nothing; list the files that would change and fail if any`,
    }),
    'compile': defineText()({
        vi: () => `Biên dịch các bộ tiêu chí không có lỗi sang JSON theo hợp đồng mà phần mềm chấm điểm đọc.`,
        en: () => `Compile criteria sets without errors to the JSON contract scoring engines load.`,
    }),
    'compile-out': defineText()({
        vi: () => `Một tệp .json (một bộ) hoặc một thư mục (mỗi bộ một tệp <mã bộ>.json); mặc định: stdout`,
        en: () => `A .json file (one set) or a folder (one <set id>.json per set); default: stdout`,
    }),
    'score': defineText()({
        vi: () => `Chấm điểm các đơn vị từ kết quả: điểm theo nguồn, chỉ số (công bố theo làm tròn của bộ tiêu chí), xếp loại, chỉ số thành phần, xếp hạng và điểm bị mất.`,
        en: () => `Score units from their results: points per source, index (published as the set rounds it), class, sub-indices, rank and points lost.`,
    }),
    'score-set': defineText()({
        vi: () => `Bộ tiêu chí đã biên dịch (.json của chiso compile) hoặc tệp .chiso chứa một bộ`,
        en: () => `A compiled set (.json from chiso compile) or a .chiso file holding one set`,
    }),
    'score-results': defineText()({
        vi: () => `Kết quả theo đơn vị và mục (.csv, .json, biểu mẫu .xlsx đã điền, hoặc thư mục chứa chúng)`,
        en: () => `Results per unit and item (.csv, .json, a filled .xlsx form, or a folder of them)`,
    }),
    'score-out': defineText()({ vi: () => `Ghi báo cáo ra tệp này thay vì stdout`, en: () => `Write the report to this file instead of stdout` }),
    'score-format': defineText()({
        vi: () => `Định dạng: text, json, csv (báo cáo); html, docx, xlsx (kết quả công bố: bảng xếp hạng, chỉ số thành phần, điểm từng đơn vị; docx, xlsx cần -o)`,
        en: () => `Format: text, json, csv (the report); html, docx, xlsx (the published results: ranking, sub-indices, each unit's scores; docx and xlsx need -o)`,
    }),
    'tasks': defineText()({
        vi: () => `Lập bảng nhiệm vụ từ điểm một đơn vị bị mất: theo nguồn điểm và lĩnh vực, mỗi dòng có cơ quan thực hiện, phối hợp, tài liệu kiểm chứng, yêu cầu và cột thời hạn.`,
        en: () => `Turn one unit's lost points into a table of tasks: per source and domain, each line with its lead and coordinating agencies, evidence, requirement and a deadline column.`,
    }),
    'tasks-unit': defineText()({ vi: () => `Mã đơn vị (cần khi kết quả có nhiều đơn vị)`, en: () => `The unit's id (needed when the results hold several units)` }),
    'tasks-previous': defineText()({ vi: () => `Kết quả năm trước (.csv hoặc .json): mỗi dòng nêu thay đổi so với năm trước`, en: () => `The year before's results (.csv or .json): each line shows the change` }),
    'tasks-previous-set': defineText()({
        vi: () => `Bộ tiêu chí năm trước (.json hoặc .chiso), khi khác năm nay: các mục được đối chiếu như chiso diff`,
        en: () => `The year before's set (.json or .chiso), when it differs: items are matched as chiso diff matches them`,
    }),
    'tasks-format': defineText()({ vi: () => `Định dạng bảng`, en: () => `Table format` }),
    'compare': defineText()({
        vi: () => `So sánh kết quả hai năm, mỗi năm chấm theo bộ tiêu chí của năm đó: chỉ số và xếp hạng của từng đơn vị, các mục tăng, giảm nhiều nhất.`,
        en: () => `Compare two years' results, each scored against its year's set: each unit's index and rank, and the items that moved most.`,
    }),
    'compare-before-set': defineText()({ vi: () => `Bộ tiêu chí năm trước (.json hoặc .chiso)`, en: () => `Last year's set (.json or .chiso)` }),
    'compare-after-set': defineText()({ vi: () => `Bộ tiêu chí năm nay (.json hoặc .chiso; có thể là cùng bộ)`, en: () => `This year's set (.json or .chiso; may be the same set)` }),
    'compare-before': defineText()({ vi: () => `Kết quả năm trước (.csv hoặc .json)`, en: () => `Last year's results (.csv or .json)` }),
    'compare-after': defineText()({ vi: () => `Kết quả năm nay (.csv hoặc .json)`, en: () => `This year's results (.csv or .json)` }),
    'compare-unit': defineText()({ vi: () => `Chỉ so sánh đơn vị này`, en: () => `Compare this unit only` }),
    'compare-top': defineText()({ vi: () => `Số mục tăng và số mục giảm nhiều nhất được liệt kê`, en: () => `How many of the items that moved most to list each way` }),
    'differences': defineText()({
        vi: () => `Lập bảng chênh lệch tự chấm / thẩm định: mỗi đơn vị, các mục có điểm thẩm định khác điểm tự chấm, kèm giải trình.`,
        en: () => `List, per unit, the items whose appraisal differs from the self-assessment, with the unit's explanation.`,
    }),
    'differences-unit': defineText()({ vi: () => `Chỉ lập cho đơn vị này (mặc định: mọi đơn vị)`, en: () => `Only this unit (default: every unit)` }),
    'export': defineText()({
        vi: () => `Xuất phụ lục của một bộ tiêu chí ra DOCX, XLSX, HTML hoặc Markdown.`,
        en: () => `Write the annex (Phụ lục) of a set as DOCX, XLSX, HTML or Markdown.`,
    }),
    'export-set': defineText()({
        vi: () => `Bộ tiêu chí đã biên dịch (.json) hoặc tệp .chiso chứa một bộ`,
        en: () => `A compiled set (.json) or a .chiso file holding one set`,
    }),
    'export-format': defineText()({ vi: () => `Định dạng văn bản`, en: () => `Document format` }),
    'export-out': defineText()({
        vi: () => `Tệp sẽ ghi (bắt buộc với docx và xlsx; nếu không thì stdout)`,
        en: () => `The file to write (required for docx and xlsx; otherwise stdout)`,
    }),
    'export-units': defineText()({
        vi: () => `Danh sách đơn vị (CSV \`unit,unitName\`): mỗi đơn vị một biểu mẫu XLSX, ghi vào thư mục -o`,
        en: () => `A list of units (CSV \`unit,unitName\`): one XLSX form per unit, written into the folder -o`,
    }),
    'diff': defineText()({
        vi: () => `Những gì thay đổi giữa hai phiên bản của một bộ tiêu chí, viết cho hội đồng thẩm định.`,
        en: () => `What changed between two versions of a criteria set, written for the appraisal council.`,
    }),
    'diff-old': defineText()({ vi: () => `Bộ tiêu chí trước (.chiso hoặc .json đã biên dịch)`, en: () => `The earlier set (.chiso or compiled .json)` }),
    'diff-new': defineText()({ vi: () => `Bộ tiêu chí sau (.chiso hoặc .json đã biên dịch)`, en: () => `The later set (.chiso or compiled .json)` }),
    'import': defineText()({
        vi: () => `Chuyển bảng phụ lục (.xlsx hoặc .csv) trở lại thành tệp .chiso đã định dạng.`,
        en: () => `Turn an annex table (.xlsx or .csv) back into a formatted .chiso file.`,
    }),
    'import-annex': defineText()({
        vi: () => `Bảng tính .xlsx (do chiso export ghi, hoặc của tỉnh) hoặc tệp .csv`,
        en: () => `An .xlsx workbook (as chiso export writes it, or a province's own) or a .csv file`,
    }),
    'import-out': defineText()({ vi: () => `Tệp .chiso sẽ ghi`, en: () => `The .chiso file to write` }),
    'lsp': defineText()({
        vi: () => `Chạy máy chủ ngôn ngữ cho mọi trình soạn thảo hỗ trợ LSP (Neovim, Helix, Emacs, VS Code).`,
        en: () => `Start the language server for any LSP editor (Neovim, Helix, Emacs, VS Code).`,
    }),
    'lsp-stdio': defineText()({
        vi: () => `Giao tiếp LSP qua stdin/stdout (cách duy nhất; nhận tùy chọn này cho các trình soạn thảo truyền nó)`,
        en: () => `Talk LSP over stdin/stdout (the only transport; accepted for editors that pass it)`,
    }),
    // Usage errors: commander's codes, in the message language (packages/cli/src/usage-errors.ts).
    'usage-unknown-option': defineText<{ option: Arg; suggestion?: Arg }>()({
        vi: a => `Không có tùy chọn ${a.option}.${a.suggestion ? ` Có phải là ${a.suggestion}?` : ''}`,
        en: a => `Unknown option ${a.option}.${a.suggestion ? ` Did you mean ${a.suggestion}?` : ''}`,
    }),
    'usage-unknown-command': defineText<{ command: Arg; suggestion?: Arg }>()({
        vi: a => `Không có lệnh ${a.command}.${a.suggestion ? ` Có phải là ${a.suggestion}?` : ''}`,
        en: a => `Unknown command ${a.command}.${a.suggestion ? ` Did you mean ${a.suggestion}?` : ''}`,
    }),
    'usage-missing-argument': defineText<{ argument: Arg }>()({ vi: a => `Thiếu tham số ${a.argument}.`, en: a => `The argument ${a.argument} is missing.` }),
    'usage-option-needs-value': defineText<{ option: Arg }>()({ vi: a => `Tùy chọn ${a.option} cần một giá trị.`, en: a => `The option ${a.option} needs a value.` }),
    'usage-missing-option': defineText<{ option: Arg }>()({ vi: a => `Thiếu tùy chọn bắt buộc ${a.option}.`, en: a => `The option ${a.option} is required.` }),
    'usage-conflicting-options': defineText<{ option: Arg; other: Arg }>()({
        vi: a => `Không dùng được cùng lúc ${a.option} và ${a.other}.`,
        en: a => `The options ${a.option} and ${a.other} cannot be used together.`,
    }),
    'usage-invalid-value': defineText<{ value: Arg; option: Arg; choices: Arg }>()({
        vi: a => `Giá trị “${a.value}” của ${a.option} không hợp lệ; chọn một trong: ${a.choices}.`,
        en: a => `The value “${a.value}” of ${a.option} is not valid; use one of: ${a.choices}.`,
    }),
    'usage-excess-arguments': defineText<{ expected: Arg; received: Arg }>()({
        vi: a => `Thừa tham số: lệnh nhận ${a.expected}, nhưng được cho ${a.received}.`,
        en: a => `Too many arguments: the command takes ${a.expected}, but was given ${a.received}.`,
    }),
    'usage-see-help': defineText<{ command: Arg }>()({ vi: a => `Xem \`${a.command} --help\`.`, en: a => `See \`${a.command} --help\`.` }),
};

export type HelpTextCode = keyof typeof HELP_TEXTS;

export function renderHelpText<C extends HelpTextCode>(lang: Lang, code: C, ...[args]: ArgList<ArgsOf<(typeof HELP_TEXTS)[C]>>): string {
    return renderText(HELP_TEXTS[code], lang, args);
}
