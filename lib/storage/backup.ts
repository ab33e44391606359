import { type Checked, isRecord } from '../validate';
import { SETTING_NAMES, SETTINGS, type SettingName, type SettingValues } from './items';
import { loadPrefs, setPausedUntil } from './prefs';
import { saveSetting } from './sync';

/** The format id written into every exported file. */
const BACKUP_KIND = 'whyfirst-backup';
/** The newest backup format this build reads and writes. */
const BACKUP_FORMAT = 1;

/** What an exported file holds: every synced setting, each in its own section; no running pause. */
export type Backup = SettingValues;

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
 * nothing. Sections an older file did not have take their defaults.
 */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: ['This file is not a WhyFirst backup: it is not JSON text. Nothing was changed.'],
    };
  }
  if (!isRecord(raw))
    return { ok: false, problems: ['This file is not a WhyFirst backup. Nothing was changed.'] };
  if (raw.kind !== BACKUP_KIND)
    return {
      ok: false,
      problems: [
        'This file is not a WhyFirst backup (it has no “whyfirst-backup” mark). Nothing was changed.',
      ],
    };
  if (typeof raw.format !== 'number' || !Number.isInteger(raw.format) || raw.format < 1)
    return {
      ok: false,
      problems: ['This backup does not say which format it uses. Nothing was changed.'],
    };
  if (raw.format > BACKUP_FORMAT)
    return {
      ok: false,
      problems: [
        `This backup was made by a newer WhyFirst (format ${raw.format}). Update WhyFirst, then import it again. Nothing was changed.`,
      ],
    };
  if (raw.profile === undefined && raw.settings === undefined)
    return {
      ok: false,
      problems: ['This backup holds neither a profile nor settings. Nothing was changed.'],
    };
  const backup: Partial<Record<SettingName, unknown>> = {};
  const problems: string[] = [];
  for (const name of SETTING_NAMES) {
    const checked = checkSection(name, raw[name]);
    backup[name] = checked.value;
    problems.push(...checked.problems);
  }
  if (problems.length > 0) return { ok: false, problems: [...problems, 'Nothing was changed.'] };
  return { ok: true, backup: backup as Backup };
}

// A section an older file did not have takes its default without complaint.
function checkSection<N extends SettingName>(name: N, raw: unknown): Checked<SettingValues[N]> {
  const { check, device } = SETTINGS[name];
  return raw === undefined ? { value: device.fallback, problems: [] } : check(raw, device.fallback);
}

/** Everything the user set, as the text of an export file. */
export async function exportBackup(now = new Date()): Promise<string> {
  const { pausedUntil: _, ...backup } = await loadPrefs();
  return serializeBackup(backup, now);
}

/** An import's outcome: notes (e.g. sync full) on success, plain reasons on refusal. */
export type ImportResult = { ok: true; notes: string[] } | { ok: false; problems: string[] };

/** Imports an export file; a wrong or damaged file changes nothing and says why. */
export async function importBackup(text: string): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const notes = new Set<string>();
  for (const name of SETTING_NAMES) {
    const { note } = await saveSetting(name, parsed.backup[name]);
    if (note) notes.add(note);
  }
  return { ok: true, notes: [...notes] };
}

/** Puts every setting back to its default and ends a pause (kept copies of rejected data stay). */
export async function resetAll(): Promise<void> {
  for (const name of SETTING_NAMES) await saveSetting(name, SETTINGS[name].device.fallback);
  await setPausedUntil(0);
}
