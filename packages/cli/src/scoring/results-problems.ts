/**
 * Why a results file cannot be read at all, in the user's language: the readers (results-csv.ts,
 * results-json.ts) say what they found, `chiso/results-format` says it where it is.
 */
import { defineText, renderText, type Arg, type ArgList, type ArgsOf, type Lang } from '@chiso/language/i18n';

export type ResultsProblemReason =
    | { readonly kind: 'row-needs-unit-item' }
    | { readonly kind: 'not-json' }
    | { readonly kind: 'json-shape' }
    /** A row with more cells than the header has columns: in a comma-separated file, usually an unquoted decimal comma (`92,5`). */
    | { readonly kind: 'csv-extra-cells'; readonly cells: number; readonly columns: number }
    /** Any other CSV syntax csv-parse rejects (an unclosed quote…): its own words, which name the place. */
    | { readonly kind: 'csv-syntax'; readonly message: string };

export interface ResultsProblem {
    readonly line: number;
    readonly column: number;
    readonly reason: ResultsProblemReason;
}

const RESULTS_PROBLEM_TEXTS = {
    'row-needs-unit-item': defineText()({ vi: () => 'mỗi dòng cần có `unit` và `item`', en: () => 'every row needs `unit` and `item`' }),
    'not-json': defineText()({ vi: () => 'không phải JSON hợp lệ', en: () => 'not valid JSON' }),
    'json-shape': defineText()({
        vi: () => 'cần một mảng các dòng, hoặc một đối tượng có "results"',
        en: () => 'expected an array of rows, or an object with "results"',
    }),
    'csv-extra-cells': defineText<{ cells: Arg; columns: Arg }>()({
        vi: a => `dòng có ${a.cells} ô nhưng dòng tiêu đề chỉ có ${a.columns} cột. Nếu đó là số có dấu phẩy thập phân (92,5) trong tệp phân cách bằng dấu phẩy, hãy đặt số trong ngoặc kép ("92,5") hoặc lưu tệp phân cách bằng dấu chấm phẩy`,
        en: a => `the row has ${a.cells} cells but the header only ${a.columns} columns. If it is a number with a decimal comma (92,5) in a comma-separated file, quote it ("92,5") or save the file with semicolons`,
    }),
    'csv-syntax': defineText<{ message: Arg }>()({ vi: a => `lỗi cú pháp CSV (${a.message})`, en: a => `CSV syntax error (${a.message})` }),
};

function render<C extends keyof typeof RESULTS_PROBLEM_TEXTS>(lang: Lang, code: C, ...[args]: ArgList<ArgsOf<(typeof RESULTS_PROBLEM_TEXTS)[C]>>): string {
    return renderText(RESULTS_PROBLEM_TEXTS[code], lang, args);
}

export function resultsProblemText(reason: ResultsProblemReason, lang: Lang): string {
    switch (reason.kind) {
        case 'csv-extra-cells': return render(lang, 'csv-extra-cells', { cells: reason.cells, columns: reason.columns });
        case 'csv-syntax': return render(lang, 'csv-syntax', { message: reason.message });
        case 'row-needs-unit-item': return render(lang, 'row-needs-unit-item');
        case 'not-json': return render(lang, 'not-json');
        case 'json-shape': return render(lang, 'json-shape');
    }
}
