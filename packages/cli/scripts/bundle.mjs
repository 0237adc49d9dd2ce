// One ESM file for the chiso command, so it starts without resolving hundreds of modules.
// It sits in out/bundle/ so that paths relative to it (../../schema) match out/*/ modules.
import { build } from 'esbuild';

await build({
    entryPoints: ['out/main.js'],
    outfile: 'out/bundle/chiso.mjs',
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
