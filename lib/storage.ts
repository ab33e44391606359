import { storage } from '#imports';
import { type Backup, parseBackup, serializeBackup } from './backup';
import type { Profile, Settings } from './engine/types';
import type { SiteId } from './sites/ids';
import {
  type Checked,
  checkPausedUntil,
  checkProfile,
  checkSettings,
  checkSites,
  type SiteSwitches,
  tidyList,
} from './validate';

/** Everything the user sets, as the content script and popup read it. */
export interface Prefs {
  profile: Profile;
  settings: Settings;
  sites: Record<SiteId, boolean>;
  /** Epoch ms until which WhyFirst is paused everywhere; 0 = not paused. */
  pausedUntil: number;
}

/** What a new user starts with. */
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

/** The settings that sync between the user's browsers. */
export type SettingName = 'profile' | 'settings' | 'sites';
type SettingValue = { profile: Profile; settings: Settings; sites: SiteSwitches };

/** chrome.storage.sync's limit for one item (key + JSON value), in bytes. */
export const SYNC_ITEM_BYTES = 8192;

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function tidyField(value: Record<string, unknown>, field: string): Record<string, unknown> {
  const list = value[field];
  if (!Array.isArray(list)) return value;
  const strings = list.filter((item): item is string => typeof item === 'string');
  // Entries that are not text are left for validation to report, not dropped silently here.
  return {
    ...value,
    [field]: [...tidyList(strings), ...list.filter((i) => typeof i !== 'string')],
  };
}

/**
 * Stored-format history. v1 (first release) stored lists as typed; v2 stores passions and word
 * lists trimmed, without blanks or case-insensitive duplicates.
 */
export const MIGRATIONS = {
  profile: {
    2: (v: unknown) => (isRecord(v) ? tidyField(v, 'passions') : v),
  },
  settings: {
    2: (v: unknown) =>
      isRecord(v)
        ? tidyField(tidyField(tidyField(v, 'extraSalesyWords'), 'allowedWords'), 'disabledRules')
        : v,
  },
  sites: {},
} as const;

/** The current stored version of each setting. */
export const VERSIONS = { profile: 2, settings: 2, sites: 1 } as const;

interface Spec<N extends SettingName> {
  label: string;
  /** For the grammar of notes ("settings are", "profile is"). */
  plural: boolean;
  fallback: SettingValue[N];
  check: (raw: unknown, lastGood: SettingValue[N]) => Checked<SettingValue[N]>;
}

const SPECS: { [N in SettingName]: Spec<N> } = {
  profile: {
    label: 'profile',
    plural: false,
    fallback: DEFAULT_PREFS.profile,
    check: checkProfile,
  },
  settings: {
    label: 'settings',
    plural: true,
    fallback: DEFAULT_PREFS.settings,
    check: checkSettings,
  },
  sites: { label: 'site switches', plural: true, fallback: DEFAULT_PREFS.sites, check: checkSites },
};

// Each setting lives in sync storage and, as the device's own copy, in local storage.
function defineSetting(name: SettingName) {
  const options = { version: VERSIONS[name], migrations: MIGRATIONS[name] };
  return {
    sync: storage.defineItem<unknown>(`sync:${name}`, options),
    local: storage.defineItem<unknown>(`local:${name}`, options),
  };
}

/** The profile in sync storage and its device copy. */
export const profileItems = defineSetting('profile');
/** The settings in sync storage and their device copy. */
export const settingsItems = defineSetting('settings');
/** The per-site switches in sync storage and their device copy. */
export const sitesItems = defineSetting('sites');
const ITEMS = { profile: profileItems, settings: settingsItems, sites: sitesItems };

/** Device-local on purpose: a pause on one computer should not silence the others. */
export const pausedUntilItem = storage.defineItem<unknown>('local:pausedUntil', {
  version: 1,
  migrations: {},
});

/** Whether the device copy is ahead of sync, and the note the user sees when sync fails. */
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

/** A copy of data that failed validation, kept so nothing the user wrote is lost. */
export interface RecoveredEntry {
  id: string;
  /** ISO time it was found. */
  at: string;
  /** Which setting, in words ("profile", "settings", ...). */
  setting: string;
  /** Where it came from. */
  source: 'sync' | 'local' | 'import';
  /** The rejected value exactly as stored, as JSON text. */
  raw: string;
  problems: string[];
}

/** The most recent copies kept; older ones go first. */
export const MAX_RECOVERED = 20;
/** The longest single copy kept, in characters. */
export const MAX_RECOVERED_CHARS = 500_000;

/** Copies of rejected data, oldest first. */
export const recoveredItem = storage.defineItem<RecoveredEntry[]>('local:recovered', {
  fallback: [],
  version: 1,
});

// One read-modify-write at a time per page for the small bookkeeping items.
let bookkeeping: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const next = bookkeeping.then(task, task);
  bookkeeping = next.catch(() => undefined);
  return next;
}

function toJson(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

/** Keeps a copy of a rejected value (once per distinct value) for the options page. */
export function keepRecovered(
  setting: string,
  source: RecoveredEntry['source'],
  raw: unknown,
  problems: string[],
): Promise<void> {
  return serially(async () => {
    const full = typeof raw === 'string' && source === 'import' ? raw : toJson(raw);
    // Keeps the copy from filling the device's storage quota on its own.
    const json = full.length > MAX_RECOVERED_CHARS ? full.slice(0, MAX_RECOVERED_CHARS) : full;
    if (json !== full)
      problems = [
        ...problems,
        `Only the first ${MAX_RECOVERED_CHARS} characters were kept as a copy.`,
      ];
    const list = await readRecovered();
    if (list.some((entry) => entry.setting === setting && entry.raw === json)) return;
    const entry: RecoveredEntry = {
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      at: new Date().toISOString(),
      setting,
      source,
      raw: json,
      problems,
    };
    await recoveredItem.setValue([...list, entry].slice(-MAX_RECOVERED));
  });
}

async function readRecovered(): Promise<RecoveredEntry[]> {
  const list = await recoveredItem.getValue().catch(() => []);
  // Our own bookkeeping is validated too; an unreadable list is replaced, not trusted.
  return Array.isArray(list)
    ? list.filter(
        (e): e is RecoveredEntry =>
          isRecord(e) && typeof e.id === 'string' && typeof e.raw === 'string',
      )
    : [];
}

/** Removes one kept copy (the user has downloaded or dismissed it). */
export function dismissRecovered(id: string): Promise<void> {
  return serially(async () => {
    const list = await readRecovered();
    await recoveredItem.setValue(list.filter((entry) => entry.id !== id));
  });
}

async function readSyncState(): Promise<SyncState> {
  const state = await syncStateItem.getValue().catch(() => null);
  if (!isRecord(state)) return { pending: [], note: null };
  const pending = Array.isArray(state.pending)
    ? state.pending.filter((n): n is SettingName => n in SPECS)
    : [];
  return { pending, note: typeof state.note === 'string' ? state.note : null };
}

function updateSyncState(change: (state: SyncState) => SyncState): Promise<void> {
  return serially(async () => {
    const before = await readSyncState();
    const after = change(before);
    if (toJson(before) !== toJson(after)) await syncStateItem.setValue(after);
  });
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Explains a failed sync write in plain words. */
export function explainSyncError(error: unknown, label: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/quota|MAX_/i.test(message))
    return `Browser sync is over its limit (${message}), so changes to your ${label} are saved on this device only for now. They sync again after your next change.`;
  return `Browser sync is not available (${message}), so your settings are saved on this device only.`;
}

async function readSetting<N extends SettingName>(name: N): Promise<SettingValue[N]> {
  const spec = SPECS[name] as Spec<N>;
  const items = ITEMS[name];
  const [localRaw, fromSync, state] = await Promise.all([
    items.local.getValue().catch(() => null),
    items.sync.getValue().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    ),
    readSyncState(),
  ]);
  const local = localRaw == null ? null : spec.check(localRaw, spec.fallback);
  const localGood = local?.value ?? spec.fallback;

  if (!fromSync.ok) {
    const note = explainSyncError(fromSync.error, spec.label);
    await updateSyncState((s) => (s.note === null ? { ...s, note } : s));
  } else if (state.note !== null && state.pending.length === 0) {
    // Sync answers again and nothing waits to be pushed: the old note no longer holds.
    await updateSyncState((s) => (s.pending.length === 0 ? { ...s, note: null } : s));
  }
  const useLocal = !fromSync.ok || fromSync.value == null || state.pending.includes(name);
  if (useLocal) {
    if (local && local.problems.length > 0) {
      await keepRecovered(spec.label, 'local', localRaw, local.problems);
      await items.local.setValue(local.value).catch(() => undefined);
    }
    return localGood;
  }
  const checked = spec.check(fromSync.value, localGood);
  if (checked.problems.length > 0) {
    await keepRecovered(spec.label, 'sync', fromSync.value, checked.problems);
    await Promise.all([
      items.local.setValue(checked.value).catch(() => undefined),
      items.sync.setValue(checked.value).catch(() => undefined),
    ]);
  }
  // No refresh of the device copy here: a reader racing a save could write back an old value.
  // The background keeps the device copy current (mirrorSyncToDevice).
  return checked.value;
}

async function readPausedUntil(now: number): Promise<number> {
  const raw = await pausedUntilItem.getValue().catch(() => null);
  const checked = checkPausedUntil(raw, now);
  if (checked.problems.length > 0) {
    await keepRecovered('pause', 'local', raw, checked.problems);
    await pausedUntilItem.setValue(checked.value).catch(() => undefined);
  }
  return checked.value;
}

/** Reads all preferences, validated; never throws and never returns untrusted values. */
export async function loadPrefs(now = Date.now()): Promise<Prefs> {
  const [profile, settings, sites, pausedUntil] = await Promise.all([
    readSetting('profile'),
    readSetting('settings'),
    readSetting('sites'),
    readPausedUntil(now),
  ]);
  return { profile, settings, sites, pausedUntil };
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
  value: SettingValue[N],
): Promise<SaveResult> {
  const spec = SPECS[name] as Spec<N>;
  const items = ITEMS[name];
  const clean = spec.check(value, spec.fallback).value;
  // Marked ahead before either write, so no reader ever prefers an older sync value.
  await updateSyncState((s) =>
    s.pending.includes(name) ? s : { ...s, pending: [...s.pending, name] },
  );
  await items.local.setValue(clean);
  const bytes = byteLength(`${name}${JSON.stringify(clean)}`);
  if (bytes > SYNC_ITEM_BYTES - 64) {
    const [is, itIs] = spec.plural ? ['are', 'they are'] : ['is', 'it is'];
    const note = `Your ${spec.label} ${is} larger than browser sync allows for one item (8 KB), so ${itIs} saved on this device only.`;
    await updateSyncState((s) => ({ ...s, note }));
    return { synced: false, note };
  }
  try {
    await items.sync.setValue(clean);
  } catch (error) {
    const note = explainSyncError(error, spec.label);
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
export async function mirrorSyncToDevice(name: SettingName, value: unknown): Promise<void> {
  if (value == null) return;
  const spec = SPECS[name];
  const { pending } = await readSyncState();
  if (pending.includes(name)) return;
  const checked = spec.check(value, spec.fallback as never);
  if (checked.problems.length > 0) return;
  const local = await ITEMS[name].local.getValue().catch(() => null);
  if (toJson(local) !== toJson(checked.value)) await ITEMS[name].local.setValue(checked.value);
}

/** Watches every synced setting and mirrors it to the device; returns an unwatch. */
export function watchSyncToDevice(): () => void {
  const unwatchers = (Object.keys(ITEMS) as SettingName[]).map((name) =>
    ITEMS[name].sync.watch((value) => void mirrorSyncToDevice(name, value)),
  );
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}

/** Saves the mission into the newest stored profile (used when a page closed before saving). */
export async function saveMission(mission: string): Promise<SaveResult> {
  const profile = await readSetting('profile');
  if (profile.mission === mission) return { synced: true, note: null };
  return saveSetting('profile', { ...profile, mission });
}

/** Tries again to sync every setting whose newest value is only on this device. */
export async function flushPending(): Promise<void> {
  const { pending } = await readSyncState();
  for (const name of pending) {
    const value = await readSetting(name);
    await saveSetting(name, value);
  }
}

/** Pauses WhyFirst everywhere on this device until `until` (epoch ms); 0 resumes. */
export async function setPausedUntil(until: number): Promise<void> {
  await pausedUntilItem.setValue(Math.max(0, until));
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
  const unwatchers = [
    ...Object.values(ITEMS).flatMap((items) => [
      items.sync.watch(reload),
      items.local.watch(reload),
    ]),
    pausedUntilItem.watch(reload),
  ];
  void loadPrefs().then((prefs) => {
    const left = prefs.pausedUntil - Date.now();
    if (left > 0 && latest === 0) pauseTimer = setTimeout(reload, left + 50);
  });
  return () => {
    latest = -1;
    clearTimeout(pauseTimer);
    for (const unwatch of unwatchers) unwatch();
  };
}

/** True when WhyFirst should attach on this site now. */
export function isActiveOn(prefs: Prefs, site: SiteId, now = Date.now()): boolean {
  return prefs.sites[site] !== false && prefs.pausedUntil <= now;
}

/** Everything the user set, as the text of an export file. */
export async function exportBackup(now = new Date()): Promise<string> {
  const { profile, settings, sites } = await loadPrefs();
  return serializeBackup({ profile, settings, sites }, now);
}

/** An import's outcome: notes (e.g. sync full) on success, plain reasons on refusal. */
export type ImportResult = { ok: true; notes: string[] } | { ok: false; problems: string[] };

/** Imports an export file; a wrong or damaged file changes nothing and says why. */
export async function importBackup(text: string): Promise<ImportResult> {
  const defaults: Backup = {
    profile: DEFAULT_PREFS.profile,
    settings: DEFAULT_PREFS.settings,
    sites: DEFAULT_PREFS.sites,
  };
  const parsed = parseBackup(text, defaults);
  if (!parsed.ok) return parsed;
  const results = [
    await saveSetting('profile', parsed.backup.profile),
    await saveSetting('settings', parsed.backup.settings),
    await saveSetting('sites', parsed.backup.sites),
  ];
  const notes = [...new Set(results.flatMap((r) => (r.note ? [r.note] : [])))];
  return { ok: true, notes };
}

/** Puts every setting back to its default (kept copies of rejected data stay). */
export async function resetAll(): Promise<void> {
  await saveSetting('profile', DEFAULT_PREFS.profile);
  await saveSetting('settings', DEFAULT_PREFS.settings);
  await saveSetting('sites', DEFAULT_PREFS.sites);
  await setPausedUntil(0);
}
