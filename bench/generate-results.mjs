#!/usr/bin/env node
/**
 * Generates deterministic (seeded) results for `chiso score`: every unit × every scored leaf of a
 * set made by generate-set.mjs (`--flat`, so the leaves are the components), as the README's CSV
 * (unit,item,score,value,satisfied,verySatisfied,respondents) and, optionally, the same rows as
 * results JSON ({ "results": [ … ] }) for the JSON.parse baseline.
 *
 *   node bench/generate-results.mjs --units 11000 --components 100 --out /tmp/score [--seed 1] [--json]
 *
 * writes <out>/shared.chiso and <out>/set.chiso (the set), <out>/results.csv (and results.json).
 * Never write into the repository: the files are large (11,000 × 100 rows ≈ 40 MB of CSV).
 */
import { createWriteStream } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHOICE_OPTIONS, generateSet, points, writeSet } from './generate-set.mjs';
import { parseArgs, rng } from './random.mjs';

/** One unit's result for a leaf: { score } or { value } or { inputs }. */
function result(r, leaf) {
    if (leaf.kind !== 'formula' && r.chance(0.05)) return { score: points(r.int(0, leaf.max)) };
    switch (leaf.kind) {
        case 'bands':
        case 'proportional': {
            const roll = r.next();
            if (roll < 0.4) return { value: '100%' };
            const tenths = r.int(0, 999);
            const text = `${Math.floor(tenths / 10)}${tenths % 10 ? `.${tenths % 10}` : ''}`;
            // Both spellings the README promises: "85%" and "85,5" with a Vietnamese decimal comma.
            return { value: roll < 0.7 ? `${text}%` : text.replace('.', ',') };
        }
        case 'tiers': return { value: String(r.int(0, 3)) };
        case 'deduct': return { value: String(r.chance(0.7) ? 0 : r.int(1, 3)) };
        case 'choice': return { value: CHOICE_OPTIONS[r.chance(0.7) ? 0 : r.int(1, 2)] };
        case 'formula': {
            const respondents = r.int(20, 60);
            const satisfied = r.int(0, respondents * 5);
            const verySatisfied = r.int(0, respondents * 8 - satisfied);
            return { inputs: { satisfied, verySatisfied, respondents } };
        }
        default: throw new Error(`no results for rule ${leaf.kind}`);
    }
}

const csvCell = text => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Writes the files; resolves with { set, rows, csv, json }. */
export async function generateResults({ units, components, seed = 1, out, json = false }) {
    const set = generateSet({ components, seed, flat: true });
    writeSet(out, set);
    const r = rng(seed * 104729 + units);
    const csvPath = path.join(out, 'results.csv');
    const jsonPath = path.join(out, 'results.json');
    const csv = createWriteStream(csvPath);
    const js = json ? createWriteStream(jsonPath) : undefined;
    const write = (stream, text) => (stream.write(text) ? undefined : new Promise(resolve => stream.once('drain', resolve)));
    await write(csv, `# Synthetic results (bench/generate-results.mjs, seed ${seed}): ${units} units × ${set.leaves.length} items.\nunit,item,score,value,satisfied,verySatisfied,respondents\n`);
    if (js) await write(js, '{\n"results": [\n');
    let rows = 0;
    for (let u = 1; u <= units; u++) {
        const unit = `DonVi${String(u).padStart(5, '0')}`;
        let chunk = '', jchunk = '';
        for (const leaf of set.leaves) {
            const res = result(r, leaf);
            const i = res.inputs;
            chunk += `${unit},${leaf.code},${res.score ?? ''},${csvCell(res.value ?? '')},${i ? `${i.satisfied},${i.verySatisfied},${i.respondents}` : ',,'}\n`;
            if (js) {
                const row = { unit, item: leaf.code, ...res };
                jchunk += `${rows > 0 ? ',\n' : ''}${JSON.stringify(row)}`;
            }
            rows++;
        }
        await write(csv, chunk);
        if (js) await write(js, jchunk);
    }
    if (js) await write(js, '\n]\n}\n');
    await Promise.all([csv, js].filter(Boolean).map(stream => new Promise(resolve => stream.end(resolve))));
    return { set, rows, csv: csvPath, json: json ? jsonPath : undefined };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const args = parseArgs(process.argv.slice(2));
    if (!args.out) {
        console.error('usage: node bench/generate-results.mjs --out DIR [--units 11000] [--components 100] [--seed S] [--json]');
        process.exit(2);
    }
    const made = await generateResults({ units: Number(args.units ?? 11000), components: Number(args.components ?? 100), seed: Number(args.seed ?? 1), out: args.out, json: Boolean(args.json) });
    console.log(`${made.csv}: ${made.rows} rows (${made.set.leaves.length} items of set ${made.set.id})${made.json ? `; ${made.json}` : ''}`);
}
