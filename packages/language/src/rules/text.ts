/** Text as pasted: normalised Vietnamese, no invisible controls. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';

export const TEXT_RULES = {
    'not-nfc': defineRule<Record<never, never>, { normalized: string }>()({
        severity: 'warning',
        docs: {
            catches: {
                vi: 'Văn bản ở dạng Unicode tổ hợp (NFD), thường do dán từ Word (cảnh báo).',
                en: 'Text in decomposed Unicode (NFD), as pasted from Word (a warning).',
            },
            why: {
                vi: 'Tên mục và ghi chú được công bố và so sánh; văn bản trông giống nhau nhưng lưu khác nhau sẽ bị bỏ sót khi tìm kiếm, khi `chiso diff` so sánh và khi người duyệt đọc.',
                en: 'Titles and notes are published and compared; text that looks the same but is stored differently is missed by search, by `chiso diff` and by reviewers.',
            },
            fix: {
                vi: 'Chuẩn hóa văn bản về NFC (dùng sửa nhanh, hoặc `editor.codeActionsOnSave` với `source.normalizeNfc`).',
                en: 'Normalise the text to NFC (the quick fix, or `editor.codeActionsOnSave` with `source.normalizeNfc`).',
            },
            // The same title, its letters and their marks composed (NFC).
            fixed: ['"Ca\u0309i ca\u0301ch the\u0302\u0309 che\u0302\u0301"', '"Cải cách thể chế"'],
        },
        fixes: ['fix-nfc', 'fix-nfc-all'],
        vi: () => `Văn bản chứa chữ tiếng Việt ở dạng tổ hợp (NFD, thường do dán từ Word); nên chuẩn hóa về NFC để tìm kiếm và so sánh đúng.`,
        en: () => `The text holds decomposed (NFD) Vietnamese, often pasted from Word; normalise it to NFC so that search and comparison work.`,
    }),
    'control-character': defineRule<{ character: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Ký tự điều khiển vô hình trong chuỗi hoặc chú thích: ESC, NUL và các ký tự C0/C1 khác, ký tự đảo chiều văn bản (“Trojan Source”).',
                en: 'An invisible control character in a string or comment: ESC, NUL and other C0/C1 controls, bidirectional overrides (“Trojan Source”).',
            },
            why: {
                vi: 'Các ký tự này che giấu hoặc đảo thứ tự nội dung người duyệt đọc, và có thể làm đổi màu hay ghi đè màn hình dòng lệnh; phụ lục ban hành phải hiện đúng nội dung đã được duyệt.',
                en: 'Such characters hide or reorder what a reviewer reads, and can colour or rewrite a terminal; a published annex must show exactly what was approved.',
            },
            fix: { vi: 'Xóa ký tự tại vị trí được báo.', en: 'Delete the character at the position reported.' },
            // The title without the pasted colour sequence (ESC [31m).
            fixed: ['"Đỏ \u001b[31m"', '"Đỏ"'],
        },
        vi: a => `Văn bản chứa ký tự điều khiển vô hình ${a.character}; hãy xóa nó: ký tự này có thể che giấu hoặc đảo thứ tự nội dung người duyệt nhìn thấy.`,
        en: a => `The text holds the invisible control character ${a.character}; remove it: it can hide or reorder what reviewers see.`,
    }),
};
