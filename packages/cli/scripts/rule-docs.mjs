// Writes docs/rules/<lang>/*.md from the rule units (src/docs/rule-pages.ts), removing pages of rules that are gone,
// and docs/reference.md from the grammar; then ships the pages in the package (docs/rules beside the
// bundle, which findings link to). Runs after the bundle: the commands' pages show what it prints.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageReference } from '@chiso/language';
import { rulePages } from '../out/docs/rule-pages.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const docs = path.join(root, 'docs/rules');
const pages = await rulePages(root);
for (const lang of ['vi', 'en']) {
    mkdirSync(path.join(docs, lang), { recursive: true });
    for (const file of readdirSync(path.join(docs, lang))) rmSync(path.join(docs, lang, file));
}
for (const page of pages) writeFileSync(path.join(docs, page.path), page.text);
writeFileSync(path.join(root, 'docs/reference.md'), languageReference(root));
rmSync('docs', { recursive: true, force: true });
cpSync(docs, 'docs/rules', { recursive: true });
