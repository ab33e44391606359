/** The sites WhyFirst attaches to. */
export const SITE_IDS = ['x', 'facebook', 'linkedin'] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** Which site a hostname belongs to, or null. */
export function siteForHost(host: string): SiteId | null {
  if (
    host === 'x.com' ||
    host === 'twitter.com' ||
    host.endsWith('.x.com') ||
    host.endsWith('.twitter.com')
  )
    return 'x';
  if (host === 'www.facebook.com' || host === 'web.facebook.com') return 'facebook';
  if (host === 'www.linkedin.com') return 'linkedin';
  return null;
}
