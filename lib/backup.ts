import type { Profile, Settings } from './engine/types';
import { checkProfile, checkSettings, checkSites, type SiteSwitches } from './validate';

/** The format id written into every exported file. */
export const BACKUP_KIND = 'whyfirst-backup';
/** The newest backup format this build reads and writes. */
export const BACKUP_FORMAT = 1;

/** What an exported file holds: everything the user set, except a running pause. */
export interface Backup {
  profile: Profile;
  settings: Settings;
  sites: SiteSwitches;
}

/** The text of an export file for `backup`, stamped with `now`. */
export function serializeBackup(backup: Backup, now = new Date()): string {
  const file = {
    kind: BACKUP_KIND,
    format: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    ...backup,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A parsed import file: the values, or why it was refused. */
export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problems: string[] };

/**
 * Reads an import file strictly: any problem rejects the whole file, so a wrong file changes
 * nothing. `defaults` fill sections an older file did not have.
 */
export function parseBackup(text: string, defaults: Backup): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: ['This file is not a WhyFirst backup: it is not JSON text. Nothing was changed.'],
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problems: ['This file is not a WhyFirst backup. Nothing was changed.'] };
  const file = raw as Record<string, unknown>;
  if (file.kind !== BACKUP_KIND)
    return {
      ok: false,
      problems: [
        'This file is not a WhyFirst backup (it has no “whyfirst-backup” mark). Nothing was changed.',
      ],
    };
  if (typeof file.format !== 'number' || !Number.isInteger(file.format) || file.format < 1)
    return {
      ok: false,
      problems: ['This backup does not say which format it uses. Nothing was changed.'],
    };
  if (file.format > BACKUP_FORMAT)
    return {
      ok: false,
      problems: [
        `This backup was made by a newer WhyFirst (format ${file.format}). Update WhyFirst, then import it again. Nothing was changed.`,
      ],
    };
  if (file.profile === undefined && file.settings === undefined)
    return {
      ok: false,
      problems: ['This backup holds neither a profile nor settings. Nothing was changed.'],
    };
  const profile =
    file.profile === undefined
      ? { value: defaults.profile, problems: [] }
      : checkProfile(file.profile, defaults.profile);
  const settings =
    file.settings === undefined
      ? { value: defaults.settings, problems: [] }
      : checkSettings(file.settings, defaults.settings);
  const sites =
    file.sites === undefined
      ? { value: defaults.sites, problems: [] }
      : checkSites(file.sites, defaults.sites);
  const problems = [...profile.problems, ...settings.problems, ...sites.problems];
  if (problems.length > 0) return { ok: false, problems: [...problems, 'Nothing was changed.'] };
  return {
    ok: true,
    backup: { profile: profile.value, settings: settings.value, sites: sites.value },
  };
}
