// The fixture router both browser harnesses share: which local file answers a request to a real
// site URL, with which headers. Everything it does not answer is aborted and counted by the harness.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_HOSTS, SITE_IDS, type SiteId } from '../../lib/sites/ids';

/** Repository root (tests/e2e/../..). */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** Where scripts/build-fixtures.mjs writes the pages the router serves. */
export const fixturesDir = join(repoRoot, 'tests/fixtures/dist');

/** Host name -> fixture page served for every navigation on that host (the hosts of lib/sites). */
export const FIXTURE_HOSTS: Readonly<Record<string, SiteId>> = Object.fromEntries(
  SITE_IDS.flatMap((id) => SITE_HOSTS[id].map((host) => [host, id])),
);

/** The path each site opens at when a spec names none. */
export const DEFAULT_PATH: Readonly<Record<SiteId, string>> = {
  x: '/home',
  facebook: '/',
  linkedin: '/feed/',
};

/** Pages other than the site's main one, by path prefix (LinkedIn's hidden /preload/ frame). */
const SITE_PAGES: Readonly<Record<SiteId, ReadonlyArray<[prefix: string, page: string]>>> = {
  x: [],
  facebook: [],
  linkedin: [['/preload/', 'linkedin-preload']],
};

/** The CSP header LinkedIn's fixture documents carry (LinkedIn enforces Trusted Types). */
export const LINKEDIN_CSP = "require-trusted-types-for 'script'";

/** The built fixture pages and bundles by file name; throws with the build command when missing. */
export function loadFixtureFiles(): Map<string, Buffer> {
  if (!existsSync(join(fixturesDir, 'x.html')))
    throw new Error(
      `Fixtures are not built in ${fixturesDir}. Run: node scripts/build-fixtures.mjs`,
    );
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(fixturesDir)) {
    if (/\.(js|html)$/.test(name)) files.set(name, readFileSync(join(fixturesDir, name)));
  }
  return files;
}

/** A response the router serves in place of the real site. */
export interface FixtureResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

const CONTENT_TYPE: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/**
 * The fixture answer for `url`, or null when the request must be aborted: every navigation on a
 * site's https host gets that site's page, `/__fixtures/<file>` its bundle or frame page.
 */
export function fixtureResponse(
  files: ReadonlyMap<string, Buffer>,
  url: URL,
  navigation: boolean,
  opts: { trustedTypes: boolean },
): FixtureResponse | null {
  const site = url.protocol === 'https:' ? FIXTURE_HOSTS[url.hostname] : undefined;
  if (!site) return null;
  let file: string | undefined;
  if (url.pathname.startsWith('/__fixtures/')) {
    const name = url.pathname.slice('/__fixtures/'.length);
    if (name.endsWith('.js') || (navigation && name.endsWith('.html'))) file = name;
  } else if (navigation) {
    const page = SITE_PAGES[site].find(([prefix]) => url.pathname.startsWith(prefix))?.[1];
    file = `${page ?? site}.html`;
  } else if (url.pathname === '/favicon.ico') {
    return { status: 204, headers: {}, body: '' };
  }
  const body = file ? files.get(file) : undefined;
  if (!file || !body) return null;
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPE[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  };
  if (site === 'linkedin' && file.endsWith('.html') && opts.trustedTypes)
    headers['content-security-policy'] = LINKEDIN_CSP;
  return { status: 200, headers, body };
}
