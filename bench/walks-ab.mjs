#!/usr/bin/env node
/**
 * A/B of a build after parsing (scopes → linking → reference index → checks) of a generated set,
 * with Chiso's walks (synchronous checks, sparse cancellation checks, names and references
 * visited only where the grammar puts them: chiso-validator.ts, workspace/sparse-interrupts.ts,
 * references/reference-sites.ts) and with Langium's own, interleaved in one process, with a live cancellation token as in the editor.
 * A diagnostic tool for bench/ANALYSIS.md, not one of BENCHMARKS.md's figures.
 *
 *   node bench/walks-ab.mjs [components = 300] [builds = 60] [warm-up = 10]
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import * as os from 'node:os'; import * as path from 'node:path';
const { generateSet, writeSet } = await import('./generate-set.mjs');
const L = await import('langium');
const { createChisoCoreServices } = await import('@chiso/language');
const { ChisoValidationRegistry } = await import('../packages/language/out/chiso-validator.js');
const { ChisoDocumentValidator } = await import('../packages/language/out/chiso-document-validator.js');
const { ChisoLinker, ChisoScopeComputation, ChisoReferenceDescriptionProvider } = await import('../packages/language/out/references/reference-sites.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'ab-'));
writeSet(dir, generateSet({ components: Number(process.argv[2] ?? 300), seed: 1 }));
const files = readdirSync(dir).filter(f => f.endsWith('.chiso')).map(f => ({ uri: L.URI.file(path.join(dir, f)), text: readFileSync(path.join(dir, f), 'utf8') }));
const swaps = [[L.ValidationRegistry.prototype, ChisoValidationRegistry.prototype, 'wrapValidationException'], [L.DefaultLinker.prototype, ChisoLinker.prototype, 'link'], [L.DefaultScopeComputation.prototype, ChisoScopeComputation.prototype, 'collectLocalSymbols'], [L.DefaultReferenceDescriptionProvider.prototype, ChisoReferenceDescriptionProvider.prototype, 'createDescriptions'], [L.DefaultDocumentValidator.prototype, ChisoDocumentValidator.prototype, 'validateAstNodes']];
const saved = swaps.map(([, ours, m]) => ours[m]);
const setMode = chiso => swaps.forEach(([base, ours, m], i) => { if (chiso) ours[m] = saved[i]; else ours[m] = base[m]; });
const t = { chiso: [], langium: [] };
for (let i = 0; i < Number(process.argv[3] ?? 60); i++) for (const mode of ['chiso', 'langium']) {
  setMode(mode === 'chiso');
  const { shared } = createChisoCoreServices(L.EmptyFileSystem);
  const docs = files.map(f => { const d = shared.workspace.LangiumDocumentFactory.fromString(f.text, f.uri); shared.workspace.LangiumDocuments.addDocument(d); return d; });
  const src = new L.Cancellation.CancellationTokenSource();
  const s = performance.now(); await shared.workspace.DocumentBuilder.build(docs, { validation: true }, src.token); const e = performance.now() - s;
  if (i >= Number(process.argv[4] ?? 10)) t[mode].push(e);
  if (i === Number(process.argv[3] ?? 60) - 1) console.log(mode, docs.map(d => d.diagnostics.length).join('+'), 'diagnostics');
}
const med = xs => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log('median ms of a build after parsing (scopes, linking, indexing, checks): chiso', med(t.chiso).toFixed(1), 'langium', med(t.langium).toFixed(1));
