import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../lib/validate';

/** Props of MissionField. */
export type MissionFieldProps = {
  id: string;
  /** The saved mission; adopted when it changes elsewhere and nothing is being typed here. */
  value: string;
  /** Saves the mission; resolves when it is stored. */
  onSave: (mission: string) => Promise<unknown>;
  /** Told each unsaved text as it is typed, and null once it is saved (for a safety net). */
  onUnsaved?: (mission: string | null) => void;
  /** Quiet time after the last keystroke before saving. */
  delayMs?: number;
};

/** The "Why are you using social media?" box, saved as the user types. */
export function MissionField({ id, value, onSave, onUnsaved, delayMs = 400 }: MissionFieldProps) {
  const [text, setText] = useState(value);
  const [status, setStatus] = useState('');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const save = useRef(onSave);
  save.current = onSave;
  const unsaved = useRef(onUnsaved);
  unsaved.current = onUnsaved;

  // Reads only refs and state setters, so one function serves the component's whole life.
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const mission = pending.current;
    if (mission === null) return;
    pending.current = null;
    void save.current(mission).then(
      () => {
        if (pending.current !== null) return;
        unsaved.current?.(null);
        setStatus('Saved.');
      },
      () => setStatus('Could not save. Your text is still here; try again.'),
    );
  }, []);

  useEffect(() => {
    if (pending.current === null) setText(value);
  }, [value]);

  useEffect(() => {
    // A popup closes without warning: save what was typed as the page goes away.
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const countId = `${id}-count`;
  return (
    <div class="mission">
      <label for={id}>Why are you using social media?</label>
      <textarea
        id={id}
        value={text}
        rows={3}
        maxLength={LIMITS.missionChars}
        placeholder="In your own words: who you want to reach, and why."
        aria-describedby={countId}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          setStatus('');
          pending.current = next;
          unsaved.current?.(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, delayMs);
        }}
        onBlur={flush}
      />
      <div class="row hint">
        <span id={countId}>
          {text.length} of {LIMITS.missionChars} characters
        </span>
        <span role="status" aria-live="polite">
          {status}
        </span>
      </div>
    </div>
  );
}
