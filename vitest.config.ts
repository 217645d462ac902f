import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two test files at a time even on a two-core machine (vitest's default there is one): most files wait
    // on loopback servers, PostgreSQL or Chromium, and run beside the CPU-bound golden sets.
    maxWorkers: 2,
  },
});
