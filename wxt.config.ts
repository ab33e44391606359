import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { siteMatchPatterns } from './lib/sites/ids';

const SITE_MATCHES = siteMatchPatterns();

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
  // One promise-based `browser` API in Chrome and Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => ({
    plugins: [preact()],
    // Chrome's service worker loads compromise when first used (lib/background/compromise-lazy.ts);
    // Firefox's background page is persistent and bundles it as usual.
    resolve:
      env.command === 'build' && env.browser !== 'firefox'
        ? {
            alias: {
              compromise: fileURLToPath(
                new URL('./lib/background/compromise-lazy.ts', import.meta.url),
              ),
            },
          }
        : {},
  }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      files.push({
        // compromise's `require` entry is its single-file build, which sets `self.nlp`.
        absoluteSrc: createRequire(import.meta.url).resolve('compromise'),
        relativeDest: 'compromise.js',
      });
    },
  },
  manifest: ({ browser }) => ({
    name: 'WhyFirst',
    description:
      'Write posts like a person, not an ad: an on-device meter between authentic and salesy for X, Facebook and LinkedIn.',
    // Chrome injects the composer UI with `scripting`; Firefox (MV2) with tabs.executeScript,
    // which the host permissions already allow.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'scripting'],
    host_permissions: SITE_MATCHES,
    // The boot script is a WXT unlisted script listed here by hand: WXT's own content scripts
    // announce themselves to every page they run in (see entrypoints/composer-boot.ts).
    content_scripts: [
      {
        matches: SITE_MATCHES,
        js: ['composer-boot.js'],
        all_frames: true,
        run_at: 'document_idle',
      },
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
