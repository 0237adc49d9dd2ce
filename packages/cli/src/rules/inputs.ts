/** Files the commands read, before any parsing. */
import { defineRule, type Arg, type Bilingual } from '@chiso/language/i18n';

const WHY_IN: Bilingual = {
    vi: 'Lệnh chỉ đọc những gì đọc được trọn vẹn và an toàn; nó dừng với mã thoát 2 thay vì kiểm tra, biên dịch hay chấm điểm một phần tệp.',
    en: 'A command reads only what it can read entirely and safely; it stops with exit code 2 rather than check, compile or score part of a file.',
};

export const INPUT_RULES = {
    // Said by bin/chiso.js before anything else loads (the bundle needs Node ≥ 22).
    'node-too-old': defineRule<{ required: Arg; version: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: '`chiso` chạy trên Node.js cũ hơn bản thấp nhất được hỗ trợ (22).',
                en: '`chiso` run on a Node.js older than the lowest supported version (22).',
            },
            why: {
                vi: 'Node 20 đã hết hạn hỗ trợ; Chiso chỉ được thử và cam kết chạy đúng trên Node 22 và 24, nên dừng với mã thoát 2 thay vì chạy sai.',
                en: 'Node 20 is past its end of life; Chiso is tested and promised on Node 22 and 24 only, so it stops with exit code 2 rather than run wrongly.',
            },
            fix: {
                vi: 'Cài Node.js 22 hoặc 24 (bản LTS), hoặc chạy `chiso` qua `npx` trong một kho có gói `node` 22.',
                en: 'Install Node.js 22 or 24 (LTS), or run `chiso` through `npx` in a repository with the `node` 22 package.',
            },
        },
        vi: a => `Chiso cần Node.js ${a.required} trở lên; máy này đang chạy Node.js ${a.version}. Hãy cài Node.js ${a.required} hoặc 24 (bản LTS).`,
        en: a => `Chiso needs Node.js ${a.required} or later; this machine runs Node.js ${a.version}. Install Node.js ${a.required} or 24 (LTS).`,
    }),
    'input-missing': defineRule()({
        severity: 'error',
        docs: {
            catches: { vi: 'Đường dẫn đưa cho lệnh không tồn tại.', en: 'A path given to a command that does not exist.' },
            why: WHY_IN,
            fix: { vi: 'Kiểm tra lại đường dẫn (và thư mục hiện tại).', en: 'Check the path (and the current folder).' },
        },
        vi: () => `Không tìm thấy tệp hoặc thư mục này.`,
        en: () => `No such file or folder.`,
    }),
    'input-unreadable': defineRule<{ detail: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Tệp hệ thống không cho đọc (quyền truy cập, liên kết hỏng).', en: 'A file the system refuses to read (permissions, a broken link).' },
            why: WHY_IN,
            fix: { vi: 'Sửa quyền truy cập hoặc liên kết của tệp.', en: 'Fix the file\'s permissions or link.' },
        },
        vi: a => `Không đọc được: ${a.detail}`,
        en: a => `Cannot read it: ${a.detail}`,
    }),
    'input-not-utf8': defineRule()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Tệp không phải văn bản UTF-8, kèm dòng và cột của byte sai đầu tiên.',
                en: 'A file that is not UTF-8 text, at the line and column of its first invalid byte.',
            },
            why: {
                vi: 'Văn bản tiếng Việt ở bảng mã khác (Windows-1258, TCVN3) sẽ bị đọc thành chữ khác; đọc bất chấp sẽ công bố tên mục bị lỗi phông.',
                en: 'Vietnamese text in another encoding (Windows-1258, TCVN3) would be read as other letters; reading it anyway would publish garbled titles.',
            },
            fix: {
                vi: 'Lưu tệp ở dạng UTF-8 (trong VS Code: “Save with Encoding”, chọn UTF-8).',
                en: 'Save the file as UTF-8 (in VS Code: “Save with Encoding”, UTF-8).',
            },
        },
        vi: () => `Tệp không phải văn bản UTF-8 (byte không hợp lệ ở vị trí này). Lưu lại tệp với mã hóa UTF-8.`,
        en: () => `The file is not UTF-8 text (invalid byte here). Save it with UTF-8 encoding.`,
    }),
    'input-binary': defineRule()({
        severity: 'error',
        docs: {
            catches: { vi: 'Tệp nhị phân được đưa vào ở chỗ cần tệp văn bản `.chiso`.', en: 'A binary file given where a `.chiso` text file is expected.' },
            why: WHY_IN,
            fix: { vi: 'Đưa vào tệp `.chiso`; bảng phụ lục thì dùng `chiso import`.', en: 'Give the `.chiso` file; an annex table is read with `chiso import`.' },
        },
        vi: () => `Đây là tệp nhị phân, không phải tệp văn bản .chiso.`,
        en: () => `This is a binary file, not a .chiso text file.`,
    }),
    'input-no-chiso-files': defineRule()({
        severity: 'error',
        docs: {
            catches: { vi: 'Thư mục không có tệp `.chiso` nào.', en: 'A folder holding no `.chiso` file.' },
            why: WHY_IN,
            fix: { vi: 'Đưa vào thư mục chứa các tệp `.chiso` của tỉnh.', en: 'Give the folder of the province\'s `.chiso` files.' },
        },
        vi: () => `Thư mục không có tệp .chiso nào.`,
        en: () => `The folder holds no .chiso files.`,
    }),
    'input-not-file': defineRule()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Đường dẫn không phải tệp thông thường: thiết bị, ống dẫn hoặc socket.',
                en: 'A path that is not a regular file: a device, a pipe or a socket.',
            },
            why: {
                vi: 'Lệnh chỉ đọc những gì đọc được trọn vẹn và an toàn; nó dừng với mã thoát 2 thay vì kiểm tra, biên dịch hay chấm điểm một phần tệp. Ống dẫn hay `/dev/zero` có thể bị đọc mãi không dừng.',
                en: 'A command reads only what it can read entirely and safely; it stops with exit code 2 rather than check, compile or score part of a file. A pipe or `/dev/zero` could be read forever.',
            },
            fix: { vi: 'Lưu nội dung vào một tệp và đưa đường dẫn của tệp đó.', en: 'Save the content to a file and give its path.' },
        },
        vi: () => `Đây không phải tệp thông thường (thiết bị, ống dẫn hoặc socket); chỉ đọc được tệp thông thường.`,
        en: () => `This is not a regular file (a device, pipe or socket); only regular files are read.`,
    }),
    'input-too-large': defineRule<{ detail: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Tệp lớn hơn 50 MB.', en: 'A file over 50 MB.' },
            why: {
                vi: 'Lệnh chỉ đọc những gì đọc được trọn vẹn và an toàn; nó dừng với mã thoát 2 thay vì kiểm tra, biên dịch hay chấm điểm một phần tệp. Không bộ tiêu chí nào gần tới 50 MB.',
                en: 'A command reads only what it can read entirely and safely; it stops with exit code 2 rather than check, compile or score part of a file. No criteria set comes near 50 MB.',
            },
            fix: { vi: 'Kiểm tra lại đó có đúng là tệp cần dùng.', en: 'Check that the file is the one meant.' },
        },
        vi: a => `Tệp quá lớn để đọc (${a.detail}).`,
        en: a => `The file is too large to read (${a.detail}).`,
    }),
};
