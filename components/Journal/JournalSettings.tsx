import { useState } from 'preact/hooks';
import type { JournalEntry } from '../../lib/journal/entry';
import { RETENTION_DAYS, type JournalSettings as Settings } from '../../lib/journal/store';
import { DAY_MS } from '../../lib/journal/views';
import { count } from './format';
import './JournalSettings.css';

/** Props of JournalSettings. */
export type JournalSettingsProps = {
  settings: Settings;
  /** The stored entries, to say what a shorter retention would delete. */
  entries: readonly JournalEntry[];
  onChange: (change: Partial<Settings>) => void;
  now?: number;
};

const RETENTION_LABEL: Record<number, string> = {
  30: '1 month',
  90: '3 months',
  182: '6 months',
  365: '1 year',
  730: '2 years',
};

/** "Keep the text of what I post" and how long entries are kept (asks before deleting any). */
export function JournalSettings({
  settings,
  entries,
  onChange,
  now = Date.now(),
}: JournalSettingsProps) {
  const [pending, setPending] = useState<number | null>(null);
  const olderThan = (days: number) => entries.filter((e) => e.time < now - days * DAY_MS).length;
  const choose = (days: number) => {
    if (olderThan(days) > 0) setPending(days);
    else {
      setPending(null);
      onChange({ retentionDays: days });
    }
  };
  return (
    <div class="journal-settings">
      <div class="check">
        <input
          type="checkbox"
          role="switch"
          id="journal-keep-text"
          aria-checked={settings.keepText}
          aria-describedby="journal-keep-text-hint"
          checked={settings.keepText}
          onChange={(e) => onChange({ keepText: e.currentTarget.checked })}
        />
        <label for="journal-keep-text">Keep the text of what I post</label>
        <p class="hint" id="journal-keep-text-hint">
          Off: the journal keeps how each post read (score, band, habits), never its words. On: it
          keeps the words too, on this device only. Texts already kept stay until you delete them.
        </p>
      </div>
      <label for="journal-retention">Keep entries for</label>
      <select
        id="journal-retention"
        value={String(pending ?? settings.retentionDays)}
        onChange={(e) => choose(Number(e.currentTarget.value))}
      >
        {RETENTION_DAYS.map((days) => (
          <option key={days} value={String(days)}>
            {RETENTION_LABEL[days]}
          </option>
        ))}
      </select>
      <p class="hint">Older entries are deleted by themselves.</p>
      {pending !== null && (
        <div class="note" role="alertdialog" aria-labelledby="retention-title">
          <p id="retention-title">
            Keeping {RETENTION_LABEL[pending]} deletes{' '}
            {count(olderThan(pending), ['older entry', 'older entries'])} now.
          </p>
          <div class="row">
            <button
              type="button"
              class="danger"
              onClick={() => {
                onChange({ retentionDays: pending });
                setPending(null);
              }}
            >
              Delete them and keep {RETENTION_LABEL[pending]}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
