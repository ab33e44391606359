import type { RecoveredEntry } from '../../lib/storage';

/** Props of StorageNotes. */
export type StorageNotesProps = {
  syncNote: string | null;
  recovered: RecoveredEntry[];
  /** Full list with download and dismiss (options page) instead of a short pointer (popup). */
  detailed?: boolean;
  onOpenOptions?: () => void;
  onDismiss?: (id: string) => void;
};

/** Offers a kept copy as a file the user can open or re-import by hand. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Plain-words notes about storage: sync falling back to the device, and rejected data kept. */
export function StorageNotes({
  syncNote,
  recovered,
  detailed = false,
  onOpenOptions,
  onDismiss,
}: StorageNotesProps) {
  if (syncNote === null && recovered.length === 0) return null;
  return (
    <div class="storage-notes">
      {syncNote !== null && (
        <p class="note" role="status">
          {syncNote}
        </p>
      )}
      {recovered.length > 0 && !detailed && (
        <div class="note" role="status">
          <p>
            Some saved data could not be read, so WhyFirst kept your last good values. A copy of
            what it could not read is kept in the options.
          </p>
          {onOpenOptions && (
            <button type="button" onClick={onOpenOptions}>
              See what was kept
            </button>
          )}
        </div>
      )}
      {recovered.length > 0 && detailed && (
        <section class="note" aria-labelledby="recovered-title">
          <h2 id="recovered-title">Data WhyFirst could not read</h2>
          <p>
            Your last good values were kept. Here is each value that was set aside, why, and a copy
            to download.
          </p>
          <ul class="recovered">
            {recovered.map((entry) => (
              <li key={entry.id}>
                <p>
                  <strong>{entry.setting}</strong> from{' '}
                  {entry.source === 'sync'
                    ? 'browser sync'
                    : entry.source === 'local'
                      ? 'this device'
                      : 'an import'}
                  , {new Date(entry.at).toLocaleString()}:
                </p>
                <ul>
                  {entry.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
                <div class="row">
                  <button
                    type="button"
                    onClick={() => downloadText(`whyfirst-recovered-${entry.id}.json`, entry.raw)}
                  >
                    Download copy of {entry.setting}
                  </button>
                  {onDismiss && (
                    <button
                      type="button"
                      aria-label={`Dismiss the copy of ${entry.setting}`}
                      onClick={() => onDismiss(entry.id)}
                    >
                      Dismiss
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
