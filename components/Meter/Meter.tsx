import { BAND_WORDS } from '../../lib/engine/bands';
import type { Band } from '../../lib/engine/types';

/** A colour on the scale from salesy (0, orange-red) to authentic (100, green). */
export function scoreColor(score: number): string {
  const s = Math.max(0, Math.min(100, score));
  // Orange-red through amber (balanced, 50) to green: the middle should read as "careful", not fine.
  const hue = s < 50 ? 8 + (s / 50) * 32 : 40 + ((s - 50) / 50) * 100;
  return `hsl(${Math.round(hue)} 75% 42%)`;
}

/** The meter's reading and whether its panel is open. */
export interface MeterProps {
  score: number;
  band: Band;
  /** Sales findings not ignored: shown as a count on the button. */
  count: number;
  open: boolean;
  /** Small composers (comment boxes) get a pill without the band word; it stays in the label. */
  compact?: boolean;
  /** The draft is empty: the pill waits quietly instead of scoring nothing. */
  empty?: boolean;
  onToggle: () => void;
}

/** The compact pill at the composer's corner: score, colour and band; opens the panel. */
export function Meter({
  score,
  band,
  count,
  open,
  compact = false,
  empty = false,
  onToggle,
}: MeterProps) {
  return (
    // The toggle's hit area stretches over the whole pill (styles.ts), so the pill is one big target.
    <div class="pill" data-band={band}>
      <div
        class="gauge"
        role="meter"
        aria-label="WhyFirst: authentic to salesy"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(score)}
        aria-valuetext={band}
      >
        {/* Neutral has no evidence either way, so it gets no colour on the authentic-salesy scale. */}
        <span
          class="dot"
          style={{ background: empty || band === 'neutral' ? 'var(--muted)' : scoreColor(score) }}
        />
        <span class="score">{empty ? '–' : Math.round(score)}</span>
        {compact ? null : <span class="band">{empty ? 'WhyFirst' : BAND_WORDS[band]}</span>}
      </div>
      <button
        type="button"
        class="toggle"
        aria-expanded={open}
        aria-label={`${count > 0 ? `${count} ` : ''}${open ? 'Hide' : 'Show'} WhyFirst details (Alt+Shift+W)`}
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
