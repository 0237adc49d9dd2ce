// Replays a failing property run: fast-check prints `seed: N`; CHISO_FUZZ_SEED=N (with the same
// CHISO_FUZZ_RUNS) runs the same cases again.
import fc from 'fast-check';

const seed = process.env.CHISO_FUZZ_SEED;
if (seed !== undefined && seed !== '') {
    if (!/^-?\d+$/.test(seed)) throw new Error(`CHISO_FUZZ_SEED must be a whole number (fast-check's "seed: N"), not ${JSON.stringify(seed)}`);
    fc.configureGlobal({ seed: Number(seed) });
}
