// Builds a checkout of this repository after `npm install` / `npm ci`. Installed from a package
// (pre-commit's `npm pack`, then `npm install -g`), the sources are absent and the bundle is built
// already: nothing to do. Not a `prepare` script: that would also run inside `npm pack`, whose
// standard output must be the tarball's name alone (pre-commit reads it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (existsSync(`${root}/packages/language/src`)) {
    const npm = process.env.npm_execpath;
    const run = npm ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' }) : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: true });
    process.exitCode = run.status ?? 1;
}
