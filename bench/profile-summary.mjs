#!/usr/bin/env node
/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): the functions with the most self time, and the
 * share of time spent per source (bundle module path from the source map comment is not needed:
 * function names and line numbers are enough to find the code).
 *
 *   node bench/profile-summary.mjs <file.cpuprofile> [--top 15]
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './random.mjs';

/** [{ name, where, selfMs, share }] sorted by self time, and the profile's total in ms. */
export function summariseProfile(file, top = 15) {
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    const byId = new Map(profile.nodes.map(node => [node.id, node]));
    const self = new Map();
    const inclusive = new Map();
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const keyOf = node => {
        const { functionName, url, lineNumber } = node.callFrame;
        return `${functionName || '(anonymous)'}\t${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`;
    };
    const deltas = profile.timeDeltas;
    let total = 0;
    for (let i = 0; i < profile.samples.length; i++) {
        const node = byId.get(profile.samples[i]);
        const dt = (deltas[i] ?? 0) / 1000;
        total += dt;
        const key = keyOf(node);
        self.set(key, (self.get(key) ?? 0) + dt);
        // Inclusive time: once per function on the sample's stack (recursion counted once).
        const onStack = new Set();
        for (let id = node.id; id !== undefined; id = parent.get(id)) onStack.add(keyOf(byId.get(id)));
        for (const k of onStack) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
    const rows = [...self.entries()]
        .map(([key, ms]) => { const [name, where] = key.split('\t'); return { name, where, selfMs: ms, totalMs: inclusive.get(key) ?? ms, share: ms / total }; })
        .sort((a, b) => b.selfMs - a.selfMs)
        .slice(0, top);
    const inclusiveRows = [...inclusive.entries()]
        .map(([key, ms]) => { const [name, where] = key.split('\t'); return { name, where, totalMs: ms, share: ms / total }; })
        .filter(row => !row.name.startsWith('(') || row.where !== '')
        .sort((a, b) => b.totalMs - a.totalMs)
        .slice(0, top);
    return { totalMs: total, rows, inclusiveRows, tree: callTree(profile, byId, total) };
}

/**
 * The call tree top-down, as lines: nodes under 3 % of the total are left out, and a chain of
 * calls that each pass ≥ 90 % of their time to one callee is folded into one line (a → … → z).
 */
function callTree(profile, byId, totalMs, minShare = 0.03, maxDepth = 7) {
    const self = new Map();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const totals = new Map();
    const total = id => {
        if (totals.has(id)) return totals.get(id);
        let t = self.get(id) ?? 0;
        for (const child of byId.get(id).children ?? []) t += total(child);
        totals.set(id, t);
        return t;
    };
    const label = node => {
        const { functionName, url, lineNumber } = node.callFrame;
        return `${functionName || '(anonymous)'}${url ? ` ${path.basename(url)}:${lineNumber + 1}` : ''}`;
    };
    const lines = [];
    const visit = (id, depth) => {
        let node = byId.get(id);
        const t = total(id);
        const chain = [label(node)];
        for (;;) {
            const children = (node.children ?? []).map(c => [c, total(c)]).sort((a, b) => b[1] - a[1]);
            if (children.length === 0 || children[0][1] < 0.9 * total(node.id)) break;
            node = byId.get(children[0][0]);
            chain.push(label(node));
        }
        const text = chain.length <= 3 ? chain.join(' → ') : `${chain[0]} → … (${chain.length - 2}) → ${chain.at(-1)}`;
        lines.push(`${'  '.repeat(depth)}${t.toFixed(0).padStart(6)} ms ${((100 * t) / totalMs).toFixed(0).padStart(3)} %  ${text}`);
        if (depth >= maxDepth) return;
        for (const child of (node.children ?? []).filter(c => total(c) >= minShare * totalMs).sort((a, b) => total(b) - total(a))) visit(child, depth + 1);
    };
    const root = profile.nodes[0];
    for (const child of (root.children ?? []).filter(c => total(c) >= minShare * totalMs).sort((a, b) => total(b) - total(a))) visit(child, 0);
    return lines;
}

/** Markdown: the top self-time functions (with their inclusive time). */
export function profileTable({ totalMs, rows }) {
    const lines = ['| self ms | self share | incl. ms | function | where |', '|---:|---:|---:|---|---|'];
    for (const row of rows) lines.push(`| ${row.selfMs.toFixed(0)} | ${(row.share * 100).toFixed(1)} % | ${row.totalMs.toFixed(0)} | \`${row.name}\` | ${row.where} |`);
    lines.push(`| ${totalMs.toFixed(0)} | 100 % | | total sampled | |`);
    return lines.join('\n');
}

/** Markdown: the functions with the most inclusive time (where the time goes, top-down). */
export function inclusiveTable({ totalMs, inclusiveRows }) {
    const lines = ['| incl. ms | share | function | where |', '|---:|---:|---|---|'];
    for (const row of inclusiveRows) lines.push(`| ${row.totalMs.toFixed(0)} | ${(row.share * 100).toFixed(1)} % | \`${row.name}\` | ${row.where} |`);
    return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const [file, ...rest] = process.argv.slice(2);
    const args = parseArgs(rest);
    const summary = summariseProfile(file, Number(args.top ?? 15));
    console.log(profileTable(summary));
    console.log();
    console.log(inclusiveTable(summary));
    console.log();
    console.log(summary.tree.join('\n'));
}
