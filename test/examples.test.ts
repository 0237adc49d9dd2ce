/**
 * Every example checks clean — or, for a real example published only to its header or whose published
 * figures do not add up, with exactly the findings its comments expect — and raising any single item's `max`
 * by 1 adds an error at that item, its parent or the set's total: no point in an example can change unnoticed
 * (a deduction criterion's max may rise under its group's max, which caps it).
 *
 * A real example states what it expects as the fixtures do (`$TEST$` lines, packages/language/test/fixture-format.ts),
 * but its »…« range sits in the comment, so the file stays what `chiso check`, `compile` and `fmt` read:
 *
 *     // $TEST$ info chiso/set-outline "no domains yet (8 domains, 39 criteria not yet written)" »HaTinh52So2019«
 *     set HaTinh52So2019 "Bộ tiêu chí đánh giá cải cách hành chính cấp sở (Hà Tĩnh)" {
 *
 * The finding is expected at the first text below the comment's line equal to the range. Errors and warnings
 * no `$TEST$` line expects fail the file; information is checked only where expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, GrammarUtils, URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { createChisoCoreServices } from '../packages/language/src/chiso-module.js';
import { allItems, isCriteriaSet, isDeductionGroup, pointsUnknown, setOf, type Document } from '../packages/language/src/index.js';
import { loadTexts } from '../packages/language/src/load.js';
import { parseFixture, unmetExpectations, type Expectation } from '../packages/language/test/fixture-format.js';
import { ROOT } from './cli.js';

const EXAMPLES = path.join(ROOT, 'examples');
/** One build per raised max: Vĩnh Long's three sets take over 30 s on a loaded machine. */
const RAISE_TIMEOUT = 300_000;

function folders(): string[] {
    return readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
        .filter(f => f.endsWith('.chiso'))
        .map(f => path.dirname(path.join(EXAMPLES, f)))
        .filter((dir, i, all) => all.indexOf(dir) === i)
        .sort();
}

interface Example {
    readonly path: string;
    /** The file's text without the range markers of its `$TEST$` comments. */
    readonly text: string;
    readonly expectations: readonly Expectation[];
}

function examplesIn(folder: string): Example[] {
    return readdirSync(folder).filter(f => f.endsWith('.chiso')).sort().map(name => {
        const file = path.join(folder, name);
        const { text, expectations } = parseFixture(readFileSync(file, 'utf8'));
        return { path: file, text, expectations: expectations.map(e => belowComment(text, e, name)) };
    });
}

/** A range quoted in a `$TEST$` comment, moved to where its text next appears below that comment's line. */
function belowComment(text: string, expectation: Expectation, name: string): Expectation {
    const quoted = text.slice(expectation.start, expectation.end);
    const lineEnd = text.indexOf('\n', expectation.end);
    const start = quoted === '' || lineEnd < 0 ? -1 : text.indexOf(quoted, lineEnd);
    if (start < 0) throw new Error(`${name}:${expectation.line}: »${quoted}« does not appear below its $TEST$ comment`);
    return { ...expectation, start, end: start + quoted.length };
}

describe('examples', () => {
    test('there are real and illustrative examples', () => {
        const names = folders().map(f => path.relative(EXAMPLES, f));
        expect(names.some(n => n.startsWith('real'))).toBe(true);
        expect(names.filter(n => n.startsWith('illustrative')).length).toBeGreaterThanOrEqual(4);
    });

    test('every illustrative file says so on its first line', () => {
        for (const folder of folders().filter(f => f.includes(`${path.sep}illustrative${path.sep}`))) {
            for (const file of readdirSync(folder).filter(f => f.endsWith('.chiso'))) {
                expect(readFileSync(path.join(folder, file), 'utf8').split('\n')[0], file).toMatch(/^\/\/ Illustrative/);
            }
        }
    });

    test.each(folders().map(f => [path.relative(EXAMPLES, f)]))('%s checks with exactly the findings its comments expect (most expect none)', async folder => {
        const examples = examplesIn(path.join(EXAMPLES, folder));
        const { files } = await loadTexts(examples, { lang: 'en' });
        expect(files.flatMap((file, i) => unmetExpectations(path.basename(examples[i].path), examples[i].text, examples[i].expectations, file.diagnostics))).toEqual([]);
    });

    test.each(folders().map(f => [path.relative(EXAMPLES, f)]))('%s: raising any single max by 1 is a new error at the item, its parent or the total', async folder => {
        const examples = examplesIn(path.join(EXAMPLES, folder));
        const { shared } = createChisoCoreServices(EmptyFileSystem);
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = shared.workspace;
        const load = async (file: string, text: string): Promise<LangiumDocument<Document>> => {
            const uri = URI.file(file);
            if (LangiumDocuments.hasDocument(uri)) await DocumentBuilder.update([], [uri]);
            const document = LangiumDocumentFactory.fromString<Document>(text, uri);
            LangiumDocuments.addDocument(document);
            await DocumentBuilder.build([document], { validation: true });
            return document;
        };
        // An error counts only if the unchanged file lacks it, so a published inconsistency the file expects
        // cannot stand in for the one a raised max must cause.
        const errors = (document: LangiumDocument) => (document.diagnostics ?? []).filter(d => d.severity === 1);
        const key = (d: Diagnostic) => `${d.range.start.line}:${d.code}:${d.message}`;
        for (const example of examples) await load(example.path, example.text);
        let mutations = 0;
        for (const example of examples) {
            const document = LangiumDocuments.getDocument(URI.file(example.path)) as LangiumDocument<Document>;
            const before = new Set(errors(document).map(key));
            const sets = document.parseResult.value.elements.filter(isCriteriaSet);
            // A deduction criterion's max may rise past its group's max: the group's max then caps what they take off together.
            // An outline whose points were not published has no max to raise.
            const targets = sets.flatMap(set => [...allItems(set)]).filter(item => !isDeductionGroup(item.$container) && item.max !== undefined).map(item => {
                const maxNode = GrammarUtils.findNodeForProperty(item.$cstNode, 'max');
                // Where the error may rightly appear: the item, its parent (item or deduction group), or for a domain the set's total.
                const set = setOf(item)!;
                const lines = [item.$cstNode!, item.$container.$cstNode!, set.$cstNode!, GrammarUtils.findNodeForProperty(set.$cstNode, 'totals')]
                    .flatMap(node => (node ? [node.range.start.line] : []));
                return { lines, offset: maxNode!.offset, end: maxNode!.end, text: maxNode!.text };
            });
            for (const target of targets) {
                const raised = example.text.slice(0, target.offset) + bump(target.text) + example.text.slice(target.end);
                const mutated = await load(example.path, raised);
                const added = errors(mutated).filter(d => !before.has(key(d))).map(d => d.range.start.line);
                expect(added.some(l => target.lines.includes(l)), `${path.basename(example.path)}:${target.lines[0] + 1} max ${target.text} + 1`).toBe(true);
                mutations++;
            }
            await load(example.path, example.text);
        }
        if (mutations === 0) {
            // Nothing to raise only where no points below a set's header were published: its header only, or
            // outlines without `max`.
            const sets = [...LangiumDocuments.all].flatMap(d => (d as LangiumDocument<Document>).parseResult.value.elements.filter(isCriteriaSet));
            expect(sets.length, 'a folder with no max holds published headers').toBeGreaterThan(0);
            for (const item of sets.flatMap(set => [...allItems(set)])) expect(pointsUnknown(item), `${item.code} is an outline without points`).toBe(true);
        }
    }, RAISE_TIMEOUT);
});

/** The text of value + 1, keeping fractions as fractions and a decimal's separator (point or Vietnamese comma). */
function bump(text: string): string {
    const [n, d] = text.split('/');
    if (d) return `${BigInt(n) + BigInt(d)}/${d}`;
    const separator = n.includes(',') ? ',' : '.';
    const [whole, fraction] = n.split(separator);
    return fraction === undefined ? String(BigInt(whole) + 1n) : `${BigInt(whole) + 1n}${separator}${fraction}`;
}
