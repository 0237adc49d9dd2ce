/**
 * Preloaded with `node --import ./bench/rusage-probe.mjs …` into a measured child process: when the
 * process exits it writes its own process.resourceUsage() — peak resident set size (maxRSS, KiB)
 * and CPU time (µs) — as JSON to the file named by CHISO_BENCH_RUSAGE. One tiny module, so it does
 * not change what it measures.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.CHISO_BENCH_RUSAGE;
if (file) {
    process.on('exit', () => {
        const usage = process.resourceUsage();
        writeFileSync(file, JSON.stringify({ maxRssKiB: usage.maxRSS, userUs: usage.userCPUTime, systemUs: usage.systemCPUTime }));
    });
}
