/**
 * Where a rule's page is: `$CHISO_DOCS_URL/<lang>/<code>.md` when the variable is set (the GitHub
 * Action points it at this repository's docs/rules), else the docs/rules folder shipped beside the
 * running code (a package copies it in), found by walking up from this module, so that a run from
 * the repository's sources or bundles finds the repository's docs/rules.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Lang } from '../i18n/texts.js';

let localDocs: string | null | undefined;

function moduleDir(): string {
    // The extension's server is a CommonJS bundle, where `import.meta.url` is empty.
    return typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
}

function localDocsUrl(): string | null {
    if (localDocs !== undefined) return localDocs;
    localDocs = null;
    for (let dir = moduleDir(); ; dir = path.dirname(dir)) {
        const docs = path.join(dir, 'docs', 'rules');
        if (existsSync(path.join(docs, 'en', 'index.md'))) return localDocs = pathToFileURL(docs).href;
        if (path.dirname(dir) === dir) return localDocs;
    }
}

/** The page of a code (`sum-mismatch`, `input-missing`), or undefined where no docs can be found. */
export function ruleDocUrl(code: string, lang: Lang): string | undefined {
    const base = process.env.CHISO_DOCS_URL?.replace(/\/+$/, '') || localDocsUrl();
    return base ? `${base}/${lang}/${code}.md` : undefined;
}

