import { useRef, useState } from 'preact/hooks';
import { tidyList } from '../../lib/validate';
import './ChipInput.css';

/** Props of ChipInput. */
export type ChipInputProps = {
  /** Visible label of the text field, e.g. "Your passions". */
  label: string;
  /** Singular noun used in button names and announcements, e.g. "passion". */
  noun: string;
  values: string[];
  onChange: (values: string[]) => void;
  /** Lets people reorder the chips by keyboard (Alt+Arrow) and by dragging. */
  reorderable?: boolean;
  max?: number;
  maxChars?: number;
  placeholder?: string;
  id: string;
};

/** A list of short phrases as chips: add with Enter or comma, remove, optionally reorder. */
export function ChipInput({
  label,
  noun,
  values,
  onChange,
  reorderable = false,
  max = 20,
  maxChars = 60,
  placeholder,
  id,
}: ChipInputProps) {
  const [draft, setDraft] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [dragIndex, setDragIndex] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const full = values.length >= max;

  const add = (text: string) => {
    const parts = text.split(',').map((p) => p.trim().slice(0, maxChars));
    const next = tidyList([...values, ...parts]).slice(0, max);
    const added = next.length - values.length;
    if (added > 0) {
      onChange(next);
      setAnnouncement(added === 1 ? `Added ${next.at(-1)}.` : `Added ${added} ${noun}s.`);
    } else if (parts.some((p) => p !== '')) {
      setAnnouncement(
        full ? `You have the most ${noun}s there can be (${max}).` : 'Already in the list.',
      );
    }
    setDraft('');
  };

  const focusChip = (index: number) => {
    requestAnimationFrame(() => {
      const chips = listRef.current?.querySelectorAll<HTMLElement>('[data-chip]');
      const target = chips?.[Math.max(0, Math.min(index, (chips?.length ?? 1) - 1))];
      if (target) target.focus();
      else inputRef.current?.focus();
    });
  };

  const remove = (index: number) => {
    const gone = values[index];
    onChange(values.filter((_, i) => i !== index));
    setAnnouncement(`Removed ${gone}.`);
    if (values.length > 1) focusChip(index > 0 ? index - 1 : 0);
    else inputRef.current?.focus();
  };

  const move = (from: number, to: number) => {
    if (to < 0 || to >= values.length || from === to) return;
    const next = [...values];
    const [item] = next.splice(from, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    onChange(next);
    setAnnouncement(`Moved ${item} to position ${to + 1} of ${next.length}.`);
    focusChip(to);
  };

  const onChipKey = (event: KeyboardEvent, index: number) => {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      remove(index);
    } else if (
      reorderable &&
      event.altKey &&
      (event.key === 'ArrowLeft' || event.key === 'ArrowUp')
    ) {
      event.preventDefault();
      move(index, index - 1);
    } else if (
      reorderable &&
      event.altKey &&
      (event.key === 'ArrowRight' || event.key === 'ArrowDown')
    ) {
      event.preventDefault();
      move(index, index + 1);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      focusChip(index - 1);
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      if (index + 1 < values.length) focusChip(index + 1);
      else inputRef.current?.focus();
    }
  };

  const hintId = `${id}-hint`;
  return (
    <div class="chips">
      <label for={id}>{label}</label>
      {values.length > 0 && (
        <ul class="chip-list" ref={listRef} aria-label={`Current ${noun}s`}>
          {values.map((value, index) => (
            <li
              key={value}
              class={`chip${dragIndex === index ? ' dragging' : ''}`}
              draggable={reorderable}
              onDragStart={(e) => {
                setDragIndex(index);
                e.dataTransfer?.setData('text/plain', String(index));
              }}
              onDragOver={(e) => {
                if (dragIndex !== null) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragIndex !== null) move(dragIndex, index);
                setDragIndex(null);
              }}
              onDragEnd={() => setDragIndex(null)}
            >
              <button
                type="button"
                data-chip
                class="chip-text"
                aria-describedby={hintId}
                onKeyDown={(e) => onChipKey(e, index)}
              >
                {value}
              </button>
              <button
                type="button"
                class="chip-remove"
                aria-label={`Remove ${value}`}
                title={`Remove ${value}`}
                onClick={() => remove(index)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={inputRef}
        id={id}
        type="text"
        value={draft}
        maxLength={maxChars * 4}
        placeholder={full ? `That is ${max}, the most there can be` : placeholder}
        disabled={full}
        aria-describedby={hintId}
        onInput={(e) => {
          const field = e.currentTarget;
          if (field.value.includes(',')) {
            add(field.value);
            // The state may already be empty, so clear the field itself too.
            field.value = '';
          } else setDraft(field.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(draft);
          } else if (e.key === 'Backspace' && draft === '' && values.length > 0) {
            focusChip(values.length - 1);
          }
        }}
        onBlur={() => {
          if (draft.trim() !== '') add(draft);
        }}
      />
      <p class="hint" id={hintId}>
        Press Enter or type a comma to add. Select a {noun} and press Delete to remove it
        {reorderable ? ', or Alt+Arrow keys (or drag) to move it' : ''}.
      </p>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
