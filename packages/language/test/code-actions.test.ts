/**
 * Quick fixes: each is applied to the text as an editor would, and the result validated again;
 * the diagnostic it fixes must be gone (and, where the fix settles everything, all problems).
 */
import { describe, expect, test } from 'vitest';
import { CodeActionKind } from 'vscode-languageserver';
import { EDITOR_TEXTS, type EditorTextCode } from '../src/i18n/index.js';
import { NORMALIZE_NFC_KIND } from '../src/lsp/code-actions.js';
import { applyWorkspaceEdit, quickFixHelper } from './code-action-helper.js';
import { chisoServices } from './test-services.js';

const en = quickFixHelper(chisoServices('en'));
const vi = quickFixHelper(chisoServices('vi'));

/** A set of 9.5 points whose domain 1 says 10 while its criteria add up to 9.5. */
const SUM = `set S "Kế hoạch" {
    total 9.5
    domain 1 "Chỉ đạo, điều hành" max 10 {
        criterion 1.1 "Kế hoạch CCHC" max 2.5 {
            component 1.1.1 "Ban hành kế hoạch" max 1
            component 1.1.2 "Mức độ hoàn thành" max 1.5
        }
        criterion 1.2 "Báo cáo" max 7
    }
}`;
const CLEAN = SUM.replace('max 10 {', 'max 9.5 {');

describe('min-sum-mismatch: the parent’s min becomes its children’s minima', () => {
    const PAPI = `set P "PAPI" {
    total 10
    domain 1 "Tham gia" max 10 min 2 {
        criterion 1.1 "a" max 5 min 0.5
        criterion 1.2 "b" max 5 min 1
    }
}`;

    test('a declared min is replaced (vi title with a decimal comma), and the set checks clean', async () => {
        const fix = await vi.fixes(PAPI, 'chiso/min-sum-mismatch');
        expect(fix.titles).toEqual(['Đặt điểm tối thiểu bằng tổng điểm tối thiểu của các mục con (1,5)']);
        const after = await fix.apply();
        expect(after.text).toBe(PAPI.replace('max 10 min 2 {', 'max 10 min 1.5 {'));
        expect(after.problems).toEqual([]);
    });

    test('a parent without min gets one after its max', async () => {
        const fix = await en.fixes(PAPI.replace('max 10 min 2 {', 'max 10 {'), 'chiso/min-sum-mismatch');
        expect(fix.titles).toEqual(["Set min to Σ children's minima (1.5)"]);
        const after = await fix.apply();
        expect(after.text).toBe(PAPI.replace('max 10 min 2 {', 'max 10 min 1.5 {'));
        expect(after.problems).toEqual([]);
    });
});

describe('sum-mismatch: the parent’s max becomes its children’s sum', () => {
    test('in English, and the set then checks clean', async () => {
        const fix = await en.fixes(SUM, 'chiso/sum-mismatch');
        expect(fix.titles).toEqual(['Set max to Σ children (9.5)']);
        expect(fix.actions[0].kind).toBe(CodeActionKind.QuickFix);
        const after = await fix.apply();
        expect(after.text).toBe(CLEAN);
        expect(after.problems).toEqual([]);
    });

    test('in Vietnamese the title reads 9,5; the edit still writes 9.5', async () => {
        const fix = await vi.fixes(SUM, 'chiso/sum-mismatch');
        expect(fix.titles).toEqual(['Đặt điểm tối đa bằng tổng các mục con (9,5)']);
        expect((await fix.apply()).text).toBe(CLEAN);
    });

    test('in a set written with decimal commas, the edit writes a comma too', async () => {
        const commas = SUM.replace('total 9.5', 'total 9,5').replace('max 2.5', 'max 2,5').replace('max 1.5', 'max 1,5');
        const after = await (await vi.fixes(commas, 'chiso/sum-mismatch')).apply();
        expect(after.text).toBe(commas.replace('max 10 {', 'max 9,5 {'));
        expect(after.problems).toEqual([]);
    });

    test('a sum that is no finite decimal is written as a fraction', async () => {
        const text = `set S "A" {
    total 20/3
    domain 1 "B" max 6 {
        criterion 1.1 "C" max 10/3
        criterion 1.2 "D" max 10/3
    }
}`;
        const fix = await en.fixes(text, 'chiso/sum-mismatch');
        expect(fix.titles).toEqual(['Set max to Σ children (20/3)']);
        const after = await fix.apply();
        expect(after.text).toContain('domain 1 "B" max 20/3 {');
        expect(after.problems).toEqual([]);
    });

    test('a deduction group’s max too, when its items cannot take that much off', async () => {
        const text = `set S "A" {
    total 1
    domain 1 "B" max 1
    deductions "Điểm trừ" max 6 { criterion Đ1 "Phê bình" max 5 { scoring deduct 1 per "lần" floor 0 } }
}`;
        const after = await (await en.fixes(text, 'chiso/sum-mismatch')).apply();
        expect(after.text).toContain('deductions "Điểm trừ" max 5 {');
        expect(after.problems).toEqual([]);
    });
});

describe('total-mismatch: the total becomes the domains’ sum', () => {
    test('a declared total is replaced', async () => {
        const fix = await en.fixes(CLEAN.replace('total 9.5', 'total 12'), 'chiso/total-mismatch');
        expect(fix.titles).toEqual(['Set the total to the domains\' sum (9.5)']);
        const after = await fix.apply();
        expect(after.text).toBe(CLEAN);
        expect(after.problems).toEqual([]);
    });

    test('without a declaration (100 by default) `total` is added on the set’s first line', async () => {
        const text = `set S "A" {
    year 2023
    domain 1 "B" max 80
}`;
        const fix = await vi.fixes(text, 'chiso/total-mismatch');
        expect(fix.titles).toEqual(['Khai báo `total 80`, tổng các lĩnh vực']);
        const after = await fix.apply();
        expect(after.text).toBe(`set S "A" {
    total 80
    year 2023
    domain 1 "B" max 80
}`);
        expect(after.problems).toEqual([]);
    });
});

describe('count, split and respondents figures are set to what the tree or the groups give', () => {
    test('count-mismatch', async () => {
        const text = CLEAN.replace('total 9.5', 'total 9.5\n    counts { domains 1  criteria 3  components 2 }');
        const fix = await en.fixes(text, 'chiso/count-mismatch');
        expect(fix.titles).toEqual(['Set the count to 2, as the tree has']);
        const after = await fix.apply();
        expect(after.text).toContain('counts { domains 1  criteria 2  components 2 }');
        expect(after.problems).toEqual([]);
    });

    test('split-mismatch, each part in turn', async () => {
        const text = `survey SIPAS "Hài lòng"
set S "A" {
    total 10
    split { appraisal 6  survey 4 }
    domain 1 "B" max 10 {
        criterion 1.1 "C" max 7
        criterion 1.2 "D" max 3 { source survey SIPAS }
    }
}`;
        const fix = await en.fixes(text, 'chiso/split-mismatch');
        expect(fix.titles).toEqual(['Set to 7, the points the tree takes from appraisal']);
        const after = await en.fixAll(text, 'chiso/split-mismatch');
        expect(after.text).toContain('split { appraisal 7  survey 3 }');
        expect(after.problems).toEqual([]);
    });

    test('respondents-mismatch', async () => {
        const text = `survey SIPAS "Hài lòng" {
    respondents "Người dân" total 400 { "Cấp tỉnh" 150  "Cấp huyện" 200 }
}`;
        const fix = await vi.fixes(text, 'chiso/respondents-mismatch');
        expect(fix.titles).toEqual(['Sửa tổng số mẫu thành 350, tổng của các nhóm']);
        const after = await fix.apply();
        expect(after.text).toContain('total 350 {');
        expect(after.problems).toEqual([]);
    });
});

const scored = (rule: string, max = '1') => `set S "A" {
    total ${max}
    domain 1 "B" max ${max} {
        criterion 1.1 "C" max ${max} {
            scoring ${rule}
        }
    }
}`;

describe('class-gap: a neighbouring class is extended over the gap, as for score bands', () => {
    const classes = (bands: string) => `set S "A" {
    total 10
    classes { ${bands} }
    domain 1 "B" max 10
}`;

    test('between two classes: the class below reaches up, or the class above reaches down; either checks clean', async () => {
        const fix = await vi.fixes(classes('>= 90% -> "A"  [70%, 80%) -> "C"'), 'chiso/class-gap');
        expect(fix.titles).toEqual([
            'Lấp khoảng trống: sửa `[70%, 80%)` thành `[70%, 90%)`',
            'Lấp khoảng trống: sửa `>= 90%` thành `>= 80%`',
        ]);
        for (const title of fix.titles) expect((await fix.apply(title)).problems).toEqual([]);
    });

    test('above the highest class: it becomes open-ended', async () => {
        const fix = await en.fixes(classes('[80%, 90%) -> "B"  [70%, 80%) -> "C"'), 'chiso/class-gap');
        expect(fix.titles).toEqual(['Close the gap: change `[80%, 90%)` to `>= 80%`']);
        expect((await fix.apply()).problems).toEqual([]);
    });
});

describe('band-gap: a neighbouring band is extended over the gap', () => {
    const gap = scored('bands "Tỷ lệ" { [90%, 100%] -> 1  [50%, 80%) -> 0.5  < 50% -> 0 }');

    test('the band below reaches up, or the band above reaches down; either checks clean', async () => {
        const fix = await en.fixes(gap, 'chiso/band-gap');
        expect(fix.titles).toEqual([
            'Close the gap: change `[50%, 80%)` to `[50%, 90%)`',
            'Close the gap: change `[90%, 100%]` to `[80%, 100%]`',
        ]);
        for (const title of fix.titles) expect((await fix.apply(title)).problems).toEqual([]);
    });

    test('the inclusiveness of the neighbour’s bound is respected', async () => {
        const text = scored('bands { (80%, 100%] -> 1  [50%, 70%] -> 0.5  < 50% -> 0 }');
        const fix = await en.fixes(text, 'chiso/band-gap');
        expect(fix.titles).toEqual([
            'Close the gap: change `[50%, 70%]` to `[50%, 80%]`',
            'Close the gap: change `(80%, 100%]` to `(70%, 100%]`',
        ]);
        for (const title of fix.titles) expect((await fix.apply(title)).problems).toEqual([]);
    });

    test('a gap at 0% or at 100% has one neighbour, which becomes open-ended', async () => {
        const bottom = await en.fixes(scored('bands { >= 20% -> 1 }'), 'chiso/band-gap');
        expect(bottom.titles).toEqual(['Close the gap: change `>= 20%` to `>= 0%`']);
        expect((await bottom.apply()).problems).toEqual([]);
        const top = await en.fixes(scored('bands { 0% -> 0  (0%, 80%) -> 1 }'), 'chiso/band-gap');
        expect(top.titles).toEqual(['Close the gap: change `(0%, 80%)` to `> 0%`']);
        expect((await top.apply()).problems).toEqual([]);
    });

    test('tiers over whole counts', async () => {
        const fix = await vi.fixes(scored('tiers "Số văn bản" { >= 2 -> 2  0 -> 0 }', '2'), 'chiso/band-gap');
        expect(fix.titles).toEqual([
            'Lấp khoảng trống: sửa `0` thành `[0, 2)`',
            'Lấp khoảng trống: sửa `>= 2` thành `> 0`',
        ]);
        for (const title of fix.titles) expect((await fix.apply(title)).problems).toEqual([]);
    });

    test('two gaps are closed one after the other', async () => {
        const after = await en.fixAll(scored('bands { 100% -> 1  [50%, 90%) -> 0.5  < 40% -> 0 }'), 'chiso/band-gap');
        expect(after.text).toContain('bands { 100% -> 1  [50%, 100%) -> 0.5  < 50% -> 0 }');
        expect(after.problems).toEqual([]);
    });
});

describe('code-gap: siblings are renumbered in sequence, the codes under them following', () => {
    test('numbered criteria and their components', async () => {
        const text = `set S "A" {
    total 6
    domain 1 "B" max 6 {
        criterion 1.1 "C" max 1
        criterion 1.3 "D" max 2 {
            component 1.3.1 "E" max 1 { component a "F" max 1 }
            component 1.3.2 "G" max 1
        }
        criterion 1.4 "H" max 3 { component 1.4.1 "I" max 3 }
    }
}`;
        const fix = await en.fixes(text, 'chiso/code-gap');
        expect(fix.titles).toEqual(['Renumber in sequence: 1.3 → 1.2, 1.4 → 1.3 (and the codes under them)']);
        const after = await fix.apply();
        expect(after.text).toBe(text.replace('1.3 "D"', '1.2 "D"').replace('1.3.1', '1.2.1').replace('1.3.2', '1.2.2')
            .replace('1.4 "H"', '1.3 "H"').replace('1.4.1', '1.3.1'));
        expect(after.problems).toEqual([]);
    });

    test('domains, with every code under them', async () => {
        const text = `set S "A" {
    total 2
    domain 1 "B" max 1
    domain 3 "C" max 1 { criterion 3.1 "D" max 1 { component 3.1.1 "E" max 1 } }
}`;
        const after = await (await vi.fixes(text, 'chiso/code-gap')).apply();
        expect(after.text).toContain('domain 2 "C" max 1 { criterion 2.1 "D" max 1 { component 2.1.1 "E" max 1 } }');
        expect(after.problems).toEqual([]);
    });

    test('letters follow the Vietnamese order: đ comes after d', async () => {
        const text = `set S "A" {
    total 5
    domain 1 "B" max 5 {
        criterion 1.1 "C" max 5 {
            component 1.1.1 "D" max 5 {
                component a "a" max 1
                component b "b" max 1
                component c "c" max 1
                component d "d" max 1
                component e "e" max 1
            }
        }
    }
}`;
        const fix = await en.fixes(text, 'chiso/code-gap');
        expect(fix.titles).toEqual(['Renumber in sequence: e → đ']);
        const after = await fix.apply();
        expect(after.text).toContain('component đ "e" max 1');
        expect(after.problems).toEqual([]);
    });
});

describe('codes as the decision writes them: points, no leading zeros', () => {
    test('a comma slip becomes a point', async () => {
        const text = `set S "A" {
    total 1
    domain 1 "B" max 1 { criterion 1,1 "C" max 1 }
}`;
        const fix = await vi.fixes(text, 'chiso/code-decimal-comma');
        expect(fix.titles).toEqual(['Viết mã là 1.1']);
        const after = await fix.apply();
        expect(after.text).toContain('criterion 1.1 "C" max 1');
        expect(after.problems).toEqual([]);
    });

    test('a leading zero goes, in the codes under it too', async () => {
        const text = `set S "A" {
    total 1
    domain 01 "B" max 1 { criterion 01.1 "C" max 1 }
}`;
        const fix = await en.fixes(text, 'chiso/code-leading-zero');
        expect(fix.titles).toEqual(['Write the code as 1']);
        const after = await fix.apply();
        expect(after.text).toContain('domain 1 "B" max 1 { criterion 1.1 "C" max 1 }');
        expect(after.problems).toEqual([]);
    });
});

describe('decimal-comma-ambiguous: the comma becomes a separator', () => {
    test('an interval gets its two bounds, each a percentage', async () => {
        const fix = await vi.fixes(scored('bands { 100% -> 1  [80,100%) -> 0.5  < 80% -> 0 }'), 'chiso/decimal-comma-ambiguous');
        expect(fix.titles).toEqual(['Tách bằng dấu phẩy và dấu cách: `[80%, 100%)`']);
        const after = await fix.apply();
        expect(after.text).toContain('bands { 100% -> 1  [80%, 100%) -> 0.5  < 80% -> 0 }');
        expect(after.problems).toEqual([]);
    });

    test('a call gets its arguments', async () => {
        const fix = await en.fixes(scored('formula { input a "A" max 1  result min(1,5) * a }', '1'), 'chiso/decimal-comma-ambiguous');
        expect(fix.titles).toEqual(['Separate with a comma and a space: `min(1, 5)`']);
        const after = await fix.apply();
        expect(after.text).toContain('result min(1, 5) * a }');
        expect(after.problems).toEqual([]);
    });
});

describe('code-not-under-parent: the code moves under the parent’s, with the next free number', () => {
    test('a criterion copied from another domain, with its components', async () => {
        const text = `set S "A" {
    total 3
    domain 1 "B" max 3 {
        criterion 1.1 "C" max 1
        criterion 2.4 "D" max 2 { component 2.4.1 "E" max 2 }
    }
}`;
        const fix = await en.fixes(text, 'chiso/code-not-under-parent');
        expect(fix.titles).toEqual(['Change the code to 1.2, under the parent\'s 1']);
        const after = await fix.apply();
        expect(after.text).toContain('criterion 1.2 "D" max 2 { component 1.2.1 "E" max 2 }');
        expect(after.problems).toEqual([]);
    });

    test('no fix when the free number is taken by a later sibling (a renumbering is the user’s choice)', async () => {
        const text = `set S "A" {
    total 3
    domain 1 "B" max 3 {
        criterion 1.1 "C" max 1
        criterion 2.1 "D" max 1
        criterion 1.2 "E" max 1
    }
}`;
        expect((await en.fixes(text, 'chiso/code-not-under-parent')).titles).toEqual([]);
    });
});

describe('codes in the scheme the set shows: Roman domains, criteria running through the set', () => {
    test('a Roman domain after a gap is renumbered, the criteria spelling its number following', async () => {
        const text = `set S "A" {
    total 3
    domain I "B" max 1
    domain II "C" max 1 { criterion 2.1 "D" max 1 }
    domain IV "E" max 1 { criterion 4.1 "F" max 1 { component 4.1.1 "G" max 1 } }
}`;
        const fix = await en.fixes(text, 'chiso/code-gap');
        expect(fix.titles).toEqual(['Renumber in sequence: IV → III (and the codes under them)']);
        const after = await fix.apply();
        expect(after.text).toContain('domain III "E" max 1 { criterion 3.1 "F" max 1 { component 3.1.1 "G" max 1 } }');
        expect(after.problems).toEqual([]);
    });

    test('a running number that skips one renumbers the run across domains; components spelling a criterion’s number follow, not the domain’s', async () => {
        const text = `set S "A" {
    total 4
    domain I "B" max 2 { criterion 1 "C" max 1  criterion 2 "D" max 1 }
    domain II "E" max 2 {
        criterion 4 "F" max 1 { component 4.1 "G" max 1 }
        criterion 5 "H" max 1 { component a "I" max 1 }
    }
}`;
        const fix = await en.fixes(text, 'chiso/code-gap');
        expect(fix.titles).toEqual(['Renumber in sequence: 4 → 3, 5 → 4 (and the codes under them)']);
        const after = await fix.apply();
        expect(after.text).toContain('criterion 3 "F" max 1 { component 3.1 "G" max 1 }');
        expect(after.text).toContain('criterion 4 "H" max 1 { component a "I" max 1 }');
        expect(after.problems).toEqual([]);
    });

    test('a domain starting again at 1 in a running set: the duplicate’s fix continues the run', async () => {
        const text = `set S "A" {
    total 4
    domain I "B" max 2 { criterion 1 "C" max 1  criterion 2 "D" max 1 }
    domain II "E" max 2 { criterion 1 "F" max 1  criterion 2 "G" max 1 }
}`;
        const fix = await vi.fixes(text, 'chiso/duplicate-code');
        expect(fix.titles).toEqual(['Đánh số lại theo thứ tự: 1 → 3, 2 → 4']);
        const after = await fix.apply();
        expect(after.text).toContain('domain II "E" max 2 { criterion 3 "F" max 1  criterion 4 "G" max 1 }');
        expect(after.problems).toEqual([]);
    });

    test('a plain duplicate in a dotted set has no renumbering fix', async () => {
        const text = `set S "A" {
    total 2
    domain 1 "B" max 2 { criterion 1.1 "C" max 1  criterion 1.1 "D" max 1 }
}`;
        expect((await en.fixes(text, 'chiso/duplicate-code')).titles).toEqual([]);
    });

    test('a criterion under a Roman domain moves under its number', async () => {
        const text = `set S "A" {
    total 2
    domain I "B" max 1 { criterion 1.1 "C" max 1 }
    domain II "D" max 1 { criterion 1.2 "E" max 1 }
}`;
        const fix = await en.fixes(text, 'chiso/code-not-under-parent');
        expect(fix.titles).toEqual(['Change the code to 2.1, under the parent\'s II']);
        expect((await fix.apply()).problems).toEqual([]);
    });

    test('code actions never throw on a cut-off set numbered I, II with criteria running through it', async () => {
        const text = `set S "A" {
    total 9
    domain I "B" max 2 { criterion 1 "C" max 1 { component a "D" max 1 }  criterion 3 "E" max 1 }
    domain IIII "F" max 2 { criterion 1 "G" max 2 { component 1.1 "H" max 2 } }
    domain VI "I" max 1 { criterion 5.1 "J" max 1 }
}`;
        const everywhere = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };
        const full = await en.check(text);
        expect(new Set(full.problems)).toEqual(new Set(['chiso/code-gap', 'chiso/duplicate-code', 'chiso/roman-numeral', 'chiso/code-not-under-parent', 'chiso/total-mismatch']));
        for (let cut = 0; cut <= text.length; cut += 2) {
            const prefix = text.slice(0, cut);
            await en.allActions(prefix, everywhere);
            await en.actionsWith(prefix, full.diagnostics);
        }
    });

    test('a misspelt Roman numeral is written as decisions write it', async () => {
        const text = `set S "A" {
    total 4
    domain I "B" max 1
    domain II "C" max 1
    domain III "D" max 1
    domain IIII "E" max 1 { criterion 4.1 "F" max 1 }
}`;
        const fix = await vi.fixes(text, 'chiso/roman-numeral');
        expect(fix.titles).toEqual(['Viết IV']);
        expect(fix.actions[0].isPreferred).toBe(true);
        const after = await fix.apply();
        expect(after.text).toContain('domain IV "E" max 1 { criterion 4.1 "F" max 1 }');
        expect(after.problems).toEqual([]);
    });
});

describe('not-nfc: decomposed text is normalised', () => {
    const decomposed = 'Ke\u0302\u0301 hoa\u0323ch';
    const text = `// ${decomposed} (ghi chú)
agency SoNoiVu "Sở Nội vụ"
agency SoTuPhap "${decomposed}"
survey SIPAS "${decomposed} khảo sát"`;

    test('the quick fix normalises one token', async () => {
        const fix = await en.fixes(text, 'chiso/not-nfc');
        expect(fix.titles).toEqual(['Normalise this text to NFC']);
        expect(fix.actions[0].isPreferred).toBe(true);
        const after = await fix.apply();
        expect(after.text).toContain(`agency SoTuPhap "${decomposed.normalize('NFC')}"`);
        expect(after.problems).toEqual(['chiso/not-nfc']);
        expect((await en.fixAll(text, 'chiso/not-nfc')).problems).toEqual([]);
    });

    test('the source action normalises the whole document, comments included', async () => {
        const everywhere = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
        const { uri, actions } = await vi.allActions(text, everywhere, [CodeActionKind.Source]);
        expect(actions.map(a => [a.title, a.kind])).toEqual([['Chuẩn hóa toàn bộ văn bản về NFC', NORMALIZE_NFC_KIND]]);
        expect(applyWorkspaceEdit(text, uri, actions[0].edit)).toBe(text.normalize('NFC'));
    });

    test('it is not offered for text already in NFC, nor when only quick fixes are asked for', async () => {
        const everywhere = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
        expect((await en.allActions(text.normalize('NFC'), everywhere)).actions).toEqual([]);
        const quickFixes = (await en.allActions(text, everywhere, [CodeActionKind.QuickFix])).actions;
        expect(quickFixes.map(a => a.title)).toEqual(['Normalise this text to NFC', 'Normalise this text to NFC']);
    });
});

test('code actions never throw on a cut-off document, with its own diagnostics or stale ones', async () => {
    const text = `survey SIPAS "Ke\u0302\u0301 hoa\u0323ch" { respondents total 10 { "A" 4 } }
set S "A" {
    total 12
    split { appraisal 1  survey 2 }
    counts { domains 3 }
    domain 1 "B" max 9 {
        criterion 1.1 "C" max 3 { scoring bands { 100% -> 3  < 50% -> 0 } }
        criterion 2.3 "D" max 2 { component 2.3.1 "E" max 1 }
        criterion 1.5 "F" max 2 { source survey SIPAS }
    }
}`;
    const everywhere = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };
    const full = await en.check(text);
    const fixable = ['sum-mismatch', 'total-mismatch', 'split-mismatch', 'count-mismatch', 'respondents-mismatch', 'band-gap', 'code-gap', 'code-not-under-parent', 'not-nfc'];
    expect(new Set(full.problems)).toEqual(new Set([...fixable.map(code => `chiso/${code}`), 'chiso/split-total']));
    expect((await en.allActions(text, everywhere)).actions.length).toBeGreaterThan(fixable.length);
    for (let cut = 0; cut <= text.length; cut += 2) {
        const prefix = text.slice(0, cut);
        await en.allActions(prefix, everywhere);
        await en.actionsWith(prefix, full.diagnostics);
    }
});

test('every editor text renders in both languages without leftover placeholders', () => {
    const args = new Proxy({}, { get: () => 'x', has: () => true });
    for (const code of Object.keys(EDITOR_TEXTS) as EditorTextCode[]) {
        for (const lang of ['vi', 'en'] as const) {
            const text = EDITOR_TEXTS[code][lang](args as Record<string, string>);
            expect(text, `${code} ${lang}`).not.toMatch(/undefined|\$\{/);
        }
    }
});

describe('a slip’s syntax error: the fix writes what its message says', () => {
    const BAND = `set S "Dải" {
    total 1
    domain 1 "Chỉ đạo" max 1 {
        criterion 1.1 "Hoàn thành" max 1 {
            scoring bands {
                100% -> 1
                từ 80% đến dưới 100% -> 0.5
                < 80% -> 0
            }
        }
    }
}`;
    const GOOD = BAND.replace('từ 80% đến dưới 100%', '[80%, 100%)');

    test.each([
        ['a band in words', BAND, 'Write `[80%, 100%)`', GOOD],
        ['max glued to its number', GOOD.replace('"Chỉ đạo" max 1', '"Chỉ đạo" max1'), 'Write `max 1`', GOOD],
        ['a quote left open', GOOD.replace('"Hoàn thành" max 1', '"Hoàn thành max 1'), 'Write `"Hoàn thành"`', GOOD],
    ])('%s, and the set then checks clean', async (_, text, title, fixed) => {
        const fix = await en.fixes(text, 'chiso/syntax');
        expect(fix.titles).toEqual([title]);
        const after = await fix.apply();
        expect(after.text).toBe(fixed);
        expect(after.problems).toEqual([]);
    });

    test('in Vietnamese', async () => {
        expect((await vi.fixes(BAND, 'chiso/syntax')).titles).toEqual(['Viết `[80%, 100%)`']);
    });
});

describe('likely typos: the suspected figure is the preferred fix, never the declared max or total', () => {
    const TYPO = `set S "Gõ nhầm" {
    total 100
    domain 1 "Một" max 20
    domain 2 "Hai" max 15
    domain 3 "Ba" max 10.05
    domain 4 "Bốn" max 14.5
    domain 5 "Năm" max 12
    domain 6 "Sáu" max 28
}`;

    test('domains adding up to 99.55: correcting domain 3 comes first and is preferred; the total is not', async () => {
        const fix = await en.fixes(TYPO, 'chiso/total-mismatch');
        expect(fix.titles).toEqual(["Correct domain 3's 10.05 to 10.5", "Set the total to the domains' sum (99.55)"]);
        expect(fix.actions.filter(a => a.isPreferred).map(a => a.title)).toEqual(["Correct domain 3's 10.05 to 10.5"]);
        // The diagnostic points at the suspect too, as related information.
        expect(fix.diagnostic.relatedInformation).toEqual([{
            location: { uri: expect.any(String), range: { start: { line: 4, character: 22 }, end: { line: 4, character: 27 } } },
            message: "Domain 3's 10.05 is probably 10.5",
        }]);
        const after = await fix.apply("Correct domain 3's 10.05 to 10.5");
        expect(after.text).toBe(TYPO.replace('max 10.05', 'max 10.5'));
        expect(after.problems).toEqual([]);
    });

    test('children with a shifted decimal point: the child is corrected (vi title), setting the max to Σ is not preferred', async () => {
        const text = `set S "Dấu" {
    total 30
    domain 1 "Một" max 30 {
        criterion 1.1 "a" max 1,25
        criterion 1.2 "b" max 7,5
        criterion 1.3 "c" max 10
    }
}`;
        const fix = await vi.fixes(text, 'chiso/sum-mismatch');
        expect(fix.titles[0]).toBe('Sửa 1,25 thành 12,5 (tiêu chí 1.1)');
        expect(fix.actions.map(a => a.isPreferred)).toEqual([true, false]);
        const after = await fix.apply(fix.titles[0]);
        expect(after.text).toBe(text.replace('max 1,25', 'max 12,5'));
        expect(after.problems).toEqual([]);
    });

    test('a parent whose own max is the slip: correcting it fixes its sum and the total at once', async () => {
        const text = `set S "Cha gõ nhầm" {
    total 100
    domain 1 "Một" max 89.5
    domain 2 "Hai" max 10.05 {
        criterion 2.1 "A" max 6
        criterion 2.2 "B" max 4.5
    }
}`;
        const fix = await en.fixes(text, 'chiso/sum-mismatch');
        expect(fix.titles[0]).toBe("Correct domain 2's 10.05 to 10.5");
        expect(fix.actions.filter(a => a.isPreferred).map(a => a.title)).toEqual(["Correct domain 2's 10.05 to 10.5"]);
        const after = await fix.apply(fix.titles[0]);
        expect(after.text).toBe(text.replace('max 10.05', 'max 10.5'));
        expect(after.problems).toEqual([]);
    });

    test('several suspects are each offered, none preferred', async () => {
        const text = `set S "Hai khả năng" {
    total 49
    domain 1 "Một" max 21
    domain 2 "Hai" max 32
    domain 3 "Ba" max 5
}`;
        const fix = await en.fixes(text, 'chiso/total-mismatch');
        expect(fix.titles).toEqual(["Correct domain 1's 21 to 12", "Correct domain 2's 32 to 23", "Set the total to the domains' sum (58)"]);
        expect(fix.actions.some(a => a.isPreferred)).toBe(false);
    });

    test('survey points against the split: the survey criterion is corrected and preferred, the split is not', async () => {
        const text = `survey SIPAS "Chỉ số hài lòng"
set S "Cơ cấu" {
    total 100
    split { appraisal 66  survey 34 }
    domain 1 "Thẩm định" max 66
    domain 2 "Khảo sát" max 34 {
        source survey SIPAS
        criterion 2.1 "Thủ tục" max 1.9
        criterion 2.2 "Công chức" max 15
    }
}`;
        const fix = await en.fixes(text, 'chiso/split-mismatch');
        expect(fix.titles).toEqual(["Correct criterion 2.1's 1.9 to 19", 'Set to 16.9, the points the tree takes from survey']);
        expect(fix.actions.filter(a => a.isPreferred).map(a => a.title)).toEqual(["Correct criterion 2.1's 1.9 to 19"]);
        const after = await fix.apply(fix.titles[0]);
        expect(after.text).toBe(text.replace('max 1.9', 'max 19'));
        expect(after.problems).toEqual([]);
    });

    test('a deduction group over its criteria: the mistyped criterion is corrected and preferred (vi title)', async () => {
        const text = `set S "Điểm trừ" {
    total 10
    domain 1 "Một" max 10
    deductions "Điểm trừ" max 4,1 {
        criterion Đ1 "Bị phê bình" max 1,2
        criterion Đ2 "Chậm báo cáo" max 2
    }
}`;
        const fix = await vi.fixes(text, 'chiso/sum-mismatch');
        expect(fix.titles[0]).toBe('Sửa 1,2 thành 2,1 (tiêu chí Đ1)');
        expect(fix.actions.map(a => a.isPreferred)).toEqual([true, false]);
        const after = await fix.apply(fix.titles[0]);
        expect(after.text).toBe(text.replace('max 1,2', 'max 2,1'));
        expect(after.problems).toEqual([]);
    });

    test('no fix changing a declared max or total is ever preferred', async () => {
        for (const [text, code] of [[SUM, 'chiso/sum-mismatch'], [SUM.replace('total 9.5', 'total 12'), 'chiso/total-mismatch']] as const) {
            const fix = await en.fixes(text, code);
            expect(fix.actions.length).toBeGreaterThan(0);
            expect(fix.actions.some(a => a.isPreferred)).toBe(false);
        }
    });
});

describe('no quick fix while the text does not parse', () => {
    test('a sum mismatch reported before the text broke offers nothing: the tree the fix would read is a guess', async () => {
        const { diagnostics } = await en.check(SUM);
        expect(diagnostics.map(d => d.code)).toContain('chiso/sum-mismatch');
        expect((await en.actionsWith(SUM, diagnostics)).map(a => a.title)).toContain('Set max to Σ children (9.5)');
        const broken = SUM.replace('criterion 1.2 "Báo cáo" max 7', 'criterion 1.2 "Báo cáo" max 7\n        criterion 1.3 max max');
        expect(await en.actionsWith(broken, diagnostics)).toEqual([]);
    });
});

describe('exempt-redundant: the name repeated under an exempt parent is deleted', () => {
    const SET = `agency SoTuPhap "Sở Tư pháp"
agency SoYTe "Sở Y tế"
set S "Miễn" {
    total 3
    domain 1 "Một" max 2 {
        exempt SoTuPhap
        criterion 1.1 "A" max 1 { exempt SoTuPhap, SoYTe }
        criterion 1.2 "B" max 1 {
            exempt SoTuPhap
        }
    }
    domain 2 "Hai" max 1 { exempt SoYTe, SoYTe }
}`;

    test('with its comma, or its whole clause (its line when alone on it); the set then checks clean', async () => {
        const titles = await Promise.all([0, 1, 2].map(async i => (await en.fixes(SET, 'chiso/exempt-redundant', i)).titles));
        expect(titles).toEqual([['Delete SoTuPhap from `exempt` here'], ['Delete SoTuPhap from `exempt` here'], ['Delete SoYTe from `exempt` here']]);
        const after = await en.fixAll(SET, 'chiso/exempt-redundant');
        expect(after.text).toBe(SET.replace('{ exempt SoTuPhap, SoYTe }', '{ exempt SoYTe }').replace('{\n            exempt SoTuPhap\n        }', '{\n        }').replace('{ exempt SoYTe, SoYTe }', '{ exempt SoYTe }'));
        expect(after.problems).toEqual([]);
    });

    test('in Vietnamese', async () => {
        expect((await vi.fixes(SET, 'chiso/exempt-redundant')).titles[0]).toBe('Xóa SoTuPhap khỏi `exempt` ở đây');
    });
});
