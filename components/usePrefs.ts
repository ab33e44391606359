import { useEffect, useRef, useState } from 'preact/hooks';
import type { Profile, Settings } from '../lib/engine/types';
import {
  flushPending,
  loadPrefs,
  loadStatus,
  type Prefs,
  type SaveResult,
  type StorageStatus,
  saveSetting,
  watchPrefs,
  watchStatus,
} from '../lib/storage';
import type { SiteSwitches } from '../lib/validate';

/** Live preferences for a page, with savers that merge into the newest values. */
export interface PrefsHandle {
  /** Null until the first read finishes. */
  prefs: Prefs | null;
  status: StorageStatus;
  saveProfile: (change: Partial<Profile>) => Promise<SaveResult>;
  saveSettings: (change: Partial<Settings>) => Promise<SaveResult>;
  saveSites: (change: Partial<SiteSwitches>) => Promise<SaveResult>;
}

/** Loads and watches preferences and the storage status for a page's lifetime. */
export function usePrefs(): PrefsHandle {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [status, setStatus] = useState<StorageStatus>({ syncNote: null, recovered: [] });
  const latest = useRef<Prefs | null>(null);

  const adopt = (next: Prefs) => {
    latest.current = next;
    setPrefs(next);
  };

  useEffect(() => {
    let live = true;
    void loadPrefs().then((p) => {
      if (live && latest.current === null) adopt(p);
    });
    void loadStatus().then((s) => live && setStatus(s));
    void flushPending();
    const unwatchPrefs = watchPrefs((p) => live && adopt(p));
    const unwatchStatus = watchStatus((s) => live && setStatus(s));
    return () => {
      live = false;
      unwatchPrefs();
      unwatchStatus();
    };
  }, []);

  const base = () => latest.current ?? null;
  return {
    prefs,
    status,
    saveProfile: async (change) => {
      const current = base();
      if (!current) return { synced: false, note: null };
      const profile = { ...current.profile, ...change };
      adopt({ ...current, profile });
      return saveSetting('profile', profile);
    },
    saveSettings: async (change) => {
      const current = base();
      if (!current) return { synced: false, note: null };
      const settings = { ...current.settings, ...change };
      adopt({ ...current, settings });
      return saveSetting('settings', settings);
    },
    saveSites: async (change) => {
      const current = base();
      if (!current) return { synced: false, note: null };
      const sites = { ...current.sites, ...change };
      adopt({ ...current, sites });
      return saveSetting('sites', sites);
    },
  };
}
