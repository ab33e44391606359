import { defineConfig } from 'vitest/config';

// The specs written against the driver interface (tests/e2e/driver.ts) again, in Firefox, and the
// Firefox harness's own check. The config's process (global setup) and its workers read the
// browser from here.
process.env.WHYFIRST_BROWSER = 'firefox';

export default defineConfig({
  test: {
    include: [
      'tests/e2e/composer-matrix.e2e.ts',
      'tests/e2e/popup-memory.e2e.ts',
      'tests/e2e/firefox/**/*.e2e.ts',
    ],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
