import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        setupFiles: ['./scripts/fuzz-seed.mjs'],
        testTimeout: 30_000,
        pool: 'forks',
    },
});
