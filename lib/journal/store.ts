/**
 * The journal's storage: entries and its two settings, in `storage.local` only (never synced,
 * never sent anywhere), validated on every read.
 */
import { storage } from '#imports';
import { checkEntries, entryFromSend, type JournalEntry, type SendRecord } from './entry';

/** The journal's settings. */
export interface JournalSettings {
  /** Keep the words of each post sent, not only its numbers. */
  keepText: boolean;
  /** Entries older than this many days are deleted. */
  retentionDays: number;
}

/** Retention choices offered, in days, shortest first. */
export const RETENTION_DAYS = [30, 90, 182, 365, 730] as const;

/** What a new user starts with: no text kept, one year of entries. */
export const DEFAULT_JOURNAL_SETTINGS: JournalSettings = { keepText: false, retentionDays: 365 };

/** The most entries kept; the oldest go first beyond it, whatever the retention. */
export const MAX_ENTRIES = 5000;

const DAY_MS = 86_400_000;

/** The stored entries (validated on read; see `checkEntries`). */
const journalItem = storage.defineItem<unknown>('local:journal', {
  fallback: [],
  version: 1,
});

/** The stored journal settings (validated on read). */
const journalSettingsItem = storage.defineItem<unknown>('local:journalSettings', {
  fallback: DEFAULT_JOURNAL_SETTINGS,
  version: 1,
});

/** Stored settings checked; each damaged field falls back to its default. */
function checkJournalSettings(raw: unknown): JournalSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    keepText:
      typeof value.keepText === 'boolean' ? value.keepText : DEFAULT_JOURNAL_SETTINGS.keepText,
    retentionDays: RETENTION_DAYS.includes(value.retentionDays as 365)
      ? (value.retentionDays as number)
      : DEFAULT_JOURNAL_SETTINGS.retentionDays,
  };
}

/** Entries still within the retention at `now`, at most MAX_ENTRIES (the newest), oldest first. */
export function pruneEntries(
  entries: readonly JournalEntry[],
  retentionDays: number,
  now: number,
): JournalEntry[] {
  const since = now - retentionDays * DAY_MS;
  const kept = entries.filter((e) => e.time >= since);
  return kept.length > MAX_ENTRIES ? kept.slice(kept.length - MAX_ENTRIES) : kept;
}

// One read-modify-write at a time in this page or script.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/** The entries, checked, oldest first. */
export async function loadEntries(): Promise<JournalEntry[]> {
  return checkEntries(await journalItem.getValue());
}

/** The journal settings, checked. */
export async function loadJournalSettings(): Promise<JournalSettings> {
  return checkJournalSettings(await journalSettingsItem.getValue());
}

function update(change: (entries: JournalEntry[]) => JournalEntry[]): Promise<JournalEntry[]> {
  return serially(async () => {
    const entries = await loadEntries();
    const next = change(entries);
    const same = next.length === entries.length && next.every((e, i) => e === entries[i]);
    if (!same) await journalItem.setValue(next);
    return next;
  });
}

/** Adds an entry, then applies the retention. */
export async function addEntry(entry: JournalEntry, now = Date.now()): Promise<void> {
  const { retentionDays } = await loadJournalSettings();
  await update((entries) =>
    pruneEntries(
      [...entries.filter((e) => e.id !== entry.id), entry].sort((a, b) => a.time - b.time),
      retentionDays,
      now,
    ),
  );
}

/** Deletes one entry by id. */
export async function deleteEntry(id: string): Promise<void> {
  await update((entries) => entries.filter((e) => e.id !== id));
}

/** Deletes every entry. */
export async function deleteAllEntries(): Promise<void> {
  await serially(() => journalItem.setValue([]));
}

/** Removes the kept words from every entry, leaving its numbers. */
export async function forgetTexts(): Promise<void> {
  await update((entries) => entries.map(({ text: _text, ...rest }) => rest));
}

/** Deletes entries past the retention (run when the journal is opened and on every send). */
export async function pruneJournal(now = Date.now()): Promise<JournalEntry[]> {
  const { retentionDays } = await loadJournalSettings();
  return update((entries) => pruneEntries(entries, retentionDays, now));
}

/** Saves a settings change; a shorter retention deletes the entries now past it. */
export async function saveJournalSettings(
  change: Partial<JournalSettings>,
  now = Date.now(),
): Promise<JournalSettings> {
  const next = checkJournalSettings({ ...(await loadJournalSettings()), ...change });
  await journalSettingsItem.setValue(next);
  await pruneJournal(now);
  return next;
}

/** Calls back with the checked entries and settings whenever either changes (any page). */
export function watchJournal(
  onEntries: (entries: JournalEntry[]) => void,
  onSettings: (settings: JournalSettings) => void,
): () => void {
  const a = journalItem.watch((raw) => onEntries(checkEntries(raw)));
  const b = journalSettingsItem.watch((raw) => onSettings(checkJournalSettings(raw)));
  return () => {
    a();
    b();
  };
}

/**
 * Records a sent post: keeps its text only when the user chose to, applies the retention, and
 * resolves to the stored entry, or to null when there was nothing to record or storage failed
 * (it never rejects, so a send is never disturbed).
 */
export async function recordSend(send: SendRecord): Promise<JournalEntry | null> {
  if (send.text.trim() === '') return null;
  try {
    const { keepText } = await loadJournalSettings();
    const entry = entryFromSend(send, keepText, crypto.randomUUID());
    await addEntry(entry, Math.max(Date.now(), entry.time));
    return entry;
  } catch {
    return null;
  }
}
