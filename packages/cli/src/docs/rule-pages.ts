/**
 * The rule pages, docs/rules/<lang>/<code>.md and an index per language, generated from the rule
 * units (packages/language/src/rules, src/rules): what a rule catches, why it matters for the
 * annex, a failing and a passing example, how to fix it, its quick fixes and its message. The
 * failing example is the smallest fixture expecting the code (packages/language/test/fixtures),
 * shown with the message Chiso gives it; the passing one applies the rule's `fixed` replacement,
 * and generation fails if the rule still reports it; its quick fixes are titled as the editor offers
 * them on that fixture. A command rule's example is a run of the built command
 * (command-example-section.ts). scripts/rule-docs.mjs writes the pages;
 * test/rule-pages.test.ts fails when the committed ones differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
    CONCERNS, EDITOR_TEXTS, loadTexts, ruleOfCode, ruleUnit, type AnyRule, type Bilingual, type Lang, type ReportedCode,
} from '@chiso/language';
import { quickFixTitles } from '@chiso/language/quick-fix-titles';
import { COMMAND_CONCERNS, type CommandCode } from '../rules/index.js';
import { commandExample, commandExampleLines, type CommandShown } from './command-example-section.js';
import { template } from './message-template.js';

export interface RulePage {
    /** Relative to docs/rules, with `/` separators. */
    readonly path: string;
    readonly text: string;
}

interface PageRule {
    readonly code: string;
    readonly rule: AnyRule;
    /** Every message reported under the code (the syntax slips share one page). */
    readonly messages: readonly AnyRule[];
    readonly concern: Bilingual;
    readonly command: boolean;
}

interface Example {
    readonly fixture: string;
    readonly failing: string;
    readonly line: number;
    readonly message: string;
    readonly passing?: string;
    /** The quick fixes the editor offers on it, with its values (`Correct domain 3's 10.05 to 10.5`). */
    readonly fixTitles: readonly string[];
}

const LANGS: readonly Lang[] = ['vi', 'en'];

const WORDING = {
    error: { vi: 'Lỗi', en: 'Error' },
    warning: { vi: 'Cảnh báo', en: 'Warning' },
    info: { vi: 'Ghi chú', en: 'Note' },
    checker: { vi: 'kiểm tra của trình soạn thảo và `chiso check`', en: 'checked in the editor and by `chiso check`' },
    commands: { vi: 'báo bởi các lệnh `chiso`', en: 'reported by the `chiso` commands' },
    why: { vi: 'Vì sao quan trọng', en: 'Why it matters' },
    example: { vi: 'Ví dụ', en: 'Example' },
    fails: { vi: 'Đoạn sau bị báo lỗi', en: 'This fails' },
    noted: { vi: 'Đoạn sau nhận ghi chú', en: 'This gets the note' },
    reports: { vi: 'Chiso báo ở dòng', en: 'Chiso reports, on line' },
    passes: { vi: 'Viết như sau thì không còn bị báo', en: 'Written like this, it passes' },
    invisible: {
        vi: 'Các ký tự vô hình (dấu tổ hợp, ký tự điều khiển) được viết dạng `\\uXXXX` để thấy được; trong tệp chúng là một ký tự.',
        en: 'Invisible characters (combining marks, controls) are written as `\\uXXXX` so that they can be seen; in the file each is one character.',
    },
    noteStays: {
        vi: 'Ghi chú không phải lỗi: tự nó không cần sửa gì và không bao giờ đổi mã thoát của `chiso check`, lệnh chỉ liệt kê ghi chú khi có `--notes`.',
        en: 'A note is not a failure: by itself it needs no change and never changes the exit code of `chiso check`, which lists notes only with `--notes`.',
    },
    noteGone: { vi: 'Ghi chú không còn khi viết như sau', en: 'The note goes away when it is written like this' },
    fix: { vi: 'Cách sửa', en: 'How to fix it' },
    quickFixes: { vi: 'Sửa nhanh', en: 'Quick fixes' },
    quickFixesIntro: {
        vi: 'Trong VS Code (hoặc trình soạn thảo LSP khác), bóng đèn ở dòng bị báo đề xuất:',
        en: 'In VS Code (or another LSP editor), the light bulb on the flagged line offers:',
    },
    noQuickFix: { vi: 'Không có: cách sửa tùy vào ý của văn bản, người viết phải quyết định.', en: 'None: the fix depends on what the text means, which the writer decides.' },
    message: { vi: 'Thông báo', en: 'Message' },
    messageIntro: { vi: 'Các phần trong `{…}` được thay bằng giá trị cụ thể.', en: 'The parts in `{…}` are filled in with the actual values.' },
    index: { vi: 'Các quy tắc của Chiso', en: "Chiso's rules" },
    indexIntro: {
        vi: 'Mỗi phát hiện của Chiso có một mã `chiso/<mã>` và một trang giải thích. Trình soạn thảo, SARIF và `chiso check --format json` liên kết tới các trang này.',
        en: 'Every Chiso finding has a code `chiso/<code>` and a page explaining it. The editor, SARIF and `chiso check --format json` link to these pages.',
    },
    checksHeading: { vi: 'Kiểm tra bộ tiêu chí', en: 'Checks of a criteria set' },
    commandsHeading: { vi: 'Các lệnh `chiso`', en: 'The `chiso` commands' },
    other: { vi: 'English', en: 'Tiếng Việt' },
    code: { vi: 'mã', en: 'code' },
    generated: {
        vi: '<!-- Tạo bởi packages/cli/src/docs/rule-pages.ts từ các quy tắc (npm run build); đừng sửa tay. -->',
        en: '<!-- Generated by packages/cli/src/docs/rule-pages.ts from the rule units (npm run build); do not edit. -->',
    },
} as const satisfies Record<string, Bilingual>;

/** Every rule that owns a page: the checker's by reported code, then the commands'. */
export function pageRules(): PageRule[] {
    const checker = CONCERNS.flatMap(concern => {
        const codes = [...new Set(Object.keys(concern.rules).map(key => ruleOfCode(`chiso/${(concern.rules as Record<string, AnyRule>)[key].code ?? key}`)!))];
        return codes.map((code: ReportedCode) => ({
            code,
            rule: ruleUnit(code),
            messages: Object.entries(concern.rules as Record<string, AnyRule>).filter(([key, unit]) => (unit.code ?? key) === code).map(([, unit]) => unit),
            concern: concern.title,
            command: false,
        }));
    });
    const commands = COMMAND_CONCERNS.flatMap(concern => Object.entries(concern.rules as Record<string, AnyRule>)
        .map(([code, rule]) => ({ code, rule, messages: [rule], concern: concern.title, command: true })));
    return [...checker, ...commands];
}

/** Words for a quick fix title's arguments, where the page's example does not offer that fix. */
const FIX_ARGUMENT_WORDS: Record<string, Bilingual> = {
    before: { vi: 'cận đang viết', en: 'the bound as written' },
    after: { vi: 'cận khép khoảng trống', en: 'the bound that closes it' },
    code: { vi: 'mã đúng', en: 'the right code' },
    parentCode: { vi: 'đó', en: 'code' },
    renames: { vi: 'các mã mới', en: 'the new codes' },
    // Read only as a condition (`'yes'`): the words leave its part out.
    nested: { vi: '', en: '' },
    value: { vi: 'giá trị đúng', en: 'the right value' },
    kinds: { vi: 'đó', en: 'those sources' },
    text: { vi: 'văn bản đúng', en: 'the right text' },
    canonical: { vi: 'số La Mã chuẩn', en: 'the standard numeral' },
    item: { vi: 'ở mục có số bị gõ nhầm', en: 'the item' },
    written: { vi: 'số đang viết', en: 'figure as written' },
    intended: { vi: 'số đúng', en: 'the intended one' },
};

function fixWord(lang: Lang) {
    return (name: string): string => {
        const word = FIX_ARGUMENT_WORDS[name];
        if (!word) throw new Error(`a quick fix title's {${name}} has no words in FIX_ARGUMENT_WORDS`);
        return word[lang];
    };
}

/** A quick fix's title as the example offers it, else with words for its arguments. */
function fixTitle(fix: keyof typeof EDITOR_TEXTS, offered: readonly string[], lang: Lang): string {
    const [first, ...rest] = template(EDITOR_TEXTS[fix], lang).split(/\{\w+\}/);
    const pattern = new RegExp(`^${[first, ...rest].map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 's');
    return offered.find(title => pattern.test(title)) ?? template(EDITOR_TEXTS[fix], lang, fixWord(lang));
}

interface FixtureCase {
    readonly file: string;
    readonly text: string;
    readonly codes: ReadonlySet<string>;
}

const TEST_LINE = /^\s*\/\/\s*\$(TEST|LANG)\$.*\n/gm;

/** The single-file fixtures (`<concern>/<case>.chiso`), with the codes their `$TEST$` lines expect. */
function fixtureCases(root: string): FixtureCase[] {
    const dir = path.join(root, 'packages/language/test/fixtures');
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
        .filter(file => file.endsWith('.chiso') && file.split(path.sep).length === 2)
        .map(file => {
            const text = readFileSync(path.join(dir, file), 'utf8');
            const codes = new Set([...text.matchAll(/\$TEST\$\s+\w+\s+chiso\/([a-z-]+)/g)].map(m => m[1]));
            return { file: `packages/language/test/fixtures/${file.split(path.sep).join('/')}`, text: text.replace(TEST_LINE, '').replace(/[»«]/g, ''), codes };
        });
}

async function findings(text: string, lang: Lang, code: string) {
    const { files } = await loadTexts([{ path: '/rule-docs/example.chiso', text }], { lang });
    return files[0].diagnostics.filter(d => d.code === `chiso/${code}`);
}

/** The smallest fixture expecting the code, what Chiso reports on it, and its fixed form. */
async function example(rule: PageRule, cases: readonly FixtureCase[], lang: Lang): Promise<Example | undefined> {
    const fixture = cases.filter(c => c.codes.has(rule.code)).sort((a, b) => a.text.length - b.text.length)[0];
    if (!fixture) return undefined;
    const [first] = await findings(fixture.text, lang, rule.code);
    if (!first) throw new Error(`${fixture.file} does not give chiso/${rule.code} once its $TEST$ lines are removed`);
    const fixed = rule.rule.docs?.fixed;
    let passing: string | undefined;
    if (fixed) {
        if (!fixture.text.includes(fixed[0])) throw new Error(`chiso/${rule.code}: its fixed example's “${fixed[0]}” is not in ${fixture.file}`);
        passing = fixture.text.replace(fixed[0], fixed[1]);
        if ((await findings(passing, lang, rule.code)).length > 0) throw new Error(`chiso/${rule.code}: its fixed example still fails`);
    }
    const fixTitles = rule.command ? [] : await quickFixTitles(fixture.text, lang, `chiso/${rule.code}`);
    return { fixture: fixture.file, failing: fixture.text.trimEnd(), line: first.range.start.line + 1, message: typeof first.message === 'string' ? first.message : first.message.value, passing: passing?.trimEnd(), fixTitles };
}

// Combining marks, controls (but tab and line end) and format characters such as U+202E.
const INVISIBLE = /[\p{M}\p{Cf}\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

/** Text with its invisible characters written as `\uXXXX`, so that a page shows them. */
function visible(text: string): string {
    return text.replace(INVISIBLE, char => `\\u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

function rulePage(rule: PageRule, lang: Lang, found: Example | undefined, shown?: CommandShown): string {
    const docs = rule.rule.docs!;
    const other: Lang = lang === 'vi' ? 'en' : 'vi';
    const out = [
        WORDING.generated[lang],
        `# \`chiso/${rule.code}\``,
        '',
        `**${WORDING[rule.rule.severity][lang]}** · ${rule.concern[lang]} · ${(rule.command ? WORDING.commands : WORDING.checker)[lang]} · [${WORDING.other[lang]}](../${other}/${rule.code}.md)`,
        '',
        docs.catches[lang],
        '',
        `## ${WORDING.why[lang]}`,
        '',
        docs.why[lang],
    ];
    if (found) {
        const note = rule.rule.severity === 'info';
        out.push('', `## ${WORDING.example[lang]}`, '', `${(note ? WORDING.noted : WORDING.fails)[lang]} (\`${found.fixture}\`):`, '', '```chiso', visible(found.failing), '```', '',
            `${WORDING.reports[lang]} ${found.line}:`, '', `> ${found.message}`);
        if (found.passing) out.push('', `${(note ? WORDING.noteGone : WORDING.passes)[lang]}:`, '', '```chiso', visible(found.passing), '```');
        if (note) out.push('', WORDING.noteStays[lang]);
        if (visible(found.failing) !== found.failing) out.push('', WORDING.invisible[lang]);
    }
    if (rule.command) out.push('', `## ${WORDING.example[lang]}`, '', ...commandExampleLines(rule.code as CommandCode, shown, lang));
    out.push('', `## ${WORDING.fix[lang]}`, '', docs.fix[lang]);
    // Notes ask for nothing to fix; the commands' findings are not in an editor.
    if (!rule.command && rule.rule.severity !== 'info') {
        const fixes = rule.messages.flatMap(message => message.fixes ?? []);
        out.push('', `## ${WORDING.quickFixes[lang]}`, '');
        if (fixes.length > 0) out.push(WORDING.quickFixesIntro[lang], '', ...[...new Set(fixes)].map(fix => `- ${fixTitle(fix, found?.fixTitles ?? [], lang)}`));
        else out.push(WORDING.noQuickFix[lang]);
    }
    const messages = rule.messages.map(message => template(message, lang));
    out.push('', `## ${WORDING.message[lang]}`, '');
    if (messages.some(message => message.includes('{'))) out.push(WORDING.messageIntro[lang], '');
    out.push(...messages.map(message => `> ${message}`).join('\n>\n').split('\n'));
    return `${out.join('\n')}\n`;
}

function indexPage(rules: readonly PageRule[], lang: Lang): string {
    const out: string[] = [WORDING.generated[lang], `# ${WORDING.index[lang]}`, '', WORDING.indexIntro[lang]];
    for (const [heading, command] of [[WORDING.checksHeading, false], [WORDING.commandsHeading, true]] as const) {
        out.push('', `## ${heading[lang]}`);
        let concern: Bilingual | undefined;
        for (const rule of rules.filter(r => r.command === command)) {
            if (rule.concern !== concern) {
                concern = rule.concern;
                out.push('', `### ${concern[lang]}`, '', `| ${WORDING.code[lang]} | |`, '|---|---|');
            }
            out.push(`| [\`chiso/${rule.code}\`](${rule.code}.md) | ${WORDING[rule.rule.severity][lang]}: ${rule.rule.docs!.catches[lang].replace(/\|/g, '\\|')} |`);
        }
    }
    return `${out.join('\n')}\n`;
}

/** Every page, for the repository at `root`. */
export async function rulePages(root: string): Promise<RulePage[]> {
    const rules = pageRules();
    const missing = rules.filter(rule => !rule.rule.docs).map(rule => rule.code);
    if (missing.length > 0) throw new Error(`rules without docs: ${missing.join(', ')}`);
    const cases = fixtureCases(root);
    const pages: RulePage[] = [];
    const failures: string[] = [];
    for (const lang of LANGS) {
        pages.push({ path: `${lang}/index.md`, text: indexPage(rules, lang) });
        for (const rule of rules) {
            const found = await example(rule, cases, lang).catch((error: Error) => void failures.push(error.message));
            const shown = rule.command ? await commandExample(rule.code as CommandCode, lang).catch((error: Error) => void failures.push(error.message)) : undefined;
            pages.push({ path: `${lang}/${rule.code}.md`, text: rulePage(rule, lang, found ?? undefined, shown ?? undefined) });
        }
    }
    if (failures.length > 0) throw new Error(`rule pages:\n${[...new Set(failures)].join('\n')}`);
    return pages;
}
