import { defineConfig } from 'vitest/config';

// The cross-browser specs again, in Firefox, and the Firefox harness's own check. The config's
// process (global setup) and its workers read the browser from here.
process.env.WHYFIRST_BROWSER = 'firefox';

export default defineConfig({
  test: {
    include: ['tests/e2e/cross-browser.e2e.ts', 'tests/e2e/firefox/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
