#!/usr/bin/env node
/**
 * Runs the tests that pin Chiso's replacements of Langium internals (packages/language/UPSTREAM.md
 * names them) against the newest Langium 4.x in the registry: in a temporary copy of the
 * repository, with langium, langium-cli and the chevrotain that langium asks for set to the newest
 * 4.x, installed by npm, then built. Not part of `npm test` (it installs from the registry).
 *
 *   npm run test:langium-latest            the copy is removed when the tests pass, kept otherwise
 *   npm run test:langium-latest -- --keep  keep it either way
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');

function run(command, args, cwd, capture = false) {
    console.log(`$ ${command} ${args.join(' ')}`);
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit' });
}

/** The newest 4.x of a package, as the registry lists them. */
function newest4(name) {
    const listed = JSON.parse(run('npm', ['view', `${name}@4`, 'version', '--json'], root, true));
    const versions = [listed].flat().filter(v => !v.includes('-'));
    const key = v => v.split('.').map(Number);
    return versions.sort((a, b) => key(a).reduce((d, x, i) => d || x - key(b)[i], 0)).at(-1);
}

const UPSTREAM = readFileSync(path.join(root, 'packages/language/UPSTREAM.md'), 'utf8');
const tests = [...new Set([...UPSTREAM.matchAll(/`((?:packages\/[\w-]+\/)?test\/[\w./-]+\.test\.ts)`/g)].map(m => m[1]))];

const langium = newest4('langium');
const langiumCli = newest4('langium-cli');
const chevrotain = JSON.parse(run('npm', ['view', `langium@${langium}`, 'dependencies', '--json'], root, true)).chevrotain;
console.log(`\nNewest: langium ${langium}, langium-cli ${langiumCli}, chevrotain ${chevrotain}; ${tests.length} pinning test files.\n`);

// The tracked files only: no build output, no node_modules.
const copy = mkdtempSync(path.join(os.tmpdir(), 'chiso-langium-latest-'));
for (const file of run('git', ['ls-files', '-z'], root, true).split('\0').filter(Boolean)) {
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(copy, file));
}

function setVersions(file, versions) {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    for (const field of ['dependencies', 'devDependencies']) {
        for (const [name, version] of Object.entries(versions)) if (json[field]?.[name]) json[field][name] = version;
    }
    writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
}
setVersions(path.join(copy, 'package.json'), { 'langium-cli': langiumCli });
setVersions(path.join(copy, 'packages/language/package.json'), { langium: langium, 'langium-cli': langiumCli, chevrotain });

let passed = false;
try {
    // No install scripts: `prepare` would build before the versions are in place; the build runs below.
    run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], copy);
    run('npm', ['ls', 'langium', 'chevrotain'], copy);
    run('npm', ['run', 'build'], copy);
    run('npx', ['vitest', 'run', ...tests], copy);
    passed = true;
} catch {
    // The failing step has printed its output.
} finally {
    console.log(`\nLangium ${langium} (langium-cli ${langiumCli}, chevrotain ${chevrotain}): the pinning tests ${passed ? 'pass' : 'FAIL'}.`);
    if (passed && !keep) rmSync(copy, { recursive: true, force: true });
    else console.log(`The copy is kept in ${copy}.`);
}
process.exitCode = passed ? 0 : 1;
