import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    // Bundle smoke tests spawn Node processes; two workers match the 2-core machines.
    pool: 'forks',
  },
});
