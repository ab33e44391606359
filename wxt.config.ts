import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Separate output folders let parallel builds (and e2e runs) stay out of each other's way.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // The Firefox sources package holds what a reviewer needs to rebuild, not builds or reports.
  zip: {
    excludeSources: [
      '.output*/**',
      'dist/**',
      'reports/**',
      'coverage/**',
      'test-results/**',
      '**/*.log',
      'stats.html',
    ],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'WhyFirst',
    description:
      'Write posts like a person, not an ad: an on-device meter between authentic and salesy for X, Facebook and LinkedIn.',
    permissions: ['storage'],
    host_permissions: [
      'https://x.com/*',
      'https://twitter.com/*',
      'https://www.facebook.com/*',
      'https://web.facebook.com/*',
      'https://www.linkedin.com/*',
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'whyfirst@whyfirst.app',
              // data_collection_permissions is understood from Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
