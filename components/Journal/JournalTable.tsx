import { useRef, useState } from 'preact/hooks';
import { bandLabel, bandStyle } from '../../lib/journal/bands';
import type { JournalEntry } from '../../lib/journal/entry';
import { siteName } from '../../lib/validate';
import { formatDateTime, HABIT_SHORT, KIND_LABEL } from './format';

/** Props of JournalTable. */
export type JournalTableProps = {
  /** The entries to list, newest first. */
  entries: readonly JournalEntry[];
  onDelete: (entry: JournalEntry) => void;
  /** Rows shown at first and added by "Show more". */
  pageSize?: number;
};

/** How an entry is named to people (delete buttons, messages). */
export function entryName(entry: JournalEntry): string {
  return `${KIND_LABEL[entry.kind].toLowerCase()} on ${siteName(entry.site)} of ${formatDateTime(entry.time)}`;
}

const PREVIEW_CHARS = 140;

function Text({ text }: { text: string }) {
  if (text.length <= PREVIEW_CHARS) return <span class="text">{text}</span>;
  return (
    <details class="text">
      <summary>{`${text.slice(0, PREVIEW_CHARS - 1)}…`}</summary>
      {text}
    </details>
  );
}

/** The entries as a table, newest first, a page at a time, each row with its own Delete. */
export function JournalTable({ entries, onDelete, pageSize = 100 }: JournalTableProps) {
  const [shown, setShown] = useState(pageSize);
  const body = useRef<HTMLTableSectionElement>(null);
  const withText = entries.some((e) => e.text !== undefined);
  const rows = entries.slice(0, shown);

  const remove = (entry: JournalEntry, index: number) => {
    // Keep the keyboard where it was: on the next row's Delete, or the previous one at the end.
    const buttons = body.current?.querySelectorAll<HTMLButtonElement>('button.delete');
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    onDelete(entry);
    next?.focus();
  };

  return (
    <div class="table-wrap">
      <table class="entries">
        <caption>
          {entries.length > rows.length
            ? `Your posts, newest first: ${rows.length} of ${entries.length} shown`
            : 'Your posts, newest first'}
        </caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Site</th>
            <th scope="col">Kind</th>
            <th scope="col" class="num">
              Score
            </th>
            <th scope="col">Band</th>
            <th scope="col">Habits shown</th>
            <th scope="col" class="num">
              Words
            </th>
            {withText && <th scope="col">What you wrote</th>}
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((e, i) => (
            <tr key={e.id} data-entry-id={e.id}>
              <td class="when">{formatDateTime(e.time)}</td>
              <td>{siteName(e.site)}</td>
              <td>{KIND_LABEL[e.kind]}</td>
              <td class="num">{e.score}</td>
              <td class="band">
                <span class={`shape band-${bandStyle(e.band)}`} aria-hidden="true" />
                {bandLabel(e.band)}
              </td>
              <td class="habits">
                {e.habits.length === 0 ? (
                  <span class="muted">none</span>
                ) : (
                  e.habits.map((h) => HABIT_SHORT[h] ?? h).join(', ')
                )}
              </td>
              <td class="num">{e.words}</td>
              {withText && <td>{e.text ? <Text text={e.text} /> : ''}</td>}
              <td>
                <button
                  type="button"
                  class="delete"
                  aria-label={`Delete the ${entryName(e)}`}
                  onClick={() => remove(e, i)}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length > rows.length && (
        <button type="button" onClick={() => setShown(shown + pageSize)}>
          Show {Math.min(pageSize, entries.length - rows.length)} more
        </button>
      )}
    </div>
  );
}
