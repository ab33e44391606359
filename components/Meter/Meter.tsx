import type { Band } from '../../lib/engine/types';

/** The words shown for each band. */
export const BAND_WORDS: Record<Band, string> = {
  authentic: 'Authentic',
  balanced: 'Balanced',
  salesy: 'Salesy',
};

/** A colour on the scale from salesy (0, orange-red) to authentic (100, green). */
export function scoreColor(score: number): string {
  const t = Math.max(0, Math.min(100, score)) / 100;
  return `hsl(${Math.round(12 + t * 128)} 72% 42%)`;
}

export interface MeterProps {
  score: number;
  band: Band;
  /** Sales findings not ignored: shown as a count on the button. */
  count: number;
  open: boolean;
  onToggle: () => void;
}

/** The compact pill at the composer's corner: score, colour and band; opens the panel. */
export function Meter({ score, band, count, open, onToggle }: MeterProps) {
  return (
    // The pill is one big click target; the button inside is the keyboard way in.
    <div
      class="pill"
      data-band={band}
      onMouseDown={(e) => e.preventDefault()}
      onClick={(e) => {
        if ((e.target as Element).closest('button') === null) onToggle();
      }}
    >
      <div
        class="gauge"
        role="meter"
        aria-label="WhyFirst: authentic to salesy"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        aria-valuetext={band}
      >
        <span class="dot" style={{ background: scoreColor(score) }} />
        <span class="score">{score}</span>
        <span class="band">{BAND_WORDS[band]}</span>
      </div>
      <button
        type="button"
        class="toggle"
        aria-expanded={open}
        aria-label={`${open ? 'Hide' : 'Show'} WhyFirst details (Alt+Shift+W)`}
        title="WhyFirst details (Alt+Shift+W)"
        onMouseDown={(e) => e.preventDefault()}
        onClick={onToggle}
      >
        {count > 0 ? <span class="count">{count}</span> : null}
        <span class="chev" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
    </div>
  );
}
