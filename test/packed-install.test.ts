/**
 * What a province or a vendor installs: @chiso/cli and @chiso/language packed as they would be
 * published, each installed from its tarball alone into an empty folder with an empty npm cache
 * (the CLI with `--offline`: it has no dependency to fetch), then run there on each supported
 * Node.js version. A package that only works beside this repository's node_modules fails here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureNode24, withoutNpmVariables } from './vscode/tools.mjs';
import { ROOT } from './cli.js';

const EXAMPLES = path.join(ROOT, 'examples');
/** The supported versions: Node 22 from the repository's `node` devDependency, Node 24 from the real-editor suite's cache. */
const NODES = [
    { name: 'Node 22', bin: path.join(ROOT, 'node_modules', 'node', 'bin'), major: 'v22.' },
    { name: 'Node 24', bin: ensureNode24().nodeBin, major: 'v24.' },
];
const NVIM = spawnSync('nvim', ['--version']).status === 0;
/** Each test runs several commands in child processes: generous on a loaded machine. */
const TIMEOUT = 120_000;

let work: string;
/** Where @chiso/cli is installed (a province's repository) and where @chiso/language is (a vendor's program). */
let province: string;
let vendor: string;
/** The CLI's tarball, and the folder of bins of a global install of it (`npm install -g`, as editors need `chiso` on the PATH). */
let cliTarball: string;

interface Run { status: number | null; stdout: string; stderr: string }

/** The PATH without this repository's folders (`npm test` puts its node_modules/.bin, with its own `chiso`, there). */
const OUTSIDE_PATH = (process.env.PATH ?? '').split(path.delimiter).filter(dir => !path.resolve(dir).startsWith(ROOT + path.sep));

/**
 * A command in `cwd` with `nodeBin` first on PATH, then `binDir`: by default the folder's installed
 * bins, what `npx` would find; never this repository's.
 */
function run(nodeBin: string, cwd: string, command: string, args: readonly string[], binDir = path.join(cwd, 'node_modules', '.bin')): Run {
    const result = spawnSync(command, args, {
        cwd,
        encoding: 'utf8',
        env: { ...withoutNpmVariables(process.env), PATH: [nodeBin, binDir, ...OUTSIDE_PATH].join(path.delimiter), LANG: 'en_US.UTF-8' },
        timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(result: Run): Run {
    expect(result.stderr + result.stdout).not.toMatch(/\n\s+at |Error \[ERR_|EBADENGINE/);
    expect(result.status, result.stderr).toBe(0);
    return result;
}

/** An empty project holding only the given tarball, installed with an empty cache. */
function install(folder: string, tarball: string, extraArgs: readonly string[]): string {
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: path.basename(folder), private: true, type: 'module' }));
    ok(run(NODES[0].bin, folder, 'npm', ['install', '--cache', path.join(work, `cache-${path.basename(folder)}`), '--no-audit', '--no-fund', '--loglevel=error', ...extraArgs, tarball]));
    return folder;
}

/** The code block of a README that follows `marker` (the README's example must run as written). */
function readmeBlock(readme: string, marker: string, language: string): string {
    const text = readFileSync(readme, 'utf8');
    const after = text.slice(text.indexOf(marker));
    const block = after.match(new RegExp('```' + language + '\\n([\\s\\S]*?)```'));
    if (!text.includes(marker) || !block) throw new Error(`${readme} no longer has a ${language} block after "${marker}"`);
    return block[1];
}

/** A copy of an example folder in `into`, with `edit` applied to one of its files. */
function copyExample(name: string, into: string, edit?: { file: string; from: string; to: string }): string {
    const target = path.join(into, path.basename(name));
    cpSync(path.join(EXAMPLES, name), target, { recursive: true });
    if (edit) {
        const file = path.join(target, edit.file);
        const text = readFileSync(file, 'utf8');
        expect(text).toContain(edit.from);
        writeFileSync(file, text.replace(edit.from, edit.to));
    }
    return target;
}

/** Vĩnh Long's department set with domain 1 written as 13 over criteria adding up to 12. */
const BROKEN_SUM = { file: 'department.chiso', from: '"Công tác chỉ đạo, điều hành cải cách hành chính" max 12 {', to: '"Công tác chỉ đạo, điều hành cải cách hành chính" max 13 {' };

beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'chiso-packed-'));
    const packed = run(NODES[0].bin, ROOT, 'npm', ['pack', '-w', '@chiso/cli', '-w', '@chiso/language', '--pack-destination', work, '--json', '--loglevel=error']);
    ok(packed);
    const tarballs = Object.fromEntries((JSON.parse(packed.stdout) as { name: string; filename: string }[]).map(p => [p.name, path.join(work, p.filename)]));
    cliTarball = tarballs['@chiso/cli'];
    province = install(path.join(work, 'province'), cliTarball, ['--offline']);
    vendor = install(path.join(work, 'vendor'), tarballs['@chiso/language'], []);
}, TIMEOUT);

afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed @chiso/cli installed alone', () => {
    test('has no runtime dependency, and ships its licence, README and schema', () => {
        const installed = path.join(province, 'node_modules');
        expect(readdirSync(installed).filter(name => !name.startsWith('.'))).toEqual(['@chiso']);
        expect(readdirSync(path.join(installed, '@chiso'))).toEqual(['cli']);
        const files = readdirSync(path.join(installed, '@chiso', 'cli'));
        expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'bin', 'out', 'schema', 'package.json']));
        expect(readFileSync(path.join(installed, '@chiso', 'cli', 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    });

    test('ships the rule pages findings link to, when the repository has them (docs/rules)', () => {
        const listing = (dir: string) => existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort() : [];
        expect(listing(path.join(province, 'node_modules', '@chiso', 'cli', 'docs', 'rules'))).toEqual(listing(path.join(ROOT, 'docs', 'rules')));
    });

    for (const node of NODES) {
        test(`${node.name}: checks, compiles, scores and exports real examples`, async () => {
            expect(ok(run(node.bin, province, 'node', ['--version'])).stdout).toMatch(new RegExp(`^${node.major.replace('.', '\\.')}`));
            const version = JSON.parse(readFileSync(path.join(province, 'node_modules', '@chiso', 'cli', 'package.json'), 'utf8')).version;
            expect(ok(run(node.bin, province, 'chiso', ['--version'])).stdout.trim()).toBe(version);

            const sets = path.join(province, `sets-${node.name.replace(' ', '-')}`);
            const vinhlong = copyExample('illustrative/vinhlong-2023', sets);
            const tinhbien = copyExample('illustrative/tinhbien-2017', sets);
            expect(ok(run(node.bin, province, 'chiso', ['check', vinhlong, '--lang', 'en'])).stdout).toContain('VinhLong2023So: Σ 100/100 ✓');
            const papi = copyExample('real/papi-2018-2024', sets);
            expect(ok(run(node.bin, province, 'chiso', ['check', papi, '--lang', 'en'])).stdout).toContain('Papi2018: Σ 80/80 ✓');

            const broken = copyExample('illustrative/vinhlong-2023', path.join(sets, 'broken'), BROKEN_SUM);
            const failed = run(node.bin, province, 'chiso', ['check', broken, '--lang', 'en']);
            expect(failed.status).toBe(1);
            expect(failed.stdout + failed.stderr).toContain('chiso/sum-mismatch');

            const dist = path.join(sets, 'dist');
            ok(run(node.bin, province, 'chiso', ['compile', tinhbien, '-o', dist]));
            const compiled = path.join(dist, 'TinhBien2017Huyen.json');
            // The schema is reachable by its package path, as a vendor's validator would load it.
            const schemaPath = createRequire(path.join(province, 'package.json')).resolve('@chiso/cli/schema/criteria-set.schema.json');
            const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
            expect(validate(JSON.parse(readFileSync(compiled, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);

            // The example's published 2016 result: appraisal 63 of 70, survey 24.65 of 30.
            const score = ok(run(node.bin, province, 'chiso', ['score', compiled, '--results', path.join(tinhbien, 'results-2016.csv'), '--format', 'json'])).stdout;
            expect(score).toMatch(/"unit": "TinhBien",[\s\S]*?"total": 87\.65,/);

            const annex = path.join(sets, 'phu-luc.docx');
            ok(run(node.bin, province, 'chiso', ['export', path.join(tinhbien, 'district.chiso'), '--format', 'docx', '-o', annex]));
            const documentXml = await (await JSZip.loadAsync(readFileSync(annex))).file('word/document.xml')!.async('string');
            expect(documentXml).toContain('Công tác chỉ đạo điều hành');
        }, TIMEOUT);
    }

    test.skipIf(!NVIM)('Neovim (needs nvim): the README\'s init.lua starts `chiso lsp --stdio` installed with npm install -g and shows its errors', () => {
        const setup = readmeBlock(path.join(ROOT, 'README.md'), 'In other editors', 'lua');
        expect(setup).toContain("vim.filetype.add({ extension = { chiso = 'chiso' } })");
        const folder = path.join(work, 'nvim');
        const prefix = path.join(work, 'global');
        ok(run(NODES[0].bin, work, 'npm', ['install', '-g', '--prefix', prefix, '--offline', '--cache', path.join(work, 'cache-global'), '--no-audit', '--no-fund', '--loglevel=error', cliTarball]));
        const broken = copyExample('illustrative/vinhlong-2023', folder, BROKEN_SUM);
        writeFileSync(path.join(folder, 'init.lua'), setup);
        // Headless Neovim prints to stderr; the diagnostics go to stdout as JSON (RECIPES §4).
        writeFileSync(path.join(folder, 'report.lua'), [
            'local buf = vim.api.nvim_get_current_buf()',
            'vim.wait(20000, function() return #vim.diagnostic.get(buf, { severity = vim.diagnostic.severity.ERROR }) > 0 end, 50)',
            'local found = {}',
            'for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(found, { severity = d.severity, code = d.code, message = d.message }) end',
            "io.stdout:write(vim.fn.json_encode({ filetype = vim.bo[buf].filetype, diagnostics = found }))",
            "vim.cmd('qa!')",
        ].join('\n'));
        const nvim = ['--headless', '--clean', '-u', path.join(folder, 'init.lua'), path.join(broken, 'department.chiso'), '-c', `luafile ${path.join(folder, 'report.lua')}`];
        const result = run(NODES[0].bin, folder, 'nvim', nvim, path.join(prefix, 'bin'));
        expect(result.status, result.stderr).toBe(0);
        const report = JSON.parse(result.stdout) as { filetype: string; diagnostics: { severity: number; code: string; message: string }[] };
        expect(report.filetype).toBe('chiso');
        // Only the broken sums are errors (domain 1's and the set's total), in Vietnamese by default:
        // the agencies and surveys of shared.chiso beside the file resolve.
        const errors = report.diagnostics.filter(d => d.severity === 1);
        expect(errors.map(d => d.code).sort(), JSON.stringify(errors)).toEqual(['chiso/sum-mismatch', 'chiso/total-mismatch']);
        expect(errors.find(d => d.code === 'chiso/sum-mismatch')!.message).toContain('của lĩnh vực 1 là 12, khác điểm tối đa 13');
    }, TIMEOUT);
});

describe('the packed @chiso/language installed alone', () => {
    for (const node of NODES) {
        test(`${node.name}: the README's vendor script compiles the same JSON as the chiso command, and stops on errors`, () => {
            const script = path.join(vendor, 'compile-sets.mjs');
            writeFileSync(script, readmeBlock(path.join(ROOT, 'packages', 'language', 'README.md'), '`compile-sets.mjs`', 'js'));
            const sets = path.join(vendor, `sets-${node.name.replace(' ', '-')}`);
            const vinhlong = copyExample('illustrative/vinhlong-2023', sets);
            const fromLibrary = path.join(sets, 'library');
            mkdirSync(fromLibrary);
            const listed = ok(run(node.bin, fromLibrary, 'node', [script, vinhlong])).stdout;
            expect(listed).toContain('VinhLong2023So: 100 points, 8 domains');

            const fromCommand = path.join(sets, 'command');
            ok(run(node.bin, province, 'chiso', ['compile', vinhlong, '-o', fromCommand]));
            const written = readdirSync(fromLibrary).sort();
            expect(written).toEqual(['VinhLong2023Huyen.json', 'VinhLong2023So.json', 'VinhLong2023Xa.json']);
            for (const file of written) expect(readFileSync(path.join(fromLibrary, file), 'utf8')).toBe(readFileSync(path.join(fromCommand, file), 'utf8'));

            const broken = copyExample('illustrative/vinhlong-2023', path.join(sets, 'broken'), BROKEN_SUM);
            const refused = run(node.bin, fromLibrary, 'node', [script, broken]);
            expect(refused.status).toBe(1);
            expect(refused.stderr).toMatch(/department\.chiso:23: .*add up to 12, not its max of 13/);
        }, TIMEOUT);
    }
});
