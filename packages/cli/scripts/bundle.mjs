// ESM chunks for the chiso command: it starts without resolving hundreds of modules, and each
// verb's chunk (with its libraries) loads only when that verb runs (splitting on dynamic imports).
// The chunks sit in out/bundle/ so that paths relative to them (../../schema) match out/*/ modules.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

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
    target: 'node20',
    // Prefer ES module builds: jsonc-parser's UMD build hides its requires from the bundler.
    mainFields: ['module', 'main'],
    sourcemap: true,
    logLevel: 'warning',
    // CommonJS dependencies (ajv, commander) call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __chisoCreateRequire } from 'node:module'; const require = __chisoCreateRequire(import.meta.url);" },
});
