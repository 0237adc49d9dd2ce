#!/usr/bin/env node
// The bundle carries the Object.groupBy polyfill first (chevrotain needs it on Node 20).
const { main, stdoutFailure } = await import('../out/bundle/chiso.mjs');
const args = process.argv.slice(2);
// `chiso score … | head` closes the pipe early: stop quietly, as other command-line tools do.
// Any other failure of stdout (a full disk) is said in one line, without a stack trace.
process.stdout.on('error', error => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(stdoutFailure(error, args) + '\n');
    process.exit(2);
});
process.exitCode = await main(args);
