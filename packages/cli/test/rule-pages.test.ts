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
import { pageRules, rulePages } from '../src/docs/rule-pages.js';
import { toSarif } from '../src/output/sarif.js';
import { findingRule } from '../src/rules/index.js';

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
