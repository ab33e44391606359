import { storage } from '#imports';
import { isRecord } from '../validate';
import { serially } from './items';

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
const MAX_RECOVERED = 20;
/** The longest single copy kept, in characters. */
export const MAX_RECOVERED_CHARS = 500_000;

/** Copies of rejected data, oldest first. */
export const recoveredItem = storage.defineItem<RecoveredEntry[]>('local:recovered', {
  fallback: [],
  version: 1,
});

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

/** The kept copies, oldest first; never throws. */
export async function readRecovered(): Promise<RecoveredEntry[]> {
  const list: unknown = await recoveredItem.getValue().catch(() => []);
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
