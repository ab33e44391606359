import { configDefaults, defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time (2-core machines), generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // Firefox's own specs run in vitest.firefox.config.ts.
    exclude: [...configDefaults.exclude, 'tests/e2e/firefox/**'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
