/** Files the commands read, before any parsing. */
import { defineRule, type Arg } from '@chiso/language/i18n';

export const INPUT_RULES = {
    'input-missing': defineRule()({
        severity: 'error',
        vi: () => `Không tìm thấy tệp hoặc thư mục này.`,
        en: () => `No such file or folder.`,
    }),
    'input-unreadable': defineRule<{ detail: Arg }>()({
        severity: 'error',
        vi: a => `Không đọc được: ${a.detail}`,
        en: a => `Cannot read it: ${a.detail}`,
    }),
    'input-not-utf8': defineRule()({
        severity: 'error',
        vi: () => `Tệp không phải văn bản UTF-8 (byte không hợp lệ ở vị trí này). Lưu lại tệp với mã hóa UTF-8.`,
        en: () => `The file is not UTF-8 text (invalid byte here). Save it with UTF-8 encoding.`,
    }),
    'input-binary': defineRule()({
        severity: 'error',
        vi: () => `Đây là tệp nhị phân, không phải tệp văn bản .chiso.`,
        en: () => `This is a binary file, not a .chiso text file.`,
    }),
    'input-no-chiso-files': defineRule()({
        severity: 'error',
        vi: () => `Thư mục không có tệp .chiso nào.`,
        en: () => `The folder holds no .chiso files.`,
    }),
    'input-not-file': defineRule()({
        severity: 'error',
        vi: () => `Đây không phải tệp thông thường (thiết bị, ống dẫn hoặc socket); chỉ đọc được tệp thông thường.`,
        en: () => `This is not a regular file (a device, pipe or socket); only regular files are read.`,
    }),
    'input-too-large': defineRule<{ detail: Arg }>()({
        severity: 'error',
        vi: a => `Tệp quá lớn để đọc (${a.detail}).`,
        en: a => `The file is too large to read (${a.detail}).`,
    }),
};
