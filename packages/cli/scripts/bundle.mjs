// ESM chunks for the chiso command: it starts without resolving hundreds of modules, and each
// verb's chunk (with its libraries) loads only when that verb runs (splitting on dynamic imports).
// The chunks sit in out/bundle/ so that paths relative to them (../../schema) match out/*/ modules.
// The bundle holds every runtime dependency: the packed @chiso/cli installs with nothing else.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { version, engines } = JSON.parse(readFileSync('package.json', 'utf8'));

// Chunk names carry content hashes: clear the old ones first.
rmSync('out/bundle', { recursive: true, force: true });

await build({
    entryPoints: ['out/main.js'],
    outdir: 'out/bundle',
    entryNames: 'chiso',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Prefer ES module builds: jsonc-parser's UMD build hides its requires from the bundler.
    mainFields: ['module', 'main'],
    sourcemap: true,
    logLevel: 'warning',
    // package.json is the one source of the version and of the oldest Node it runs on (src/version.ts).
    define: { CHISO_PACKAGE_VERSION: JSON.stringify(version), CHISO_NODE_FLOOR: JSON.stringify(Number(/\d+/.exec(engines.node)[0])) },
    // CommonJS dependencies (ajv, commander) call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __chisoCreateRequire } from 'node:module'; const require = __chisoCreateRequire(import.meta.url);" },
});

// What the package ships beside the bundle, copied from the repository root: the licence (the rule
// pages, written from the bundle's own output, are copied by scripts/rule-docs.mjs).
cpSync('../../LICENSE', 'LICENSE');
