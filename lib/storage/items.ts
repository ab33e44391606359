import { storage, type WxtStorageItem } from '#imports';
import type { Profile, Settings } from '../engine/types';
import {
  type Checked,
  checkKinds,
  checkProfile,
  checkSettings,
  checkSites,
  isRecord,
  type KindSwitches,
  type SiteSwitches,
  tidyList,
} from '../validate';

/** The value of each setting that syncs between the user's browsers, by name. */
export interface SettingValues {
  profile: Profile;
  settings: Settings;
  sites: SiteSwitches;
  kinds: KindSwitches;
}

/** A synced setting's name: also its storage key and its section in a backup file. */
export type SettingName = keyof SettingValues;

/** A synced setting: how notes name it, how it is validated, and its two stored copies. */
export interface Setting<N extends SettingName> {
  /** How notes name it ("profile", "site switches"). */
  label: string;
  /** For the grammar of notes ("settings are", "profile is"). */
  plural: boolean;
  /** Validates a stored or imported value; bad parts fall back to `lastGood`. */
  check: (raw: unknown, lastGood: SettingValues[N]) => Checked<SettingValues[N]>;
  /** The device's own copy, written on every save; reads as the default when nothing is stored. */
  device: WxtStorageItem<SettingValues[N], Record<string, unknown>>;
  /** The copy in browser sync; null when nothing was synced, so the device copy stays in charge. */
  synced: WxtStorageItem<SettingValues[N] | null, Record<string, unknown>>;
}

interface SettingSpec<N extends SettingName>
  extends Pick<Setting<N>, 'label' | 'plural' | 'check'> {
  fallback: SettingValues[N];
  version: number;
  /** Stored-format history: the function that brings a value up to each version. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

// Values in storage may come from any version or a hand edit, so they are typed as what WhyFirst
// writes but always validated on reading. Both copies share one key, version and migration list,
// so a value migrates alike wherever it sits.
function defineSetting<N extends SettingName>(name: N, spec: SettingSpec<N>): Setting<N> {
  const { fallback, version, migrations, ...rest } = spec;
  return {
    ...rest,
    device: storage.defineItem<SettingValues[N]>(`local:${name}`, {
      fallback,
      version,
      migrations,
    }),
    synced: storage.defineItem<SettingValues[N]>(`sync:${name}`, { version, migrations }),
  };
}

// v1 stored lists as typed; v2 stores them trimmed, without blanks or case-insensitive duplicates.
function tidyFields(value: unknown, fields: string[]): unknown {
  if (!isRecord(value)) return value;
  const out = { ...value };
  for (const field of fields) {
    const list = out[field];
    if (!Array.isArray(list)) continue;
    const strings = list.filter((item): item is string => typeof item === 'string');
    // Entries that are not text are left for validation to report, not dropped silently here.
    out[field] = [...tidyList(strings), ...list.filter((item) => typeof item !== 'string')];
  }
  return out;
}

/** Every synced setting, in the order they are read, saved, exported and reset. */
export const SETTINGS: { [N in SettingName]: Setting<N> } = {
  profile: defineSetting('profile', {
    label: 'profile',
    plural: false,
    check: checkProfile,
    fallback: { mission: '', passions: [] },
    version: 2,
    migrations: { 2: (v) => tidyFields(v, ['passions']) },
  }),
  settings: defineSetting('settings', {
    label: 'settings',
    plural: true,
    check: checkSettings,
    fallback: {
      sensitivity: 'normal',
      disabledRules: [],
      disabledCategories: [],
      extraSalesyWords: [],
      allowedWords: [],
    },
    version: 2,
    migrations: {
      2: (v) => tidyFields(v, ['extraSalesyWords', 'allowedWords', 'disabledRules']),
    },
  }),
  sites: defineSetting('sites', {
    label: 'site switches',
    plural: true,
    check: checkSites,
    fallback: { x: true, facebook: true, linkedin: true },
    version: 1,
  }),
  // All on by default: cold sales pitches in private messages are where a meter helps most.
  kinds: defineSetting('kinds', {
    label: 'composer switches',
    plural: true,
    check: checkKinds,
    fallback: { post: true, reply: true, message: true },
    version: 1,
  }),
};

/** The names of every synced setting, in `SETTINGS` order. */
export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** Epoch ms until which WhyFirst is paused; 0 = not paused. Device-local on purpose: a pause on
 * one computer should not silence the others. */
export const pausedUntilItem = storage.defineItem<number>('local:pausedUntil', {
  fallback: 0,
  version: 1,
});

let bookkeeping: Promise<unknown> = Promise.resolve();
/** Runs read-modify-write tasks on bookkeeping items one at a time per page, so none is lost. */
export function serially<T>(task: () => Promise<T>): Promise<T> {
  const next = bookkeeping.then(task, task);
  bookkeeping = next.catch(() => undefined);
  return next;
}
