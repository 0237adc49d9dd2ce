#!/usr/bin/env node
import module from 'node:module';
// Cold start: V8's compiled code for the bundle is kept between runs, in Node's default cache
// folder under the system's temporary folder (never inside the package, which may be read-only).
// Node 22.0 lacks the call; it only starts slower.
module.enableCompileCache?.();
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
