/**
 * Every example checks clean, and raising any single item's `max` by 1 makes the check fail at
 * that item, its parent or the set's total: no point in an example can change unnoticed (a deduction
 * criterion's max may rise under its group's max, which caps it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, GrammarUtils, URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { createChisoCoreServices } from '../packages/language/src/chiso-module.js';
import { allItems, isCriteriaSet, isDeductionGroup, setOf, type Document } from '../packages/language/src/index.js';
import { loadFiles } from '../packages/language/src/node.js';
import { ROOT } from './cli.js';

const EXAMPLES = path.join(ROOT, 'examples');

function folders(): string[] {
    return readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
        .filter(f => f.endsWith('.chiso'))
        .map(f => path.dirname(path.join(EXAMPLES, f)))
        .filter((dir, i, all) => all.indexOf(dir) === i)
        .sort();
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

    test.each(folders().map(f => [path.relative(EXAMPLES, f)]))('%s checks with no errors and no warnings', async folder => {
        const result = await loadFiles([path.join(EXAMPLES, folder)], { lang: 'en' });
        expect(result.problems).toEqual([]);
        for (const file of result.files) {
            const issues = file.diagnostics.filter(d => d.severity === 1 || d.severity === 2);
            expect(issues.map(d => `${path.basename(file.path)}:${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
        }
    });

    test.each(folders().map(f => [path.relative(EXAMPLES, f)]))('%s: raising any single max by 1 is an error at the item, its parent or the total', async folder => {
        const dir = path.join(EXAMPLES, folder);
        const files = readdirSync(dir).filter(f => f.endsWith('.chiso')).map(f => path.join(dir, f));
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
        for (const file of files) await load(file, readFileSync(file, 'utf8'));
        let mutations = 0;
        for (const file of files) {
            const original = readFileSync(file, 'utf8');
            const document = LangiumDocuments.getDocument(URI.file(file)) as LangiumDocument<Document>;
            // A deduction criterion's max may rise past its group's max: the group's max then caps what they take off together.
            const targets = document.parseResult.value.elements.filter(isCriteriaSet).flatMap(set => [...allItems(set)]).filter(item => !isDeductionGroup(item.$container)).map(item => {
                const maxNode = GrammarUtils.findNodeForProperty(item.$cstNode, 'max');
                // Where the error may rightly appear: the item, its parent (item or deduction group), or for a domain the set's total.
                const set = setOf(item)!;
                const lines = [item.$cstNode!, item.$container.$cstNode!, set.$cstNode!, GrammarUtils.findNodeForProperty(set.$cstNode, 'totals')]
                    .flatMap(node => (node ? [node.range.start.line] : []));
                return { lines, offset: maxNode!.offset, end: maxNode!.end, text: maxNode!.text };
            });
            for (const target of targets) {
                const raised = original.slice(0, target.offset) + bump(target.text) + original.slice(target.end);
                const mutated = await load(file, raised);
                const errorLines = (mutated.diagnostics ?? []).filter(d => d.severity === 1).map(d => d.range.start.line);
                expect(errorLines.some(l => target.lines.includes(l)), `${path.basename(file)}:${target.lines[0] + 1} max ${target.text} + 1`).toBe(true);
                mutations++;
            }
            await load(file, original);
        }
        expect(mutations).toBeGreaterThan(0);
    });
});

/** The text of value + 1, keeping fractions as fractions. */
function bump(text: string): string {
    const [n, d] = text.split('/');
    if (d) return `${BigInt(n) + BigInt(d)}/${d}`;
    const [whole, fraction] = n.split('.');
    return fraction === undefined ? String(BigInt(whole) + 1n) : `${BigInt(whole) + 1n}.${fraction}`;
}
