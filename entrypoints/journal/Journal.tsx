import { useEffect, useRef, useState } from 'preact/hooks';
import { KIND_NOUN } from '../../components/Journal/format';
import { JournalBreakdown } from '../../components/Journal/JournalBreakdown';
import { JournalChart } from '../../components/Journal/JournalChart';
import { JournalFilters } from '../../components/Journal/JournalFilters';
import { JournalSettings } from '../../components/Journal/JournalSettings';
import { entryName, JournalTable } from '../../components/Journal/JournalTable';
import { DEFAULT_VIEW, resolveView } from '../../components/Journal/period';
import { useJournal } from '../../components/Journal/useJournal';
import { downloadText } from '../../components/StorageNotes/StorageNotes';
import { bandLabel } from '../../lib/journal/bands';
import type { JournalEntry } from '../../lib/journal/entry';
import { toCsv, toJson } from '../../lib/journal/export';
import {
  deleteAllEntries,
  deleteEntry,
  forgetTexts,
  saveJournalSettings,
} from '../../lib/journal/store';
import { DAY_MS, filterEntries, summarySentence } from '../../lib/journal/views';

/** Props of Journal. */
export type JournalProps = {
  /** The moment the page treats as now (tests); the clock otherwise. */
  now?: number;
};

/** The Journal page: what was sent, plotted and listed, with filters, export and deletion. */
export function Journal({ now: fixedNow }: JournalProps) {
  const [openedAt] = useState(() => fixedNow ?? Date.now());
  const { entries, settings } = useJournal(openedAt);
  const [view, setView] = useState(DEFAULT_VIEW);
  const [message, setMessage] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);
  const cancelAll = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmAll) cancelAll.current?.focus();
  }, [confirmAll]);

  if (entries === null) return <main class="journal" aria-busy="true" />;
  const now = fixedNow ?? Date.now();
  const resolved = resolveView(view, now, entries[0]?.time ?? null);
  const shown = filterEntries(entries, resolved.filter).reverse();
  const noun = KIND_NOUN[view.kind];
  // The axis starts at the period, or a little before the first post shown when that is later.
  const firstShown = shown[shown.length - 1]?.time ?? resolved.start;
  const chartStart = Math.max(
    resolved.start,
    firstShown - Math.max((resolved.end - firstShown) / 40, DAY_MS),
  );
  const day = new Date(now).toISOString().slice(0, 10);

  const remove = (entry: JournalEntry) => {
    void deleteEntry(entry.id).then(() => setMessage(`Deleted the ${entryName(entry)}.`));
  };
  const removeAll = () => {
    void deleteAllEntries().then(() => {
      setConfirmAll(false);
      setMessage('All entries deleted.');
    });
  };

  const settingsSection = (
    <section class="section" aria-labelledby="settings-title">
      <h2 id="settings-title">What the journal keeps</h2>
      <JournalSettings
        settings={settings}
        entries={entries}
        now={now}
        onChange={(change) => void saveJournalSettings(change)}
      />
    </section>
  );

  return (
    <main class="journal">
      <header class="journal-header">
        <h1>Your journal</h1>
        <p class="lede">
          A private record of what you actually sent and how it read. Not reach, not sales: whether
          the energy you put into posting carries your why, week after week.
        </p>
        <p class="muted">
          Kept in this browser only: never synced, never sent anywhere.{' '}
          <a href="/options.html">Options</a>
        </p>
      </header>

      <p class="status" role="status">
        {message}
      </p>

      {entries.length === 0 ? (
        <section class="section empty" aria-labelledby="empty-title">
          <h2 id="empty-title">Nothing here yet</h2>
          <p>
            Each time you send a post, a reply or a message on X, Facebook or LinkedIn with WhyFirst
            on, it appears here: when and where you sent it, its score and band, and which of the
            seven habits it showed.
          </p>
          <p>
            After a few weeks you will see your scores as a line, the habits you practise most and
            least, and how each site compares. The words themselves are kept only if you ask for
            that below.
          </p>
        </section>
      ) : (
        <>
          <JournalFilters view={view} onChange={setView} />
          <p class="summary" aria-live="polite">
            {summarySentence(shown, { period: resolved.label, noun, bandLabel })}
          </p>
          {shown.length === 0 ? (
            <p class="note">
              Nothing matches these choices; {entries.length} older or other entries are kept.{' '}
              <button type="button" onClick={() => setView({ ...DEFAULT_VIEW, period: 'all' })}>
                Show everything kept
              </button>
            </p>
          ) : (
            <>
              <section class="section" aria-labelledby="chart-title">
                <h2 id="chart-title">Your posts over time</h2>
                <JournalChart entries={shown} start={chartStart} end={resolved.end} noun={noun} />
              </section>
              <JournalBreakdown entries={shown} noun={noun} />
              <section class="section" aria-labelledby="entries-title">
                <h2 id="entries-title">Entries</h2>
                <JournalTable entries={shown} onDelete={remove} />
                <div class="row actions">
                  <button
                    type="button"
                    onClick={() =>
                      downloadText(`whyfirst-journal-${day}.csv`, toCsv(shown), 'text/csv')
                    }
                  >
                    Export CSV
                  </button>
                  <button
                    type="button"
                    onClick={() => downloadText(`whyfirst-journal-${day}.json`, toJson(shown, now))}
                  >
                    Export JSON
                  </button>
                  <span class="hint">The {shown.length} entries shown.</span>
                  <span class="spacer" />
                  {entries.some((e) => e.text !== undefined) && (
                    <button
                      type="button"
                      class="danger"
                      onClick={() =>
                        void forgetTexts().then(() => setMessage('The kept texts were deleted.'))
                      }
                    >
                      Delete kept texts
                    </button>
                  )}
                  <button
                    type="button"
                    class="danger"
                    disabled={confirmAll}
                    onClick={() => setConfirmAll(true)}
                  >
                    Delete all entries…
                  </button>
                </div>
                {confirmAll && (
                  <div
                    class="note"
                    role="alertdialog"
                    aria-labelledby="delete-all-title"
                    aria-describedby="delete-all-text"
                  >
                    <h3 id="delete-all-title">Delete all {entries.length} entries?</h3>
                    <p id="delete-all-text">
                      Every entry goes, not only the ones shown, and they cannot be brought back.
                      Export them first if you may want them.
                    </p>
                    <div class="row">
                      <button type="button" class="danger" onClick={removeAll}>
                        Delete all
                      </button>
                      <button type="button" ref={cancelAll} onClick={() => setConfirmAll(false)}>
                        Cancel
                      </button>
                    </div>
                  </div>
                )}
              </section>
            </>
          )}
        </>
      )}
      {settingsSection}
    </main>
  );
}
