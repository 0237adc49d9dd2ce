/** The canonical layout (src/lsp/formatter.ts), through `langium/test` and through `formatText`. */
import { expectFormatting } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { formatText } from '../src/format.js';
import { chisoServices } from './test-services.js';

const services = chisoServices();

/** Formats `before` in the editor's way and checks that `after` is already canonical. */
async function expectLayout(before: string, after: string, options?: { tabSize: number; insertSpaces: boolean }): Promise<void> {
    await expectFormatting(services)({ before, after, options, disposeAfterCheck: true });
    expect(await formatText(after)).toBe(after);
}

describe('layout', () => {
    test('4 spaces per block, one field or item per line, `{` on the header line, `}` under it', async () => {
        await expectLayout(
            `set   S "Bộ tiêu chí"
{ total 10   year 2023
  domain 1 "Chỉ đạo" max 10 { evidence "Kế hoạch" lead A, B
      criterion 1.1 "Kế hoạch" max 4 { scoring deduct 0.25 per "lần" floor 0 }
criterion 1.2 "Báo cáo"
    max 6 } }
`,
            `set S "Bộ tiêu chí" {
    total 10
    year 2023
    domain 1 "Chỉ đạo" max 10 {
        evidence "Kế hoạch"
        lead A, B
        criterion 1.1 "Kế hoạch" max 4 {
            scoring deduct 0.25 per "lần" floor 0
        }
        criterion 1.2 "Báo cáo" max 6
    }
}
`);
    });

    test("the editor's tab settings do not change the layout", async () => {
        await expectLayout('set S "A" {\n\tdomain 1 "B" max 1\n}\n', 'set S "A" {\n    domain 1 "B" max 1\n}\n', { tabSize: 2, insertSpaces: false });
    });

    test('list blocks written on one line stay there, entries two spaces apart; others get a line per entry', async () => {
        await expectLayout(
            `set S "A" {
    split {appraisal 66 survey+specialist 34 optional}
    counts including deductions {domains 1}
    domain 1 "B" max 100 {
        scoring choice {"Có"->100 no "Không" -> 0}
    }
}
survey K "Khảo sát" { respondents "Người dân" total 3 {
    "Xã" 1 "Phường" 2 } }
`,
            `set S "A" {
    split { appraisal 66  survey + specialist 34 optional }
    counts including deductions { domains 1 }
    domain 1 "B" max 100 {
        scoring choice { "Có" -> 100  no "Không" -> 0 }
    }
}
survey K "Khảo sát" {
    respondents "Người dân" total 3 {
        "Xã" 1
        "Phường" 2
    }
}
`);
    });

    test('bands, fractions, formulas: spaces around arrows and operators, none inside brackets, fractions or calls', async () => {
        await expectLayout(
            `set S "A" {
    domain 1 "B" max 10 / 3 {
        criterion 1.1 "C" max 1 { scoring bands "Tỷ lệ" { [ 80 %,100 % ] -> 1
            ( 50%, 80% ) ->0.5  <= 50 % -> 0 } }
        criterion 1.2 "D" max 7/3 {
            scoring formula { input a "Đạt" min 0 max 10  input n min 1
                where a<=n*2
                result ( a+a ) /min( n,2 )*1 }
        }
    }
}
`,
            `set S "A" {
    domain 1 "B" max 10/3 {
        criterion 1.1 "C" max 1 {
            scoring bands "Tỷ lệ" {
                [80%, 100%] -> 1
                (50%, 80%) -> 0.5
                <= 50% -> 0
            }
        }
        criterion 1.2 "D" max 7/3 {
            scoring formula {
                input a "Đạt" min 0 max 10
                input n min 1
                where a <= n * 2
                result (a + a) / min(n, 2) * 1
            }
        }
    }
}
`);
    });

    test("each number keeps its author's decimal mark; a separating comma gets its space", async () => {
        await expectLayout(
            `set S "A" { total 10,5
    domain 1 "B" max 10,5 { criterion 1.1 "C" max 0,5 { scoring bands { [80,5%,100%) -> 0,5  < 80,5% -> 0.25  100% -> 0,5 } }
        criterion 1.2 "D" max 10 { scoring formula { input a "A" min 0,5 max 1.5 result max(a,  1,5)*2 } } } }
`,
            `set S "A" {
    total 10,5
    domain 1 "B" max 10,5 {
        criterion 1.1 "C" max 0,5 {
            scoring bands { [80,5%, 100%) -> 0,5  < 80,5% -> 0.25  100% -> 0,5 }
        }
        criterion 1.2 "D" max 10 {
            scoring formula {
                input a "A" min 0,5 max 1.5
                result max(a, 1,5) * 2
            }
        }
    }
}
`);
    });

    test('at most one blank line, none after `{` or before `}`, none at the start, one line end at the end', async () => {
        await expectLayout(
            '\n\n\nagency A "A"\nagency B "B"\n\n\n\nset S "A" {\n\n    total 1\n\n\n\n    domain 1 "B" max 1\n\n}   \n\n\n',
            'agency A "A"\nagency B "B"\n\nset S "A" {\n    total 1\n\n    domain 1 "B" max 1\n}\n',
        );
    });
});

describe('comments are kept', () => {
    test('trailing comments keep their place and alignment; comments on their own line are indented with their block', async () => {
        await expectLayout(
            `// Đầu tệp
set S "A" {
total 100                        // mặc định 100
  split { appraisal 100 }        /* toàn bộ */
        // Lĩnh vực 1
  domain 1 "B" max 100 {
  /* nhiều
     dòng */
    criterion 1.1 "C" max 100 // cuối dòng
      // trước dấu đóng
  }
}
// cuối tệp`,
            `// Đầu tệp
set S "A" {
    total 100                        // mặc định 100
    split { appraisal 100 }        /* toàn bộ */
    // Lĩnh vực 1
    domain 1 "B" max 100 {
        /* nhiều
     dòng */
        criterion 1.1 "C" max 100 // cuối dòng
        // trước dấu đóng
    }
}
// cuối tệp
`);
    });

    test('after a line comment inside a field, the field goes on as a continuation line', async () => {
        await expectLayout(
            'set S "A" {\n    unranked A, // chưa xếp hạng\n B\n    domain 1 "B" max /* tạm */1\n}\n',
            'set S "A" {\n    unranked A, // chưa xếp hạng\n        B\n    domain 1 "B" max /* tạm */ 1\n}\n',
        );
    });
});

describe('formatText', () => {
    test('a text with syntax errors comes back unchanged', async () => {
        for (const broken of ['set S "A" {\n  domain 1 "B" 5\n}\n', 'set S "A" {  domain 1 "B" max 1', 'agency A "không đóng', 'agency  A "x" @']) {
            expect(await formatText(broken)).toBe(broken);
        }
    });

    test('in the editor too, a text with syntax errors is not formatted, not even the part before the first error', async () => {
        // Error recovery leaves `year 2020` out of the tree; an edit before `}` would delete it.
        const before = 'set S "A" {\n domain 1 "B" max 1 {\n   }\n      year 2020\n}\n';
        const range = { start: { line: 0, character: 0 }, end: { line: 2, character: 4 } };
        await expectFormatting(services)({ before, after: before, range, disposeAfterCheck: true });
    });

    test('CRLF line ends and a leading BOM are kept', async () => {
        expect(await formatText('\ufeffset S "A" {\r\n  total 1\r\n\r\n\r\n  domain 1 "B" max 1 }'))
            .toBe('\ufeffset S "A" {\r\n    total 1\r\n\r\n    domain 1 "B" max 1\r\n}\r\n');
    });

    test('an empty or blank text becomes empty', async () => {
        expect(await formatText('')).toBe('');
        expect(await formatText(' \n\n\t')).toBe('');
    });
});
