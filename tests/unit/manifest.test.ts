// Pins what the built manifests promise users and stores, so a change to them is a deliberate one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const outDir = '.output-manifest-test';
const HOSTS = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://www.linkedin.com/*',
];
const ICON_SIZES = [16, 32, 48, 96, 128];

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  description: string;
};
const readmeName = /^# (.+)$/m.exec(readFileSync(join(root, 'README.md'), 'utf8'))?.[1];

type Manifest = Record<string, unknown> & {
  name: string;
  description: string;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  icons?: Record<string, string>;
  content_scripts?: { matches: string[] }[];
};

const manifests: Record<'chrome' | 'firefox', Manifest> = {} as never;

function build(browser: 'chrome' | 'firefox'): Manifest {
  const result = spawnSync('npx', ['wxt', 'build', '-b', browser], {
    cwd: root,
    env: { ...process.env, WXT_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`wxt build -b ${browser} failed:\n${result.stdout}\n${result.stderr}`);
  }
  const folder = browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2';
  return JSON.parse(readFileSync(join(root, outDir, folder, 'manifest.json'), 'utf8'));
}

beforeAll(() => {
  manifests.chrome = build('chrome');
  manifests.firefox = build('firefox');
}, 300_000);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each(['chrome', 'firefox'] as const)('%s manifest', (browser) => {
  const folder = browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2';

  test('name, description and version agree with package.json and the README', () => {
    const m = manifests[browser];
    expect(m.name).toBe(readmeName);
    expect(m.name.toLowerCase()).toBe(pkg.name);
    expect(m.description).toBe(pkg.description);
    expect(m.version).toBe(pkg.version);
  });

  test('asks for nothing broad: no <all_urls>, no tabs, no wildcard hosts', () => {
    const json = JSON.stringify(manifests[browser]);
    expect(json).not.toContain('<all_urls>');
    expect(json).not.toMatch(/"\*:\/\/|:\/\/\*\//);
    expect(manifests[browser].permissions).not.toContain('tabs');
    expect(manifests[browser]).not.toHaveProperty('optional_permissions');
  });

  test('content scripts run only on the five hosts', () => {
    const matches = (manifests[browser].content_scripts ?? []).flatMap((c) => c.matches);
    for (const match of matches) expect(HOSTS).toContain(match);
  });

  test('icons at every store size, each a PNG of that size', () => {
    const icons = manifests[browser].icons ?? {};
    expect(
      Object.keys(icons)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(ICON_SIZES);
    for (const size of ICON_SIZES) {
      const file = join(root, outDir, folder, icons[String(size)] as string);
      expect(pngSize(file)).toEqual([size, size]);
    }
  });
});

test('chrome: permissions are exactly storage, hosts exactly the five sites', () => {
  expect(manifests.chrome.manifest_version).toBe(3);
  expect(manifests.chrome.permissions).toEqual(['storage']);
  expect([...(manifests.chrome.host_permissions ?? [])].sort()).toEqual([...HOSTS].sort());
});

test('firefox (MV2 lists hosts under permissions): storage plus exactly the five sites', () => {
  expect(manifests.firefox.manifest_version).toBe(2);
  expect(manifests.firefox).not.toHaveProperty('host_permissions');
  expect([...(manifests.firefox.permissions ?? [])].sort()).toEqual(['storage', ...HOSTS].sort());
});

test('firefox declares its gecko id and that it collects no data', () => {
  const gecko = (manifests.firefox.browser_specific_settings as { gecko?: Record<string, unknown> })
    ?.gecko;
  expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  expect(manifests.chrome).not.toHaveProperty('browser_specific_settings');
});

test('the committed icons are exactly what scripts/make-icons.mjs draws', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whyfirst-icons-'));
  try {
    const result = spawnSync(process.execPath, [join(root, 'scripts/make-icons.mjs'), dir], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(ICON_SIZES.map((s) => `${s}.png`).sort());
    for (const size of ICON_SIZES) {
      const drawn = readFileSync(join(dir, `${size}.png`));
      expect(drawn.equals(readFileSync(join(root, 'public/icon', `${size}.png`)))).toBe(true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
