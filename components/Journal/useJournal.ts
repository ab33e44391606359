import { useEffect, useState } from 'preact/hooks';
import type { JournalEntry } from '../../lib/journal/entry';
import {
  DEFAULT_JOURNAL_SETTINGS,
  type JournalSettings,
  loadEntries,
  loadJournalSettings,
  pruneJournal,
  watchJournal,
} from '../../lib/journal/store';

/** The journal's entries (null until read) and settings, kept current. */
export interface JournalState {
  entries: JournalEntry[] | null;
  settings: JournalSettings;
}

/** Reads and watches the journal; with `pruneAt`, first deletes entries past the retention then. */
export function useJournal(pruneAt?: number): JournalState {
  const [state, setState] = useState<JournalState>({
    entries: null,
    settings: DEFAULT_JOURNAL_SETTINGS,
  });
  useEffect(() => {
    let live = true;
    const stop = watchJournal(
      (entries) => live && setState((s) => ({ ...s, entries })),
      (settings) => live && setState((s) => ({ ...s, settings })),
    );
    void Promise.all([
      pruneAt === undefined ? loadEntries() : pruneJournal(pruneAt),
      loadJournalSettings(),
    ]).then(([entries, settings]) => live && setState({ entries, settings }));
    return () => {
      live = false;
      stop();
    };
  }, [pruneAt]);
  return state;
}
