import { saveJournalSettings } from '../../lib/journal/store';
import { JournalSettings } from './JournalSettings';
import { useJournal } from './useJournal';

/** The options page's Journal section: the journal's two settings and a link to it. */
export function JournalOptions() {
  const { entries, settings } = useJournal();
  return (
    <section class="section" aria-labelledby="journal-title">
      <h2 id="journal-title">Journal</h2>
      <p class="muted">
        WhyFirst notes how each post you send reads, so you can look back over the weeks and see
        whether your posts serve your why. It stays on this device: never synced, never sent.
      </p>
      <JournalSettings
        settings={settings}
        entries={entries ?? []}
        onChange={(change) => void saveJournalSettings(change)}
      />
      <p>
        <a href="/journal.html">Open your journal</a>
      </p>
    </section>
  );
}
