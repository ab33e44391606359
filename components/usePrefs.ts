import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { UNSAVED_PORT, type UnsavedMessage } from '../lib/messages';
import {
  flushPending,
  loadPrefs,
  loadStatus,
  type Prefs,
  type SaveResult,
  type SettingName,
  type SettingValues,
  type StorageStatus,
  saveSetting,
  watchPrefs,
  watchStatus,
} from '../lib/storage';

/** Merges a change into the newest value of one setting, shows it at once, and saves it. */
type Saver<N extends SettingName> = (change: Partial<SettingValues[N]>) => Promise<SaveResult>;

/** Live preferences for a page, with savers that merge into the newest values. */
export interface PrefsHandle {
  /** Null until the first read finishes. */
  prefs: Prefs | null;
  status: StorageStatus;
  saveProfile: Saver<'profile'>;
  saveSettings: Saver<'settings'>;
  saveSites: Saver<'sites'>;
  saveKinds: Saver<'kinds'>;
  /** Hands typed-but-unsaved mission text to the background, which saves it if the page closes. */
  noteUnsavedMission: (mission: string | null) => void;
}

/** Loads and watches preferences and the storage status for a page's lifetime. */
export function usePrefs(): PrefsHandle {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [status, setStatus] = useState<StorageStatus>({ syncNote: null, recovered: [] });
  const latest = useRef<Prefs | null>(null);
  const port = useRef<ReturnType<typeof browser.runtime.connect> | null>(null);

  const adopt = useCallback((next: Prefs) => {
    latest.current = next;
    setPrefs(next);
  }, []);

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
      port.current?.disconnect();
    };
  }, [adopt]);

  const saver =
    <N extends SettingName>(name: N): Saver<N> =>
    async (change) => {
      const current = latest.current;
      if (!current) return { synced: false, note: null };
      const value = { ...current[name], ...change };
      adopt({ ...current, [name]: value });
      return saveSetting(name, value);
    };
  return {
    prefs,
    status,
    noteUnsavedMission: (mission) => {
      try {
        port.current ??= browser.runtime.connect({ name: UNSAVED_PORT });
        const message: UnsavedMessage =
          mission === null ? { kind: 'mission/saved' } : { kind: 'mission/unsaved', mission };
        port.current.postMessage(message);
      } catch {
        // After an extension update this page is orphaned; the normal save still runs.
        port.current = null;
      }
    },
    saveProfile: saver('profile'),
    saveSettings: saver('settings'),
    saveSites: saver('sites'),
    saveKinds: saver('kinds'),
  };
}
