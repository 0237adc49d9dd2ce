#!/usr/bin/env node
/**
 * Where a check's time goes, per Langium build phase, in process and warm (after `--warm` builds):
 * parse (lexing, parsing, CST and AST), scopes, linking, reference index, validation (our checks).
 * Each build uses fresh services, as `chiso check` does, but their parser is constructed before
 * timing starts. A diagnostic tool for the analysis in BENCHMARKS.md, not one of its figures.
 *
 *   node bench/phases.mjs --components 10000 [--warm 5] [--runs 10]
 *   node bench/phases.mjs --folder path/to/folder
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateSet, writeSet } from './generate-set.mjs';
import { parseArgs } from './random.mjs';

const { createChisoCoreServices } = await import('@chiso/language');
const { EmptyFileSystem, URI, DocumentState } = await import('langium');

const args = parseArgs(process.argv.slice(2));
const warm = Number(args.warm ?? 5), runs = Number(args.runs ?? 10);
let folder = args.folder, tmp;
if (!folder) {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'chiso-phases-'));
    folder = tmp;
    writeSet(folder, generateSet({ components: Number(args.components ?? 300), seed: 1 }));
}
const files = readdirSync(folder).filter(f => f.endsWith('.chiso')).sort()
    .map(f => ({ uri: URI.file(path.resolve(folder, f)), text: readFileSync(path.join(folder, f), 'utf8') }));
if (tmp) rmSync(tmp, { recursive: true, force: true });

const PHASES = ['IndexedContent', 'ComputedScopes', 'Linked', 'IndexedReferences', 'Validated'];
const NAMES = { Parsed: 'parse (lexer, parser, CST, AST)', IndexedContent: 'index exported symbols', ComputedScopes: 'compute local scopes', Linked: 'link references', IndexedReferences: 'index references', Validated: 'validate (Chiso checks)' };
const totals = {};
for (let iteration = 0; iteration < warm + runs; iteration++) {
    const services = createChisoCoreServices(EmptyFileSystem);
    services.Chiso.i18n.Locale.lang = 'en';
    void services.Chiso.parser.LangiumParser;
    void services.Chiso.parser.Lexer;
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    let last = performance.now();
    const mark = name => {
        const now = performance.now();
        if (iteration >= warm) totals[name] = (totals[name] ?? 0) + now - last;
        last = now;
    };
    for (const state of PHASES) DocumentBuilder.onBuildPhase(DocumentState[state], () => mark(state));
    last = performance.now();
    const documents = files.map(f => {
        const document = LangiumDocumentFactory.fromString(f.text, f.uri);
        LangiumDocuments.addDocument(document);
        return document;
    });
    mark('Parsed');
    await DocumentBuilder.build(documents, { validation: true });
}
const sum = Object.values(totals).reduce((a, b) => a + b, 0);
console.log(`${files.length} files, ${(files.reduce((a, f) => a + f.text.length, 0) / 2 ** 20).toFixed(2)} MiB; mean of ${runs} warm builds after ${warm}:`);
console.log('| phase | ms | share |\n|---|---:|---:|');
for (const [name, total] of Object.entries(totals)) console.log(`| ${NAMES[name]} | ${(total / runs).toFixed(1)} | ${((100 * total) / sum).toFixed(0)} % |`);
console.log(`| total | ${(sum / runs).toFixed(1)} | 100 % |`);
