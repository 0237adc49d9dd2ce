// Replays a failing property run: fast-check prints `seed: N`; CHISO_FUZZ_SEED=N (with the same
// CHISO_FUZZ_RUNS) runs the same cases again.
import fc from 'fast-check';

if (process.env.CHISO_FUZZ_SEED) fc.configureGlobal({ seed: Number(process.env.CHISO_FUZZ_SEED) });
