/** The sites WhyFirst attaches to. */
export const SITE_IDS = ['x', 'facebook', 'linkedin'] as const;
export type SiteId = (typeof SITE_IDS)[number];

/**
 * The hostnames each site serves its composers on: the one list the manifest's matches and host
 * permissions, the content scripts' routing, the tests and the e2e harness derive from.
 */
export const SITE_HOSTS: Readonly<Record<SiteId, readonly string[]>> = {
  x: ['x.com', 'twitter.com'],
  facebook: ['www.facebook.com', 'web.facebook.com'],
  linkedin: ['www.linkedin.com'],
};

const BY_HOST = new Map<string, SiteId>(
  SITE_IDS.flatMap((id) => SITE_HOSTS[id].map((host) => [host, id] as const)),
);

/** Which site a hostname belongs to (exact match), or null. */
export function siteForHost(host: string): SiteId | null {
  return BY_HOST.get(host) ?? null;
}

/** Match patterns for every site host (`https://HOST/*`), for the manifest. */
export function siteMatchPatterns(): string[] {
  return SITE_IDS.flatMap((id) => SITE_HOSTS[id].map((host) => `https://${host}/*`));
}
