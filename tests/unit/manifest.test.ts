// Pins what the built manifests promise users and stores, so a change to them is a deliberate one.
// It reads the builds `npm test` makes before the unit tests (.output), building them only if absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteMatchPatterns } from '../../lib/sites/ids';

const root = join(import.meta.dirname, '../..');
const outDir = process.env.WXT_OUT_DIR ?? '.output';
const HOSTS = siteMatchPatterns();
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
  content_scripts?: { matches: string[]; js?: string[]; all_frames?: boolean }[];
  web_accessible_resources?: unknown;
};

const manifests: Record<'chrome' | 'firefox', Manifest> = {} as never;
const FOLDER = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' } as const;

function manifestOf(browser: 'chrome' | 'firefox'): Manifest {
  const file = join(root, outDir, FOLDER[browser], 'manifest.json');
  if (!existsSync(file)) {
    const result = spawnSync('npx', ['wxt', 'build', '-b', browser], {
      cwd: root,
      env: { ...process.env, WXT_OUT_DIR: outDir },
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(`wxt build -b ${browser} failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

beforeAll(() => {
  manifests.chrome = manifestOf('chrome');
  manifests.firefox = manifestOf('firefox');
}, 300_000);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each(['chrome', 'firefox'] as const)('%s manifest', (browser) => {
  const folder = FOLDER[browser];

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

  test('one small boot script in every frame of the sites, matched from lib/sites', () => {
    const scripts = manifests[browser].content_scripts ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.matches).toEqual(HOSTS);
    expect(scripts[0]?.js).toEqual(['composer-boot.js']);
    expect(scripts[0]?.all_frames).toBe(true);
  });

  test('nothing is web-accessible: a page cannot load or probe our files', () => {
    expect(manifests[browser]).not.toHaveProperty('web_accessible_resources');
  });

  test('the boot script stays small and the composer UI is packaged for injection', () => {
    const boot = readFileSync(join(root, outDir, folder, 'composer-boot.js'));
    expect(boot.length).toBeLessThanOrEqual(50_000);
    expect(existsSync(join(root, outDir, folder, 'composer-ui.js'))).toBe(true);
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

test('chrome: permissions are exactly storage and scripting, hosts exactly the sites', () => {
  expect(manifests.chrome.manifest_version).toBe(3);
  expect(manifests.chrome.permissions).toEqual(['storage', 'scripting']);
  expect([...(manifests.chrome.host_permissions ?? [])].sort()).toEqual([...HOSTS].sort());
});

test('firefox (MV2 lists hosts under permissions): storage plus exactly the sites', () => {
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
