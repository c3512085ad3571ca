import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // One database for the whole run, created once here (PGlite start-up costs seconds, see FACTS.md)
    globalSetup: ['tests/global-setup.ts'],
    // Files run one after another: the embedded database is one session, and on 2 cores parallel files gain little.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
