#!/usr/bin/env node
/**
 * P4's baseline: what reading a scoring run's inputs costs at the very least — read each file and
 * JSON.parse it (the compiled set and the same results as JSON), nothing else.
 *
 *   node bench/json-parse-inputs.mjs set.json results.json
 */
import { readFileSync } from 'node:fs';

let values = 0;
for (const file of process.argv.slice(2)) {
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    values += Array.isArray(parsed) ? parsed.length : Object.keys(parsed).length;
}
if (values === 0) process.exitCode = 1;
