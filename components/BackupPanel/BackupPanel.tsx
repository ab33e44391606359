import { useState } from 'preact/hooks';
import type { ImportResult } from '../../lib/storage';
import { downloadText } from '../StorageNotes/StorageNotes';

/** Props of BackupPanel. */
export type BackupPanelProps = {
  /** Produces the export file's text. */
  onExport: () => Promise<string>;
  onImport: (text: string) => Promise<ImportResult>;
  onReset: () => Promise<void>;
  /** Saves a file; the default starts a browser download. */
  save?: (name: string, text: string) => void;
};

type Message = { tone: 'ok' | 'error'; lines: string[] } | null;

/** Export, import and reset of everything the user set. */
export function BackupPanel({
  onExport,
  onImport,
  onReset,
  save = downloadText,
}: BackupPanelProps) {
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);

  const exportNow = async () => {
    const text = await onExport();
    const day = new Date().toISOString().slice(0, 10);
    save(`whyfirst-backup-${day}.json`, text);
    setMessage({ tone: 'ok', lines: ['Backup downloaded.'] });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 1_000_000) {
      setMessage({
        tone: 'error',
        lines: ['This file is too large to be a WhyFirst backup. Nothing was changed.'],
      });
      return;
    }
    const result = await onImport(await file.text());
    setMessage(
      result.ok
        ? { tone: 'ok', lines: ['Backup imported.', ...result.notes] }
        : { tone: 'error', lines: result.problems },
    );
  };

  return (
    <div class="backup">
      <div class="row">
        <button type="button" onClick={() => void exportNow()}>
          Export to a file
        </button>
        <input
          id="import-file"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const input = e.currentTarget;
            void importFile(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
        <label class="button-like" for="import-file">
          Import from a file
        </label>
        <button
          type="button"
          class="danger"
          onClick={() => setConfirming(true)}
          disabled={confirming}
        >
          Reset everything…
        </button>
      </div>
      {confirming && (
        <div
          class="note"
          role="alertdialog"
          aria-labelledby="reset-title"
          aria-describedby="reset-text"
        >
          <h3 id="reset-title">Reset WhyFirst?</h3>
          <p id="reset-text">
            This puts your mission, passions, words and settings back to the start, here and in your
            other browsers. You may want a backup first.
          </p>
          <div class="row">
            <button type="button" onClick={() => void exportNow()}>
              Download a backup first
            </button>
            <button
              type="button"
              class="danger"
              onClick={() =>
                void onReset().then(() => {
                  setConfirming(false);
                  setMessage({ tone: 'ok', lines: ['Everything was reset.'] });
                })
              }
            >
              Reset now
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && (
        <div
          class={message.tone === 'error' ? 'note error' : 'note'}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.lines.length === 1 ? (
            <p>{message.lines[0]}</p>
          ) : (
            <ul>
              {message.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
