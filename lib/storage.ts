import { storage } from '#imports';
import type { Profile, Settings } from './engine/types';
import type { SiteId } from './sites/ids';

/** Everything the user sets, as the content script and popup read it. */
export interface Prefs {
  profile: Profile;
  settings: Settings;
  sites: Record<SiteId, boolean>;
  /** Epoch ms until which WhyFirst is paused everywhere; 0 = not paused. */
  pausedUntil: number;
}

export const DEFAULT_PREFS: Prefs = {
  profile: { mission: '', passions: [] },
  settings: {
    sensitivity: 'normal',
    disabledRules: [],
    disabledCategories: [],
    extraSalesyWords: [],
    allowedWords: [],
  },
  sites: { x: true, facebook: true, linkedin: true },
  pausedUntil: 0,
};

export const profileItem = storage.defineItem<Profile>('sync:profile', {
  fallback: DEFAULT_PREFS.profile,
  version: 1,
});
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_PREFS.settings,
  version: 1,
});
export const sitesItem = storage.defineItem<Record<SiteId, boolean>>('sync:sites', {
  fallback: DEFAULT_PREFS.sites,
  version: 1,
});
export const pausedUntilItem = storage.defineItem<number>('local:pausedUntil', {
  fallback: 0,
  version: 1,
});

/** Reads all preferences. */
export async function loadPrefs(): Promise<Prefs> {
  const [profile, settings, sites, pausedUntil] = await Promise.all([
    profileItem.getValue(),
    settingsItem.getValue(),
    sitesItem.getValue(),
    pausedUntilItem.getValue(),
  ]);
  return { profile, settings, sites, pausedUntil };
}

/** Calls `onChange` with fresh preferences whenever any of them changes; returns an unwatch. */
export function watchPrefs(onChange: (prefs: Prefs) => void): () => void {
  const reload = () => void loadPrefs().then(onChange);
  const unwatchers = [profileItem, settingsItem, sitesItem, pausedUntilItem].map((item) =>
    item.watch(reload),
  );
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}

/** True when WhyFirst should attach on this site now. */
export function isActiveOn(prefs: Prefs, site: SiteId, now = Date.now()): boolean {
  return prefs.sites[site] !== false && prefs.pausedUntil <= now;
}
