import type { SiteId } from '../sites/ids';
import type { ComposerKind } from '../sites/kinds';
import { checkPausedUntil } from '../validate';
import { pausedUntilItem, SETTINGS, type SettingValues } from './items';
import { keepRecovered, type RecoveredEntry, readRecovered, recoveredItem } from './recovered';
import {
  readSetting,
  readSyncState,
  type SaveResult,
  saveSetting,
  syncStateItem,
  watchSettings,
} from './sync';

/** Everything the user sets, as the content script and the extension's pages read it. */
export interface Prefs extends SettingValues {
  /** Epoch ms until which WhyFirst is paused everywhere; 0 = not paused. */
  pausedUntil: number;
}

/** What a new user starts with. */
export const DEFAULT_PREFS: Prefs = {
  profile: SETTINGS.profile.device.fallback,
  settings: SETTINGS.settings.device.fallback,
  sites: SETTINGS.sites.device.fallback,
  kinds: SETTINGS.kinds.device.fallback,
  pausedUntil: pausedUntilItem.fallback,
};

async function readPausedUntil(now: number): Promise<number> {
  const raw: unknown = await pausedUntilItem.getValue().catch(() => null);
  const checked = checkPausedUntil(raw, now);
  if (checked.problems.length > 0) {
    await keepRecovered('pause', 'local', raw, checked.problems);
    await pausedUntilItem.setValue(checked.value).catch(() => undefined);
  }
  return checked.value;
}

/** Reads all preferences, validated; never throws and never returns untrusted values. */
export async function loadPrefs(now = Date.now()): Promise<Prefs> {
  const [profile, settings, sites, kinds, pausedUntil] = await Promise.all([
    readSetting('profile'),
    readSetting('settings'),
    readSetting('sites'),
    readSetting('kinds'),
    readPausedUntil(now),
  ]);
  return { profile, settings, sites, kinds, pausedUntil };
}

/**
 * Calls `onChange` with fresh preferences whenever any of them changes, and once more when a
 * pause ends; returns an unwatch. Results arrive in order: a slow older read never wins.
 */
export function watchPrefs(onChange: (prefs: Prefs) => void): () => void {
  let latest = 0;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  const reload = () => {
    const ticket = ++latest;
    void loadPrefs().then((prefs) => {
      if (ticket !== latest) return;
      clearTimeout(pauseTimer);
      const left = prefs.pausedUntil - Date.now();
      if (left > 0) pauseTimer = setTimeout(reload, left + 50);
      onChange(prefs);
    });
  };
  const unwatchSettings = watchSettings(reload);
  const unwatchPause = pausedUntilItem.watch(reload);
  void loadPrefs().then((prefs) => {
    const left = prefs.pausedUntil - Date.now();
    if (left > 0 && latest === 0) pauseTimer = setTimeout(reload, left + 50);
  });
  return () => {
    latest = -1;
    clearTimeout(pauseTimer);
    unwatchSettings();
    unwatchPause();
  };
}

/** True when WhyFirst should attach on this site now. */
export function isActiveOn(prefs: Prefs, site: SiteId, now = Date.now()): boolean {
  return prefs.sites[site] !== false && prefs.pausedUntil <= now;
}

/** True when the user wants WhyFirst on this kind of composer (the site and pause aside). */
export function isKindActive(prefs: Prefs, kind: ComposerKind): boolean {
  return prefs.kinds[kind] !== false;
}

/** Pauses WhyFirst everywhere on this device until `until` (epoch ms); 0 resumes. */
export async function setPausedUntil(until: number): Promise<void> {
  await pausedUntilItem.setValue(Math.max(0, until));
}

/** Saves the mission into the newest stored profile (used when a page closed before saving). */
export async function saveMission(mission: string): Promise<SaveResult> {
  const profile = await readSetting('profile');
  if (profile.mission === mission) return { synced: true, note: null };
  return saveSetting('profile', { ...profile, mission });
}

/** What the popup and options show besides the settings themselves. */
export interface StorageStatus {
  syncNote: string | null;
  recovered: RecoveredEntry[];
}

/** The current sync note and kept copies of rejected data. */
export async function loadStatus(): Promise<StorageStatus> {
  const [state, recovered] = await Promise.all([readSyncState(), readRecovered()]);
  return { syncNote: state.note, recovered };
}

/** Calls `onChange` whenever the sync note or the kept copies change; returns an unwatch. */
export function watchStatus(onChange: (status: StorageStatus) => void): () => void {
  const reload = () => void loadStatus().then(onChange);
  const unwatchers = [syncStateItem.watch(reload), recoveredItem.watch(reload)];
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}
