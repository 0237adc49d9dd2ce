/** A small seeded PRNG (mulberry32) so that every generated benchmark input is deterministic. */
export function rng(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        /** An integer in [lo, hi]. */
        int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
        pick: list => list[Math.floor(next() * list.length)],
        chance: p => next() < p,
    };
}

/** Parses `--name value` pairs and bare `--flag`s. */
export function parseArgs(argv) {
    const args = {};
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) args[arg.slice(2)] = true;
        else { args[arg.slice(2)] = next; i++; }
    }
    return args;
}
