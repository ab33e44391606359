import { storage } from '#imports';
import { isRecord } from '../validate';
import {
  SETTING_NAMES,
  SETTINGS,
  type Setting,
  type SettingName,
  type SettingValues,
  serially,
} from './items';
import { keepRecovered } from './recovered';

/** chrome.storage.sync's limit for one item (key + JSON value), in bytes. */
const SYNC_ITEM_BYTES = 8192;

/** Whether device copies are ahead of sync, and the note the user sees when sync fails. */
export interface SyncState {
  /** Settings whose latest value is only on this device. */
  pending: SettingName[];
  /** Plain-words note shown in the popup and options; null when sync works. */
  note: string | null;
}

/** Which device copies are ahead of sync, and the note about it. */
export const syncStateItem = storage.defineItem<SyncState>('local:syncState', {
  fallback: { pending: [], note: null },
  version: 1,
});

/** The sync bookkeeping, validated; never throws. */
export async function readSyncState(): Promise<SyncState> {
  const state: unknown = await syncStateItem.getValue().catch(() => null);
  if (!isRecord(state)) return { pending: [], note: null };
  const pending = Array.isArray(state.pending)
    ? state.pending.filter((n): n is SettingName => SETTING_NAMES.includes(n))
    : [];
  return { pending, note: typeof state.note === 'string' ? state.note : null };
}

function updateSyncState(change: (state: SyncState) => SyncState): Promise<void> {
  return serially(async () => {
    const before = await readSyncState();
    const after = change(before);
    if (JSON.stringify(before) !== JSON.stringify(after)) await syncStateItem.setValue(after);
  });
}

function explainSyncError(error: unknown, label: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/quota|MAX_/i.test(message))
    return `Browser sync is over its limit (${message}), so changes to your ${label} are saved on this device only for now. They sync again after your next change.`;
  return `Browser sync is not available (${message}), so your settings are saved on this device only.`;
}

/**
 * Reads one setting, validated: sync's value unless sync is unreadable, empty or behind this
 * device. Damaged values are repaired in storage and a copy is kept; never throws.
 */
export async function readSetting<N extends SettingName>(name: N): Promise<SettingValues[N]> {
  const setting: Setting<N> = SETTINGS[name];
  const { device, synced } = setting;
  const [localRaw, fromSync, state] = await Promise.all([
    device.getValue().catch((): unknown => null),
    synced.getValue().then(
      (value: unknown) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    ),
    readSyncState(),
  ]);
  const local = setting.check(localRaw ?? device.fallback, device.fallback);

  if (!fromSync.ok) {
    const note = explainSyncError(fromSync.error, setting.label);
    await updateSyncState((s) => (s.note === null ? { ...s, note } : s));
  } else if (state.note !== null && state.pending.length === 0) {
    // Sync answers again and nothing waits to be pushed: the old note no longer holds.
    await updateSyncState((s) => (s.pending.length === 0 ? { ...s, note: null } : s));
  }
  const useLocal = !fromSync.ok || fromSync.value == null || state.pending.includes(name);
  if (useLocal) {
    if (local.problems.length > 0) {
      await keepRecovered(setting.label, 'local', localRaw, local.problems);
      await device.setValue(local.value).catch(() => undefined);
    }
    return local.value;
  }
  const checked = setting.check(fromSync.value, local.value);
  if (checked.problems.length > 0) {
    await keepRecovered(setting.label, 'sync', fromSync.value, checked.problems);
    await Promise.all([
      device.setValue(checked.value).catch(() => undefined),
      synced.setValue(checked.value).catch(() => undefined),
    ]);
  }
  // No refresh of the device copy here: a reader racing a save could write back an old value.
  // The background keeps the device copy current (watchSyncToDevice).
  return checked.value;
}

/** What the result of a save means for the user. */
export interface SaveResult {
  /** True when the value also reached browser sync. */
  synced: boolean;
  /** Set when it did not: what to tell the user. */
  note: string | null;
}

/**
 * Saves one setting: always on this device first, then to browser sync when it fits. A failed
 * sync write leaves the device copy in charge and a note for the user; it never throws for that.
 */
export async function saveSetting<N extends SettingName>(
  name: N,
  value: SettingValues[N],
): Promise<SaveResult> {
  const setting: Setting<N> = SETTINGS[name];
  const clean = setting.check(value, setting.device.fallback).value;
  // Marked ahead before either write, so no reader ever prefers an older sync value.
  await updateSyncState((s) =>
    s.pending.includes(name) ? s : { ...s, pending: [...s.pending, name] },
  );
  await setting.device.setValue(clean);
  const bytes = new TextEncoder().encode(`${name}${JSON.stringify(clean)}`).length;
  if (bytes > SYNC_ITEM_BYTES - 64) {
    const [is, itIs] = setting.plural ? ['are', 'they are'] : ['is', 'it is'];
    const note = `Your ${setting.label} ${is} larger than browser sync allows for one item (8 KB), so ${itIs} saved on this device only.`;
    await updateSyncState((s) => ({ ...s, note }));
    return { synced: false, note };
  }
  try {
    await setting.synced.setValue(clean);
  } catch (error) {
    const note = explainSyncError(error, setting.label);
    await updateSyncState((s) => ({ ...s, note }));
    return { synced: false, note };
  }
  await updateSyncState((s) => {
    const pending = s.pending.filter((n) => n !== name);
    return { pending, note: pending.length === 0 ? null : s.note };
  });
  return { synced: true, note: null };
}

/**
 * Copies a valid value that arrived through sync into the device copy, unless this device holds
 * a newer one. Called by the background whenever a synced setting changes.
 */
export async function mirrorSyncToDevice<N extends SettingName>(
  name: N,
  value: unknown,
): Promise<void> {
  if (value == null) return;
  const setting: Setting<N> = SETTINGS[name];
  const { pending } = await readSyncState();
  if (pending.includes(name)) return;
  const checked = setting.check(value, setting.device.fallback);
  if (checked.problems.length > 0) return;
  const local: unknown = await setting.device.getValue().catch(() => null);
  if (JSON.stringify(local) !== JSON.stringify(checked.value))
    await setting.device.setValue(checked.value);
}

/** Watches every synced setting and mirrors it to the device; returns an unwatch. */
export function watchSyncToDevice(): () => void {
  const unwatchers = SETTING_NAMES.map((name) =>
    SETTINGS[name].synced.watch((value) => void mirrorSyncToDevice(name, value)),
  );
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}

/** Calls `onChange` whenever either copy of any synced setting changes; returns an unwatch. */
export function watchSettings(onChange: () => void): () => void {
  const unwatchers = SETTING_NAMES.flatMap((name) => [
    SETTINGS[name].synced.watch(onChange),
    SETTINGS[name].device.watch(onChange),
  ]);
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}

/** Tries again to sync every setting whose newest value is only on this device. */
export async function flushPending(): Promise<void> {
  const { pending } = await readSyncState();
  for (const name of pending) await saveSetting(name, await readSetting(name));
}
