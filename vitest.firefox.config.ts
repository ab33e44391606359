import { configDefaults, defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

// The specs written against the driver interface (tests/e2e/driver.ts) again, in Firefox, and the
// Firefox harness's own check, with the e2e config's setup and limits. The config's process
// (global setup) and its workers read the browser from here.
process.env.WHYFIRST_BROWSER = 'firefox';

export default defineConfig({
  test: {
    ...e2e.test,
    include: [
      'tests/e2e/composer-matrix.e2e.ts',
      'tests/e2e/popup-memory.e2e.ts',
      'tests/e2e/firefox/**/*.e2e.ts',
    ],
    exclude: configDefaults.exclude,
  },
});
