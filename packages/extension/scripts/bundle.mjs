// Bundles the client (vscode stays external) and the whole language server into minified CommonJS
// files. Whitespace and syntax only: identifiers keep their names, so stack traces in the output
// channel stay readable without esbuild's keepNames, whose wrapper around every function made an
// edit's diagnostics half as fast again (bench P1: 1.5× the JSON service with it, 0.75–1.0× without).
import { build } from 'esbuild';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, minifyWhitespace: true, minifySyntax: true, logLevel: 'warning' };

await build({ ...common, entryPoints: ['out/tsc/extension.js'], outfile: 'out/extension.cjs', external: ['vscode'] });
await build({
    ...common,
    entryPoints: [require.resolve('@chiso/language/lsp')],
    outfile: 'out/server.cjs',
    // Langium is ESM; import.meta.url has no CommonJS equivalent unless we provide one.
    define: { 'import.meta.url': '__chisoImportMetaUrl' },
    banner: { js: 'const __chisoImportMetaUrl = require("url").pathToFileURL(__filename).href;' },
});

// The rule pages every diagnostic links to (codeDescription): ruleDocUrl finds docs/rules above the server bundle.
rmSync('docs', { recursive: true, force: true });
if (existsSync('../../docs/rules')) cpSync('../../docs/rules', 'docs/rules', { recursive: true });
