/** Text as pasted: normalised Vietnamese, no invisible controls. */
import type { Arg } from '../i18n/texts.js';
import { defineRule } from './rule.js';

export const TEXT_RULES = {
    'not-nfc': defineRule()({
        severity: 'warning',
        vi: () => `Văn bản chứa chữ tiếng Việt ở dạng tổ hợp (NFD, thường do dán từ Word); nên chuẩn hóa về NFC để tìm kiếm và so sánh đúng.`,
        en: () => `The text holds decomposed (NFD) Vietnamese, often pasted from Word; normalise it to NFC so that search and comparison work.`,
    }),
    'control-character': defineRule<{ character: Arg }>()({
        severity: 'error',
        vi: a => `Văn bản chứa ký tự điều khiển vô hình ${a.character}; hãy xóa nó: ký tự này có thể che giấu hoặc đảo thứ tự nội dung người duyệt nhìn thấy.`,
        en: a => `The text holds the invisible control character ${a.character}; remove it: it can hide or reorder what reviewers see.`,
    }),
};
