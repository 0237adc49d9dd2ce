#!/usr/bin/env node
// The bundle carries the Object.groupBy polyfill first (chevrotain needs it on Node 20).
const { main } = await import('../out/bundle/chiso.mjs');
process.exitCode = await main(process.argv.slice(2));
