/**
 * The extension's own texts follow `chiso.language`, not VS Code's display language: they come
 * from one typed table in both languages, and no source file shows a text through `vscode.l10n`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXTENSION_TEXTS, extensionText, type ExtensionTextCode } from '../src/texts.js';

const SRC = path.resolve(import.meta.dirname, '../src');
const codes = Object.keys(EXTENSION_TEXTS) as ExtensionTextCode[];
const sample = (figure: string) => new Proxy({}, { get: (_t, key) => (key === 'declared' ? 'yes' : key === 'set' ? 'VL2023_SO' : key === 'file' ? 'set.chiso' : figure) }) as Record<string, string>;

describe("the extension's texts", () => {
    test('every text exists in Vietnamese and English, starts with a capital, and says "1 error", not "1 errors"', () => {
        for (const code of codes) {
            for (const lang of ['vi', 'en'] as const) {
                for (const figure of ['1', '2']) {
                    const text = EXTENSION_TEXTS[code][lang](sample(figure));
                    expect(text, `${code} ${lang}`).not.toMatch(/^\p{Ll}|undefined/u);
                    expect(text, `${code} ${lang}`).not.toMatch(/(?<![\d.,])1 (errors|warnings|files)\b|\(s\)/);
                }
            }
        }
        expect(extensionText('en', 'checked', { files: 1, errors: 1, warnings: 2 })).toBe('Chiso checked 1 file: 1 error, 2 warnings.');
        expect(extensionText('vi', 'checked', { files: 1, errors: 1, warnings: 2 })).toBe('Chiso đã kiểm tra 1 tệp: 1 lỗi, 2 cảnh báo.');
    });

    test('the status-bar tooltip says "declared total" only when a total was declared', () => {
        expect(extensionText('en', 'status-matches', { set: 'S', total: '100', declared: 'yes' })).toBe('Set S: the domains add up to the declared total of 100.');
        expect(extensionText('en', 'status-differs', { set: 'S', sum: '99,5', total: '100', declared: 'no' }))
            .toBe('Set S: the domains add up to 99,5, not the default total of 100.');
        expect(extensionText('vi', 'status-matches', { set: 'S', total: '100', declared: 'no' })).toBe('Bộ tiêu chí S: tổng điểm các lĩnh vực bằng tổng điểm mặc định 100.');
    });

    test('no source shows a text through vscode.l10n, which follows the display language instead of chiso.language', () => {
        for (const file of readdirSync(SRC)) {
            expect(readFileSync(path.join(SRC, file), 'utf8'), file).not.toMatch(/\bl10n\b/);
        }
    });
});
