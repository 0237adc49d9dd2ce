#!/usr/bin/env node
// The polyfill must load before Langium (chevrotain needs Object.groupBy on Node 20).
import '@chiso/language/polyfill';
const { main } = await import('../out/main.js');
process.exitCode = await main(process.argv.slice(2));
