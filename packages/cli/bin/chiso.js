#!/usr/bin/env node
// The bundle carries the Object.groupBy polyfill first (chevrotain needs it on Node 20).
// `chiso score … | head` closes the pipe early: stop quietly, as other command-line tools do.
process.stdout.on('error', error => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
});
const { main } = await import('../out/bundle/chiso.mjs');
process.exitCode = await main(process.argv.slice(2));
