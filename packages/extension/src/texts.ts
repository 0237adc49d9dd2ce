/**
 * Every text the extension itself shows (status bar, notifications, the annex tab), in the
 * language of `chiso.language` rather than VS Code's display language: no Vietnamese language
 * pack for VS Code exists offline. A typed table, as in the language package: a missing
 * translation is a compile error. Free of `vscode` imports, so it is tested without an editor.
 */
export type TextLang = 'vi' | 'en';
type Text = (a: Record<string, string>) => string;

/** English nouns after a number: `1 file`, `2 files`. */
function en(count: string, singular: string, plural = `${singular}s`): string {
    return `${count} ${count === '1' ? singular : plural}`;
}

export const EXTENSION_TEXTS = {
    'status-name': { vi: () => `Chiso: tổng điểm bộ tiêu chí`, en: () => `Chiso: set total` },
    'status-matches': {
        vi: a => `Bộ tiêu chí ${a.set}: tổng điểm các lĩnh vực bằng tổng điểm ${a.declared === 'yes' ? 'khai báo' : 'mặc định'} ${a.total}.`,
        en: a => `Set ${a.set}: the domains add up to the ${a.declared === 'yes' ? 'declared' : 'default'} total of ${a.total}.`,
    },
    'status-differs': {
        vi: a => `Bộ tiêu chí ${a.set}: tổng điểm các lĩnh vực là ${a.sum}, khác tổng điểm ${a.declared === 'yes' ? 'khai báo' : 'mặc định'} ${a.total}.`,
        en: a => `Set ${a.set}: the domains add up to ${a.sum}, not the ${a.declared === 'yes' ? 'declared' : 'default'} total of ${a.total}.`,
    },
    'status-error-count': { vi: a => `${a.count} lỗi`, en: a => en(a.count, 'error') },
    'status-errors': {
        vi: a => `Bộ tiêu chí có ${a.count} lỗi. Nhấn để mở bảng Problems.`,
        en: a => `The set has ${en(a.count, 'error')}. Click to open the Problems view.`,
    },
    'checking': { vi: () => `Đang kiểm tra các tệp .chiso…`, en: () => `Checking .chiso files…` },
    'checked': {
        vi: a => `Chiso đã kiểm tra ${a.files} tệp: ${a.errors} lỗi, ${a.warnings} cảnh báo.`,
        en: a => `Chiso checked ${en(a.files, 'file')}: ${en(a.errors, 'error')}, ${en(a.warnings, 'warning')}.`,
    },
    'server-not-running': {
        vi: () => `Máy chủ ngôn ngữ Chiso chưa chạy; hãy thử lại sau giây lát.`,
        en: () => `The Chiso language server is not running yet; try again in a moment.`,
    },
    'compile-open-file': { vi: () => `Hãy mở một tệp .chiso để biên dịch.`, en: () => `Open a .chiso file to compile it.` },
    'compile-save-as': { vi: a => `Lưu bộ tiêu chí ${a.set} đã biên dịch`, en: a => `Save the compiled set ${a.set}` },
    'compile-not-compiled': {
        vi: a => `Chưa biên dịch ${a.file}: tệp có ${a.count} lỗi. Lỗi đầu tiên, ở dòng ${a.line}: ${a.message}`,
        en: a => `Not compiled: ${a.file} has ${en(a.count, 'error')}. The first, on line ${a.line}: ${a.message}`,
    },
    'compile-no-set': {
        vi: a => `Không có gì để biên dịch: ${a.file} không có bộ tiêu chí nào (\`set …\`).`,
        en: a => `Nothing to compile: ${a.file} holds no criteria set (\`set …\`).`,
    },
    'compiled': { vi: a => `Đã biên dịch ra ${a.files}`, en: a => `Compiled to ${a.files}` },
    'open': { vi: () => `Mở`, en: () => `Open` },
    'show-problems': { vi: () => `Xem các lỗi`, en: () => `Show Problems` },
    'annex-open-file': { vi: () => `Hãy mở một tệp .chiso để xem trước phụ lục.`, en: () => `Open a .chiso file to preview its annex.` },
    'annex-title': { vi: a => `Phụ lục: ${a.file}`, en: a => `Annex: ${a.file}` },
    'annex-syntax-errors': {
        vi: () => `Tệp có lỗi cú pháp; phụ lục sẽ hiện khi các lỗi được sửa.`,
        en: () => `The file has syntax errors; the annex appears once they are fixed.`,
    },
    'annex-errors': {
        vi: a => `Tệp có ${a.count} lỗi; bảng dưới đây chưa phải là phụ lục đúng:`,
        en: a => `The file has ${en(a.count, 'error')}; the table below is not a correct annex yet:`,
    },
    'annex-error-line': { vi: a => `Dòng ${a.line}: ${a.message}`, en: a => `Line ${a.line}: ${a.message}` },
    'annex-more-errors': { vi: a => `… và ${a.count} lỗi khác (xem bảng Problems).`, en: a => `… and ${a.count} more (see the Problems view).` },
    'annex-last-good': {
        vi: () => `Do có lỗi cú pháp, bảng dưới đây là bảng của lần cuối tệp không có lỗi cú pháp.`,
        en: () => `Because of the syntax errors, the table below is the one from the last time the file had none.`,
    },
    'annex-no-set': { vi: () => `Tệp không có bộ tiêu chí nào.`, en: () => `This file holds no criteria set.` },
} as const satisfies Record<string, Record<TextLang, Text>>;

export type ExtensionTextCode = keyof typeof EXTENSION_TEXTS;

export function extensionText(lang: TextLang, code: ExtensionTextCode, args: Record<string, string | number> = {}): string {
    return EXTENSION_TEXTS[code][lang](Object.fromEntries(Object.entries(args).map(([key, value]) => [key, String(value)])));
}
