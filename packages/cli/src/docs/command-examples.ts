/**
 * An example per command rule for its page: the command line, the small files it reads, and (where
 * one exists) the corrected files that make it pass. The page shows what the built command prints
 * on them (run-command.ts), so the output cannot drift; a case that needs what a page cannot show
 * (a full disk, a 50 MB file) says so instead.
 */
import type { Bilingual } from '@chiso/language/i18n';
import type { CommandCode } from '../rules/index.js';
import type { ExampleFiles, ExampleForm, WorkbookCell } from './run-command.js';

export interface CommandExample {
    /** After `chiso`; the page's language is added as `--lang`. */
    readonly args: readonly string[];
    readonly files: ExampleFiles;
    /**
     * `set.json` compiled from `set.chiso` (`chiso compile set.chiso -o set.json`), then edited by hand
     * as shown: the first `from` becomes `to`. The corrected run compiles it again, unedited.
     */
    readonly json?: { readonly from: string; readonly to: string };
    /** The corrected run: its files replace the failing ones of the same name, and it exits 0. */
    readonly passing?: { readonly args?: readonly string[]; readonly files?: ExampleFiles };
}

export type CommandDoc = CommandExample | { readonly unshown: Bilingual };

const SET = `set S "Chỉ số CCHC" {
    total 10
    domain 1 "Chỉ đạo, điều hành" max 10 {
        criterion 1.1 "Kế hoạch CCHC" max 4
        criterion 1.2 "Báo cáo CCHC" max 6
    }
}
`;

/** Items scored by rules rather than directly: what a results row's `value` and inputs are read against. */
const RULED = `set R "Chấm theo quy tắc" {
    total 10
    domain 1 "Thực hiện" max 10 min 1 {
        criterion 1.1 "Tỷ lệ hồ sơ đúng hạn" max 2 { scoring bands { >= 80% -> 2  [50%, 80%) -> 1  < 50% -> 0 } }
        criterion 1.2 "Công khai thủ tục" max 2 { scoring choice { full "Đầy đủ" -> 2  partial "Một phần" -> 1  none "Không" -> 0 } }
        criterion 1.3 "Kiểm soát thủ tục" max 3 min 1
        criterion 1.4 "Mức độ hài lòng" max 3 {
            scoring formula {
                input satisfied "số phiếu hài lòng"
                input respondents "số phiếu"
                where satisfied <= respondents
                result satisfied / respondents * 3
            }
        }
    }
}
`;

const RESULTS = 'unit,item,score\nSoTuPhap,1.1,4\nSoTuPhap,1.2,5.5\n';
const RULED_RESULTS = 'unit,item,score,value,satisfied,respondents\nSoTuPhap,1.1,,85,,\nSoTuPhap,1.2,,full,,\nSoTuPhap,1.3,2,,,\nSoTuPhap,1.4,,,90,100\n';
const ruled = (from: string, to: string): ExampleFiles => ({ 'set.chiso': RULED, 'results.csv': RULED_RESULTS.replace(from, to) });
const score = ['score', 'set.chiso', '--results', 'results.csv'];
const scoreJson = ['score', 'set.json', '--results', 'results.csv'];
const scored = (results: string): CommandExample => ({ args: score, files: { 'set.chiso': SET, 'results.csv': results }, passing: { files: { 'results.csv': RESULTS } } });
const ruledScore = (from: string, to: string): CommandExample => ({ args: score, files: ruled(from, to), passing: { files: { 'results.csv': RULED_RESULTS } } });

/** SoTuPhap's form of SET, filled in (1.1 and 1.2 self-assessed), with the cells a case changes. */
const form = (cells: Readonly<Record<string, WorkbookCell | null>> = {}, set = 'set.chiso'): ExampleForm => ({ form: { set, unit: 'SoTuPhap', unitName: 'Sở Tư pháp', cells: { D7: 4, D8: 5.5, ...cells } } });
const scoreForms = ['score', 'set.chiso', '--results', 'ket-qua'];
const formCase = (cells: Readonly<Record<string, WorkbookCell | null>>): CommandExample => ({
    args: scoreForms, files: { 'set.chiso': SET, 'ket-qua/SoTuPhap.xlsx': form(cells) }, passing: { files: { 'ket-qua/SoTuPhap.xlsx': form() } },
});

const UNITS = 'unit,unitName\nSoTuPhap,Sở Tư pháp\nSoTaiChinh,Sở Tài chính\n';
const FORMS = ['export', 'set.chiso', '--format', 'xlsx', '--units', 'don-vi.csv', '-o', 'bieu-mau'];

const ANNEX = 'STT,Nội dung,Điểm tối đa\n1,Chỉ đạo điều hành,10\n1.1,Kế hoạch CCHC,4\n1.2,Báo cáo CCHC,6\n';

export const COMMAND_EXAMPLES: Record<CommandCode, CommandDoc> = {
    'node-too-old': {
        unshown: {
            vi: 'Cần một máy chạy Node.js cũ hơn 22 nên không có ví dụ chạy được ở đây; trên Node 20, `chiso check` in đúng thông báo dưới đây và thoát với mã 2.',
            en: 'It needs a machine running a Node.js older than 22, so there is no runnable example here; on Node 20, `chiso check` prints the message below and exits 2.',
        },
    },
    'input-missing': { args: ['check', 'tieu-chi.chiso'], files: { 'tieu-chi/': '' }, passing: { args: ['check', 'tieu-chi'], files: { 'tieu-chi/set.chiso': SET } } },
    'input-unreadable': {
        args: ['score', 'bo-tieu-chi.json', '--results', 'results.csv'],
        files: { 'bo-tieu-chi.json/': '', 'results.csv': RESULTS },
        passing: { args: score, files: { 'set.chiso': SET } },
    },
    'input-not-utf8': {
        args: ['check', 'set.chiso'],
        // “Kế hoạch” saved as Windows-1258: ê is 0xEA, the combining acute 0xEC, the dot below 0xF2.
        files: { 'set.chiso': Buffer.concat([Buffer.from('set S "K'), Buffer.from([0xea, 0xec]), Buffer.from(' hoa'), Buffer.from([0xf2]), Buffer.from('ch" {\n    total 10\n    domain 1 "A" max 10\n}\n')]) },
        passing: { files: { 'set.chiso': 'set S "Kế hoạch" {\n    total 10\n    domain 1 "A" max 10\n}\n' } },
    },
    'input-binary': {
        args: ['check', 'phu-luc.chiso'],
        files: { 'phu-luc.chiso': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]) },
        passing: { files: { 'phu-luc.chiso': SET } },
    },
    'input-no-chiso-files': { args: ['check', 'tieu-chi'], files: { 'tieu-chi/ghi-chu.txt': 'Bộ tiêu chí 2024\n' }, passing: { files: { 'tieu-chi/set.chiso': SET } } },
    'input-not-file': {
        unshown: {
            vi: 'Cần một ống dẫn (FIFO) hoặc thiết bị: `chiso check /dev/zero` in thông báo dưới đây và thoát với mã 2 ngay, không chờ đọc.',
            en: 'It needs a pipe (FIFO) or a device: `chiso check /dev/zero` prints the message below and exits 2 at once, without waiting to read.',
        },
    },
    'input-too-large': {
        unshown: {
            vi: 'Cần một tệp lớn hơn 50 MB, quá lớn để đưa vào trang này; `chiso check` in thông báo dưới đây (kèm kích thước) và thoát với mã 2.',
            en: 'It needs a file over 50 MB, too large for this page; `chiso check` prints the message below (with the size) and exits 2.',
        },
    },
    'output-checks-withheld': {
        args: ['check', 'set.chiso'],
        files: { 'set.chiso': SET.replace('max 4', 'max') },
        passing: { files: { 'set.chiso': SET } },
    },
    'compile-refused': {
        args: ['compile', 'set.chiso', '-o', 'set.json'],
        files: { 'set.chiso': SET.replace('max 6', 'max 5') },
        passing: { files: { 'set.chiso': SET } },
    },
    'compile-no-sets': {
        args: ['compile', 'khao-sat.chiso'],
        files: { 'khao-sat.chiso': 'survey SIPAS "Khảo sát sự hài lòng"\n' },
        passing: { args: ['compile', 'set.chiso'], files: { 'set.chiso': SET } },
    },
    'compile-needs-out': {
        args: ['compile', 'tieu-chi'],
        files: { 'tieu-chi/tinh.chiso': SET, 'tieu-chi/huyen.chiso': SET.replace('set S', 'set H') },
        passing: { args: ['compile', 'tieu-chi', '-o', 'json'] },
    },
    'compile-wrote': { args: ['compile', 'set.chiso', '-o', 'set.json'], files: { 'set.chiso': SET } },
    // A folder where the file should go; a full disk (`> /dev/full`, ENOSPC) is said the same way.
    'output-unwritable': {
        args: ['export', 'set.chiso', '--format', 'md', '-o', 'ban-hanh'],
        files: { 'set.chiso': SET, 'ban-hanh/': '' },
        passing: { args: ['export', 'set.chiso', '--format', 'md', '-o', 'ban-hanh/phu-luc.md'] },
    },
    'output-is-input': {
        args: ['export', 'set.chiso', '--format', 'md', '-o', 'set.chiso'],
        files: { 'set.chiso': SET },
        passing: { args: ['export', 'set.chiso', '--format', 'md', '-o', 'phu-luc.md'] },
    },
    'output-collision': {
        args: ['compile', 'tinh', 'huyen', '-o', 'json'],
        files: { 'tinh/set.chiso': SET, 'huyen/set.chiso': SET },
        passing: { files: { 'huyen/set.chiso': SET.replace('set S', 'set H') } },
    },
    'output-not-folder': {
        args: ['compile', 'tieu-chi', '-o', 'ket-qua.txt'],
        files: { 'tieu-chi/tinh.chiso': SET, 'tieu-chi/huyen.chiso': SET.replace('set S', 'set H'), 'ket-qua.txt': '' },
        passing: { args: ['compile', 'tieu-chi', '-o', 'json'] },
    },
    'output-folder-missing': {
        args: ['export', 'set.chiso', '--format', 'md', '-o', 'ban-hanh/phu-luc.md'],
        files: { 'set.chiso': SET },
        passing: { files: { 'ban-hanh/': '' } },
    },
    'export-needs-out': {
        args: ['export', 'set.chiso', '--format', 'docx'],
        files: { 'set.chiso': SET },
        passing: { args: ['export', 'set.chiso', '--format', 'docx', '-o', 'phu-luc.docx'] },
    },
    'export-too-large': {
        unshown: {
            vi: 'Cần một bộ tiêu chí có hơn giới hạn số mục của định dạng (hàng chục nghìn mục), quá dài để đưa vào trang này; lệnh in thông báo dưới đây và thoát với mã 2.',
            en: 'It needs a set with more items than the format\'s limit (tens of thousands), too long for this page; the command prints the message below and exits 2.',
        },
    },
    'published-too-large': {
        unshown: {
            vi: 'Cần kết quả của hàng trăm đơn vị, quá dài để đưa vào trang này; lệnh in thông báo dưới đây và thoát với mã 2.',
            en: 'It needs the results of hundreds of units, too long for this page; the command prints the message below and exits 2.',
        },
    },
    'import-too-large': {
        unshown: {
            vi: 'Cần một tệp lớn hơn 50 MB (hoặc giải nén ra hơn 200 MB), quá lớn để đưa vào trang này; lệnh in thông báo dưới đây và thoát với mã 2.',
            en: 'It needs a file over 50 MB (or over 200 MB unpacked), too large for this page; the command prints the message below and exits 2.',
        },
    },
    'import-not-spreadsheet': {
        args: ['import', 'phu-luc.xlsx', '-o', 'set.chiso'],
        files: { 'phu-luc.xlsx': ANNEX },
        passing: { args: ['import', 'phu-luc.csv', '-o', 'set.chiso'], files: { 'phu-luc.csv': ANNEX } },
    },
    'import-no-table': {
        args: ['import', 'phu-luc.csv', '-o', 'set.chiso'],
        files: { 'phu-luc.csv': 'Ủy ban nhân dân tỉnh\nQuyết định ban hành Chỉ số CCHC\n' },
        passing: { files: { 'phu-luc.csv': ANNEX } },
    },
    'import-row-skipped': {
        args: ['import', 'phu-luc.csv', '-o', 'set.chiso'],
        files: { 'phu-luc.csv': ANNEX.replace('Báo cáo CCHC,6', 'Báo cáo CCHC,?') },
        passing: { files: { 'phu-luc.csv': ANNEX } },
    },
    'import-bad-metadata': {
        unshown: {
            vi: 'Cần một tệp XLSX có trang ẩn `chiso` bị sửa hỏng; tệp nhị phân không đưa vào trang này được. Lệnh in thông báo dưới đây và thoát với mã 2.',
            en: 'It needs an XLSX workbook whose hidden `chiso` sheet was damaged; a binary workbook cannot be shown on this page. The command prints the message below and exits 2.',
        },
    },
    'import-cached-values': {
        args: ['import', 'phu-luc.xlsx', '-o', 'set.chiso'],
        files: {
            'phu-luc.xlsx': {
                sheet: 'Phụ lục',
                rows: [['STT', 'Nội dung', 'Điểm tối đa'], ['1', 'Chỉ đạo điều hành', { formula: 'C3+C4', result: 10 }], ['1.1', 'Kế hoạch CCHC', 4], ['1.2', 'Báo cáo CCHC', 6]],
            },
        },
        passing: {
            files: { 'phu-luc.xlsx': { sheet: 'Phụ lục', rows: [['STT', 'Nội dung', 'Điểm tối đa'], ['1', 'Chỉ đạo điều hành', 10], ['1.1', 'Kế hoạch CCHC', 4], ['1.2', 'Báo cáo CCHC', 6]] } },
        },
    },
    'import-not-chiso': {
        unshown: {
            vi: 'Không có bảng nào được biết là gây ra lỗi này: nó là chốt an toàn của `chiso import`, báo khi mã nguồn sinh ra từ bảng không phân tích được, thay vì ghi một tệp hỏng.',
            en: 'No table is known to cause it: it is `chiso import`\'s safety net, reported when the source made from a table does not parse, rather than writing a broken file.',
        },
    },
    'set-json-invalid': {
        args: ['score', 'set.json', '--results', 'results.csv'],
        files: { 'set.json': '{ "formatVersion": "1.0", "set": {} }\n', 'results.csv': RESULTS },
        passing: { args: score, files: { 'set.chiso': SET } },
    },
    'set-json-points': { args: scoreJson, files: { 'set.chiso': SET, 'results.csv': RESULTS }, json: { from: '"maxPoints": 6', to: '"maxPoints": "1/0"' } , passing: {} },
    'score-points-unknown': {
        args: score,
        files: { 'set.chiso': SET.replace('max 6\n', '{ counts { components 3 } }\n'), 'results.csv': RESULTS },
        passing: { files: { 'set.chiso': SET } },
    },
    'set-json-sum': { args: scoreJson, files: { 'set.chiso': SET, 'results.csv': RESULTS }, json: { from: '"maxPoints": 6', to: '"maxPoints": 5' } , passing: {} },
    'set-json-count': { args: scoreJson, files: { 'set.chiso': SET, 'results.csv': RESULTS }, json: { from: '"criteria": 2', to: '"criteria": 3' } , passing: {} },
    'set-json-deduction-rule': {
        args: scoreJson,
        files: { 'set.chiso': 'set D "Điểm trừ" {\n    total 10\n    domain 1 "Một" max 10\n    deductions "Điểm trừ" max 2 { criterion Đ1 "Trễ hẹn" max 2 { scoring deduct 1 per "hồ sơ" } }\n}\n', 'results.csv': 'unit,item,score,value\nSoTuPhap,1,8,\nSoTuPhap,Đ1,,1\n' },
        passing: {},
        json: { from: '"kind": "deduct",\n            "perViolation": 1,\n            "unit": "hồ sơ",\n            "floor": 0', to: '"kind": "proportional",\n            "label": null' },
    },
    'set-json-classes': {
        args: scoreJson,
        files: { 'set.chiso': 'set X "Xếp loại" {\n    total 10\n    classes { >= 90% -> "A"  [80%, 90%) -> "B" }\n    domain 1 "Một" max 10\n}\n', 'results.csv': 'unit,item,score\nSoTuPhap,1,9\n' },
        passing: {},
        json: { from: '"value": 90,\n          "inclusive": false', to: '"value": 90,\n          "inclusive": true' },
    },
    'results-format': scored('unit,item,score\nSoTuPhap,1.1,4,ghi chú\nSoTuPhap,1.2,5.5\n'),
    'results-empty': scored('unit,item,score\n'),
    'results-score-and-value': ruledScore('SoTuPhap,1.3,2,,', 'SoTuPhap,1.3,2,70,'),
    'score-unknown-item': scored(`${RESULTS}SoTuPhap,1.3,1\n`),
    'score-not-leaf': scored(`${RESULTS}SoTuPhap,1,9.5\n`),
    'score-duplicate-row': scored(`${RESULTS}SoTuPhap,1.1,3\n`),
    'score-missing-result': scored('unit,item,score\nSoTuPhap,1.1,4\n'),
    'score-exempt-item': {
        args: score,
        files: { 'set.chiso': `agency SoTuPhap "Sở Tư pháp"\n${SET.replace('max 6\n', 'max 6 { exempt SoTuPhap }\n')}`, 'results.csv': RESULTS },
        passing: { files: { 'results.csv': 'unit,item,score\nSoTuPhap,1.1,4\n' } },
    },
    'score-nothing-assessed': scored('unit,item,score\nSoTuPhap,1,N/A\n'),
    'score-not-assigned-item': scored(`${RESULTS}SoTuPhap,1.2,N/A\n`),
    'export-units-out': {
        args: FORMS,
        files: { 'set.chiso': SET, 'don-vi.csv': UNITS },
        passing: { files: { 'bieu-mau/': '' } },
    },
    'export-units-file': {
        args: FORMS,
        files: { 'set.chiso': SET, 'don-vi.csv': 'ma,ten\nSoTuPhap,Sở Tư pháp\n', 'bieu-mau/': '' },
        passing: { files: { 'don-vi.csv': UNITS } },
    },
    'export-form-exists': {
        args: FORMS,
        files: { 'set.chiso': SET, 'don-vi.csv': UNITS, 'bieu-mau/SoTuPhap.xlsx': { sheet: 'Phụ lục', rows: [['Mã đơn vị', 'SoTuPhap']] } },
        passing: { args: FORMS.map(a => (a === 'bieu-mau' ? 'bieu-mau-2025' : a)), files: { 'bieu-mau-2025/': '' } },
    },
    'differences-unit': {
        args: ['differences', 'set.chiso', '--results', 'results.csv', '--unit', 'SoTaiChinh', '--format', 'json'],
        files: { 'set.chiso': SET, 'results.csv': 'unit,item,self,appraisal1\nSoTuPhap,1.1,4,3\nSoTuPhap,1.2,6,5.5\n' },
        passing: { args: ['differences', 'set.chiso', '--results', 'results.csv', '--unit', 'SoTuPhap', '--format', 'json'] },
    },
    'workbook-not-form': {
        args: ['score', 'set.chiso', '--results', 'ket-qua'],
        files: { 'set.chiso': SET, 'ket-qua/so-tu-phap.csv': RESULTS, 'ket-qua/so-tai-chinh.xlsx': { sheet: 'Điểm', rows: [['STT', 'Điểm tự chấm'], ['1.1', 4], ['1.2', 6]] } },
    },
    'workbook-other-set': {
        // The form of last year's version, where 1.1 had 3 points and 1.2 had 7.
        args: scoreForms,
        files: { 'set.chiso': SET, 'nam-truoc/set.chiso': SET.replace('max 4', 'max 3').replace('max 6', 'max 7'), 'ket-qua/SoTuPhap.xlsx': form({ D7: 3 }, 'nam-truoc/set.chiso') },
        passing: { files: { 'ket-qua/SoTuPhap.xlsx': form() } },
    },
    'workbook-no-unit': formCase({ B3: null }),
    'workbook-not-number': formCase({ D7: 'bốn' }),
    'workbook-above-max': formCase({ G7: 5 }),
    'results-unit-twice': {
        args: ['score', 'set.chiso', '--results', 'ket-qua'],
        files: { 'set.chiso': SET, 'ket-qua/a.csv': RESULTS, 'ket-qua/b.csv': RESULTS },
        passing: { files: { 'ket-qua/b.csv': RESULTS.replaceAll('SoTuPhap', 'SoTaiChinh') } },
    },
    'tasks-unit': {
        // JSON: the Markdown table's own `##` headings would read as the rule page's sections.
        args: ['tasks', 'set.chiso', '--results', 'results.csv', '--unit', 'SoTaiChinh', '--format', 'json'],
        files: { 'set.chiso': SET, 'results.csv': RESULTS },
        passing: { args: ['tasks', 'set.chiso', '--results', 'results.csv', '--unit', 'SoTuPhap', '--format', 'json'] },
    },
    'tasks-previous-unit': {
        args: ['tasks', 'set.chiso', '--results', 'results.csv', '--previous', 'before.csv', '--format', 'json'],
        files: { 'set.chiso': SET, 'results.csv': RESULTS, 'before.csv': RESULTS.replaceAll('SoTuPhap', 'SoTaiChinh') },
        passing: { files: { 'before.csv': RESULTS } },
    },
    'compare-unit': {
        // JSON: the text report's headings would read as the rule page's sections.
        args: ['compare', 'set.chiso', 'set.chiso', '--before', 'before.csv', '--after', 'results.csv', '--unit', 'SoTaiChinh', '--format', 'json'],
        files: { 'set.chiso': SET, 'results.csv': RESULTS, 'before.csv': RESULTS },
        passing: { args: ['compare', 'set.chiso', 'set.chiso', '--before', 'before.csv', '--after', 'results.csv', '--unit', 'SoTuPhap', '--format', 'json'] },
    },
    'score-missing-input': ruledScore(',,,90,100', ',,,90,'),
    'score-bad-value': ruledScore('1.1,,85', '1.1,,85 phần trăm'),
    'score-above-max': scored('unit,item,score\nSoTuPhap,1.1,4.5\nSoTuPhap,1.2,5.5\n'),
    'score-below-min': ruledScore('SoTuPhap,1.3,2', 'SoTuPhap,1.3,0.5'),
    'score-unknown-option': ruledScore('1.2,,full', '1.2,,yes'),
    'score-no-band': {
        args: scoreJson,
        files: ruled('1.1,,85', '1.1,,40'),
        json: { from: '"value": 50,\n                  "inclusive": false', to: '"value": 30,\n                  "inclusive": false' },
        passing: {},
    },
    'score-constraint': ruledScore(',,,90,100', ',,,120,100'),
    'score-division-by-zero': ruledScore(',,,90,100', ',,,0,0'),
};
