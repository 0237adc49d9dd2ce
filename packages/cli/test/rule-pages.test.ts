/**
 * Every rule has its page in both languages, generated from its unit: the committed pages are what
 * the generator writes (run `npm run build` after changing a rule), every code a fixture or a CLI
 * test produces is a rule, and findings link to the pages (LSP `codeDescription`, SARIF, JSON).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageReference, loadTexts } from '@chiso/language';
import { describe, expect, test } from 'vitest';
import { commandExample } from '../src/docs/command-example-section.js';
import { COMMAND_EXAMPLES } from '../src/docs/command-examples.js';
import { pageRules, rulePages } from '../src/docs/rule-pages.js';
import { toSarif } from '../src/output/sarif.js';
import { COMMAND_RULES, findingRule, type CommandCode } from '../src/rules/index.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DOCS = path.join(ROOT, 'docs/rules');

/** Every `chiso/<code>` written in the given files (not `@chiso/language`, not a path such as `chiso/docs/rules`). */
function codesIn(files: readonly string[]): Set<string> {
    return new Set(files.flatMap(file => [...readFileSync(file, 'utf8').matchAll(/(?<![@\w.])chiso\/([a-z][a-z0-9-]*[a-z0-9])(?![\w/-])/g)].map(m => m[1])));
}

function filesUnder(dir: string, ext: string): string[] {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith(ext)).map(f => path.join(dir, f));
}

describe('rule pages', () => {
    test('the committed pages are what the generator writes from the rule units', async () => {
        const pages = await rulePages(ROOT);
        const committed = ['vi', 'en'].flatMap(lang => readdirSync(path.join(DOCS, lang)).map(file => `${lang}/${file}`)).sort();
        expect(committed).toEqual(pages.map(page => page.path).sort());
        const stale = pages.filter(page => readFileSync(path.join(DOCS, page.path), 'utf8') !== page.text).map(page => page.path);
        expect(stale, 'run `npm run build` to regenerate docs/rules').toEqual([]);
    }, 120_000);

    test('the committed language reference is what the grammar gives, every keyword listed', () => {
        const reference = languageReference(ROOT);
        expect(readFileSync(path.join(ROOT, 'docs/reference.md'), 'utf8'), 'run `npm run build` to regenerate docs/reference.md').toBe(reference);
        for (const keyword of ['set', 'domain', 'criterion', 'component', 'max', 'split', 'counts', 'bands', 'formula', 'deductions', 'respondents']) {
            expect(reference).toContain(`\`${keyword}\``);
        }
    });

    test('every rule has a page in Vietnamese and English, and an index per language', () => {
        const rules = pageRules();
        expect(rules.length).toBeGreaterThan(100);
        for (const rule of rules) {
            for (const lang of ['vi', 'en']) expect(existsSync(path.join(DOCS, lang, `${rule.code}.md`)), `${lang}/${rule.code}.md`).toBe(true);
        }
        for (const lang of ['vi', 'en']) {
            const index = readFileSync(path.join(DOCS, lang, 'index.md'), 'utf8');
            for (const rule of rules) expect(index).toContain(`](${rule.code}.md)`);
        }
    });

    test('every code a fixture or a command test produces is a rule with its pages', () => {
        const fixtures = codesIn(filesUnder(path.join(ROOT, 'packages/language/test/fixtures'), '.chiso'));
        const commandTests = codesIn([...filesUnder(path.join(ROOT, 'test'), '.test.ts'), ...filesUnder(path.join(ROOT, 'packages/cli/test'), '.test.ts')]
            .filter(file => file !== fileURLToPath(import.meta.url)));
        const codes = [...fixtures, ...commandTests];
        expect(codes).toContain('input-missing');
        expect(codes).toContain('sum-mismatch');
        const unknown = codes.filter(code => !findingRule(`chiso/${code}`));
        expect(unknown).toEqual([]);
        for (const code of codes) expect(existsSync(path.join(DOCS, 'vi', `${code}.md`)), code).toBe(true);
    });
});

const page = (lang: string, code: string) => readFileSync(path.join(DOCS, lang, `${code}.md`), 'utf8');
/** A page's section, from its heading to the next. */
const section = (text: string, heading: string) => text.split(/^## /m).find(part => part.startsWith(`${heading}\n`)) ?? '';

describe('what the pages show', () => {
    test('every command rule\'s page shows its command, its files and what chiso prints on them, and the corrected run', async () => {
        let shown = 0;
        for (const code of Object.keys(COMMAND_RULES) as CommandCode[]) {
            const example = COMMAND_EXAMPLES[code];
            for (const lang of ['vi', 'en'] as const) {
                const text = section(page(lang, code), lang === 'vi' ? 'Ví dụ' : 'Example');
                if ('unshown' in example) {
                    expect(text, code).toContain(example.unshown[lang]);
                    continue;
                }
                const run = (await commandExample(code, lang))!;
                expect(text, code).toContain(`$ chiso ${example.args.join(' ')} --lang ${lang}`);
                expect(text, code).toContain(run.failing.printed.trim());
                expect(text, code).toContain(`: ${run.failing.exitCode}.`);
                if (example.passing) {
                    expect(run.passing?.exitCode, code).toBe(0);
                    expect(text, code).toContain(run.passing!.printed.trim());
                }
                if (lang === 'en') shown++;
            }
        }
        // Only what a page cannot hold (a full disk, a FIFO, 50 MB, a binary workbook, an old Node, hundreds of
        // units' results) goes without a run.
        expect(shown).toBeGreaterThanOrEqual(Object.keys(COMMAND_RULES).length - 8);
        const aboveMax = section(page('en', 'score-above-max'), 'Example');
        expect(aboveMax).toContain('SoTuPhap,1.1,4.5');
        expect(aboveMax).toContain('error chiso/score-above-max: Unit SoTuPhap, item 1.1: 4.5 points exceed the max of 4.');
        expect(aboveMax).toContain('Exit code: 0.');
        expect(section(page('vi', 'score-above-max'), 'Ví dụ')).toContain('lỗi chiso/score-above-max: Đơn vị SoTuPhap, mục 1.1:');
    }, 120_000);

    test('every rule says how to fix it in a sentence, not a word', () => {
        for (const rule of pageRules()) {
            for (const lang of ['vi', 'en'] as const) expect(rule.rule.docs!.fix[lang].split(/\s+/).length, `${rule.code} ${lang}`).toBeGreaterThanOrEqual(3);
        }
        expect(section(page('vi', 'score-above-max'), 'Cách sửa')).toContain('biên bản thẩm định');
    });

    test('invisible characters are shown as \\uXXXX, and no page holds one raw', () => {
        for (const lang of ['vi', 'en']) {
            for (const file of readdirSync(path.join(DOCS, lang))) {
                const text = readFileSync(path.join(DOCS, lang, file), 'utf8');
                expect(text.normalize('NFC'), file).toBe(text);
                expect(/[\p{Cf}\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u.test(text), file).toBe(false);
            }
        }
        const nfc = section(page('en', 'not-nfc'), 'Example');
        expect(nfc).toContain('"Ca\\u0309i ca\\u0301ch the\\u0302\\u0309 che\\u0302\\u0301"');
        expect(nfc).toContain('Written like this, it passes');
        expect(nfc).toContain('"Cải cách thể chế"');
        const control = section(page('vi', 'control-character'), 'Ví dụ');
        expect(control).toContain('"Đỏ \\u001B[31m"');
        expect(control).toContain('Viết như sau thì không còn bị báo');
    });

    test('a note\'s page says that it needs no fix, and set-outline\'s what makes it go away', () => {
        for (const code of ['survey-sourced', 'set-outline']) {
            expect(section(page('en', code), 'Example'), code).toContain('A note is not a failure: by itself it needs no change');
            expect(section(page('vi', code), 'Ví dụ'), code).toContain('Ghi chú không phải lỗi');
        }
        expect(section(page('en', 'set-outline'), 'Example')).toContain('The note goes away when it is written like this');
    });

    test('quick-fix titles show the example\'s values, never {placeholders}', () => {
        for (const rule of pageRules()) {
            expect(section(page('en', rule.code), 'Quick fixes'), rule.code).not.toMatch(/\{\w+\}/);
            expect(section(page('vi', rule.code), 'Sửa nhanh'), rule.code).not.toMatch(/\{\w+\}/);
        }
        expect(section(page('en', 'code-not-under-parent'), 'Quick fixes')).toContain("- Change the code to 1.2, under the parent's 1");
        expect(section(page('vi', 'count-mismatch'), 'Sửa nhanh')).toContain('- Sửa số lượng thành 2 theo cây tiêu chí');
    });
});

describe('findings link to their pages', () => {
    test('LSP diagnostics carry codeDescription.href to the page in their language', async () => {
        const { files } = await loadTexts([{ path: '/links/set.chiso', text: 'set S "Tổng" {\n    total 10\n    domain 1 "Một" max 9\n}\n' }], { lang: 'vi' });
        const [diagnostic] = files[0].diagnostics;
        expect(diagnostic.code).toBe('chiso/total-mismatch');
        const href = diagnostic.codeDescription?.href ?? '';
        expect(href.endsWith('/docs/rules/vi/total-mismatch.md')).toBe(true);
        expect(existsSync(fileURLToPath(href))).toBe(true);
    });

    test('CHISO_DOCS_URL, when set, is the base of every link', async () => {
        process.env.CHISO_DOCS_URL = 'https://example.org/chiso/docs/rules/';
        try {
            const { files } = await loadTexts([{ path: '/links/set.chiso', text: 'set S "Tổng" {\n    domain 1 "Một" max 90\n}\n' }], { lang: 'en' });
            expect(files[0].diagnostics[0].codeDescription?.href).toBe('https://example.org/chiso/docs/rules/en/total-mismatch.md');
        } finally {
            delete process.env.CHISO_DOCS_URL;
        }
    });

    test('SARIF rules carry helpUri and their descriptions; a command code as well as a check', () => {
        const finding = (code: string) => ({ file: 'a.chiso', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error' as const, code, message: 'm' });
        const sarif = toSarif([finding('chiso/split-total'), finding('chiso/input-missing')], '0.1.0', 'en') as {
            runs: { tool: { driver: { rules: { id: string; helpUri?: string; shortDescription?: { text: string }; fullDescription?: { text: string }; help?: { text: string } }[] } } }[];
        };
        const rules = sarif.runs[0].tool.driver.rules;
        expect(rules.map(r => r.id)).toEqual(['chiso/input-missing', 'chiso/split-total']);
        expect(rules[1].helpUri?.endsWith('/docs/rules/en/split-total.md')).toBe(true);
        expect(rules[1].shortDescription?.text).toContain("split (one naming `appraisal`)");
        expect(rules[1].fullDescription?.text).toContain('decision announces how many points');
        expect(rules[0].help?.text).toBe('Check the path (and the current folder).');
    });
});
