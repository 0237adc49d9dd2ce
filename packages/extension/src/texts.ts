/**
 * Every text the extension itself shows (status bar, notifications, the annex tab), in the
 * language of `chiso.language` rather than VS Code's display language: no Vietnamese language
 * pack for VS Code exists offline. A typed table, as in the language package: a missing
 * translation or a misspelt argument is a compile error. Free of `vscode` imports, so it is tested without an editor.
 */
import { defineText, renderText, type Arg, type ArgList, type ArgsOf, type Lang } from '@chiso/language/texts';

export type TextLang = Lang;

/** English nouns after a number: `1 file`, `2 files`. */
function en(count: string, singular: string, plural = `${singular}s`): string {
    return `${count} ${count === '1' ? singular : plural}`;
}

export const EXTENSION_TEXTS = {
    'status-name': defineText()({ vi: () => `Chiso: tổng điểm bộ tiêu chí`, en: () => `Chiso: set total` }),
    'status-matches': defineText<{ set: Arg; declared: Arg; total: Arg }>()({
        vi: a => `Bộ tiêu chí ${a.set}: tổng điểm các lĩnh vực bằng tổng điểm ${a.declared === 'yes' ? 'khai báo' : 'mặc định'} ${a.total}.`,
        en: a => `Set ${a.set}: the domains add up to the ${a.declared === 'yes' ? 'declared' : 'default'} total of ${a.total}.`,
    }),
    'status-differs': defineText<{ set: Arg; sum: Arg; declared: Arg; total: Arg }>()({
        vi: a => `Bộ tiêu chí ${a.set}: tổng điểm các lĩnh vực là ${a.sum}, khác tổng điểm ${a.declared === 'yes' ? 'khai báo' : 'mặc định'} ${a.total}.`,
        en: a => `Set ${a.set}: the domains add up to ${a.sum}, not the ${a.declared === 'yes' ? 'declared' : 'default'} total of ${a.total}.`,
    }),
    'status-error-count': defineText<{ count: Arg }>()({ vi: a => `${a.count} lỗi`, en: a => en(a.count, 'error') }),
    'status-errors': defineText<{ count: Arg }>()({
        vi: a => `Bộ tiêu chí có ${a.count} lỗi. Nhấn để mở bảng Problems.`,
        en: a => `The set has ${en(a.count, 'error')}. Click to open the Problems view.`,
    }),
    'checking': defineText()({ vi: () => `Đang kiểm tra các tệp .chiso…`, en: () => `Checking .chiso files…` }),
    'checked': defineText<{ files: Arg; errors: Arg; warnings: Arg }>()({
        vi: a => `Chiso đã kiểm tra ${a.files} tệp: ${a.errors} lỗi, ${a.warnings} cảnh báo.`,
        en: a => `Chiso checked ${en(a.files, 'file')}: ${en(a.errors, 'error')}, ${en(a.warnings, 'warning')}.`,
    }),
    'server-not-running': defineText()({
        vi: () => `Máy chủ ngôn ngữ Chiso chưa chạy; hãy thử lại sau giây lát.`,
        en: () => `The Chiso language server is not running yet; try again in a moment.`,
    }),
    'compile-open-file': defineText()({ vi: () => `Hãy mở một tệp .chiso để biên dịch.`, en: () => `Open a .chiso file to compile it.` }),
    'compile-save-as': defineText<{ set: Arg }>()({ vi: a => `Lưu bộ tiêu chí ${a.set} đã biên dịch`, en: a => `Save the compiled set ${a.set}` }),
    'compile-not-compiled': defineText<{ file: Arg; count: Arg; line: Arg; message: Arg }>()({
        vi: a => `Chưa biên dịch ${a.file}: tệp có ${a.count} lỗi. Lỗi đầu tiên, ở dòng ${a.line}: ${a.message}`,
        en: a => `Not compiled: ${a.file} has ${en(a.count, 'error')}. The first, on line ${a.line}: ${a.message}`,
    }),
    'compile-no-set': defineText<{ file: Arg }>()({
        vi: a => `Không có gì để biên dịch: ${a.file} không có bộ tiêu chí nào (\`set …\`).`,
        en: a => `Nothing to compile: ${a.file} holds no criteria set (\`set …\`).`,
    }),
    'compiled': defineText<{ files: Arg }>()({ vi: a => `Đã biên dịch ra ${a.files}`, en: a => `Compiled to ${a.files}` }),
    'open': defineText()({ vi: () => `Mở`, en: () => `Open` }),
    'show-problems': defineText()({ vi: () => `Xem các lỗi`, en: () => `Show Problems` }),
    'annex-open-file': defineText()({ vi: () => `Hãy mở một tệp .chiso để xem trước phụ lục.`, en: () => `Open a .chiso file to preview its annex.` }),
    'annex-title': defineText<{ file: Arg }>()({ vi: a => `Phụ lục: ${a.file}`, en: a => `Annex: ${a.file}` }),
    'annex-syntax-errors': defineText()({
        vi: () => `Tệp có lỗi cú pháp; phụ lục sẽ hiện khi các lỗi được sửa.`,
        en: () => `The file has syntax errors; the annex appears once they are fixed.`,
    }),
    'annex-errors': defineText<{ count: Arg }>()({
        vi: a => `Tệp có ${a.count} lỗi; bảng dưới đây chưa phải là phụ lục đúng:`,
        en: a => `The file has ${en(a.count, 'error')}; the table below is not a correct annex yet:`,
    }),
    'annex-error-line': defineText<{ line: Arg; message: Arg }>()({ vi: a => `Dòng ${a.line}: ${a.message}`, en: a => `Line ${a.line}: ${a.message}` }),
    'annex-more-errors': defineText<{ count: Arg }>()({ vi: a => `… và ${a.count} lỗi khác (xem bảng Problems).`, en: a => `… and ${a.count} more (see the Problems view).` }),
    'annex-last-good': defineText()({
        vi: () => `Do có lỗi cú pháp, bảng dưới đây là bảng của lần cuối tệp không có lỗi cú pháp.`,
        en: () => `Because of the syntax errors, the table below is the one from the last time the file had none.`,
    }),
    'annex-no-set': defineText()({ vi: () => `Tệp không có bộ tiêu chí nào.`, en: () => `This file holds no criteria set.` }),
};

export type ExtensionTextCode = keyof typeof EXTENSION_TEXTS;
export type ExtensionTextArgs<C extends ExtensionTextCode> = ArgList<ArgsOf<(typeof EXTENSION_TEXTS)[C]>>;

export function extensionText<C extends ExtensionTextCode>(lang: TextLang, code: C, ...[args]: ExtensionTextArgs<C>): string {
    return renderText(EXTENSION_TEXTS[code], lang, args);
}
