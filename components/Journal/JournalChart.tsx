import { useEffect, useRef, useState } from 'preact/hooks';
import { bandLabel, bandStyle } from '../../lib/journal/bands';
import type { JournalEntry } from '../../lib/journal/entry';
import { countBands, DAY_MS, median, rollingScores } from '../../lib/journal/views';
import { siteName } from '../../lib/validate';
import { count, formatDay, formatDayYear, formatMonth, KIND_LABEL } from './format';

/** Props of JournalChart. */
export type JournalChartProps = {
  /** The entries to draw, any order. */
  entries: readonly JournalEntry[];
  /** The time axis, epoch ms. */
  start: number;
  end: number;
  noun: [string, string];
};

// Drawn at the width it is given (so text keeps its size), never narrower than MIN_W.
const DEFAULT_W = 720;
const MIN_W = 280;
const H = 260;
const M = { top: 12, right: 14, bottom: 26, left: 34 };
/** Least room, in px, between the starts of two time labels. */
const LABEL_GAP = 60;

/** A tick on the time axis. */
export interface TimeTick {
  time: number;
  label: string;
}

/** Ticks for a time span: days for two weeks or less, Mondays up to four months, else months. */
export function timeTicks(start: number, end: number): TimeTick[] {
  const span = end - start;
  const d = new Date(start);
  d.setHours(0, 0, 0, 0);
  const ticks: TimeTick[] = [];
  if (span <= 14 * DAY_MS) {
    const step = span <= 7 * DAY_MS ? 1 : 2;
    for (d.setDate(d.getDate() + 1); d.getTime() <= end; d.setDate(d.getDate() + step))
      ticks.push({ time: d.getTime(), label: formatDay(d.getTime()) });
  } else if (span <= 120 * DAY_MS) {
    d.setDate(d.getDate() + ((8 - d.getDay()) % 7 || 7));
    const step = span <= 60 * DAY_MS ? 7 : 14;
    for (; d.getTime() <= end; d.setDate(d.getDate() + step))
      ticks.push({ time: d.getTime(), label: formatDay(d.getTime()) });
  } else {
    d.setDate(1);
    d.setMonth(d.getMonth() + 1);
    const step = span <= 400 * DAY_MS ? 1 : 3;
    for (; d.getTime() <= end; d.setMonth(d.getMonth() + step))
      ticks.push({ time: d.getTime(), label: formatMonth(d.getTime()) });
  }
  return ticks;
}

/** The chart's text alternative: what it shows, the range of scores and where the line went. */
function chartLabel(
  entries: readonly JournalEntry[],
  start: number,
  end: number,
  noun: [string, string],
): string {
  const scores = entries.map((e) => e.score);
  const line = rollingScores(entries);
  const bands = countBands(entries)
    .map((b) => `${b.count} ${bandLabel(b.band).toLowerCase()}`)
    .join(', ');
  const parts = [
    `Chart of ${count(entries.length, noun)} from ${formatDay(start)} to ${formatDayYear(end)}, each a point by score from 0 (salesy) to 100 (authentic): ${bands}.`,
  ];
  if (entries.length > 1) {
    const first = line[0]?.median ?? 0;
    const last = line[line.length - 1]?.median ?? 0;
    parts.push(
      `Scores from ${Math.min(...scores)} to ${Math.max(...scores)}, median ${Math.round(median(scores) ?? 0)}; the line of the 7-day median goes from ${Math.round(first)} to ${Math.round(last)}.`,
    );
  }
  return parts.join(' ');
}

/** Every k-th tick, so labels stay LABEL_GAP apart at this width. */
function thin(ticks: TimeTick[], x: (t: number) => number): TimeTick[] {
  if (ticks.length < 2) return ticks;
  const gap = x((ticks[1] as TimeTick).time) - x((ticks[0] as TimeTick).time);
  const k = Math.max(1, Math.ceil(LABEL_GAP / Math.max(gap, 1)));
  return ticks.filter((_, i) => i % k === 0);
}

function Mark({ band, x, y }: { band: string; x: number; y: number }) {
  const style = bandStyle(band);
  const cls = `pt band-${style}`;
  if (style === 'authentic') return <circle class={cls} cx={x} cy={y} r={4.5} />;
  if (style === 'balanced')
    return (
      <path class={cls} d={`M${x} ${y - 5.5}L${x + 5.5} ${y}L${x} ${y + 5.5}L${x - 5.5} ${y}Z`} />
    );
  if (style === 'salesy')
    return <path class={cls} d={`M${x} ${y - 5.5}L${x + 5.5} ${y + 4.5}L${x - 5.5} ${y + 4.5}Z`} />;
  return <rect class={cls} x={x - 4} y={y - 4} width={8} height={8} />;
}

/**
 * Posts over time: each a point by score, shaped and coloured by band, with the line of the
 * median score over the 7 days up to each post. An svg with role="img" and a summary label.
 */
export function JournalChart({ entries, start, end, noun }: JournalChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_W);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(MIN_W, Math.round(entry.contentRect.width)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const W = width;
  const span = Math.max(end - start, 1);
  const x = (t: number) => M.left + ((t - start) / span) * (W - M.left - M.right);
  const y = (s: number) => M.top + (1 - s / 100) * (H - M.top - M.bottom);
  const sorted = [...entries].sort((a, b) => a.time - b.time);
  const line = rollingScores(sorted);
  const path = line
    .map((p, i) => `${i ? 'L' : 'M'}${x(p.time).toFixed(1)} ${y(p.median).toFixed(1)}`)
    .join('');
  return (
    <div class="chart" ref={box}>
      <svg
        role="img"
        aria-label={chartLabel(sorted, start, end, noun)}
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="xMidYMid meet"
      >
        {[0, 25, 50, 75, 100].map((s) => (
          <g key={s}>
            <line class="grid" x1={M.left} x2={W - M.right} y1={y(s)} y2={y(s)} />
            <text class="axis" x={M.left - 6} y={y(s) + 4} text-anchor="end">
              {s}
            </text>
          </g>
        ))}
        {thin(timeTicks(start, end), x).map((t) => (
          <text key={t.time} class="axis" x={x(t.time)} y={H - 8} text-anchor="middle">
            {t.label}
          </text>
        ))}
        {line.length > 1 && <path class="trend" d={path} />}
        {sorted.map((e) => (
          <g key={e.id}>
            <title>{`${formatDayYear(e.time)}: ${KIND_LABEL[e.kind]} on ${siteName(e.site)}, ${e.score}, ${bandLabel(e.band)}`}</title>
            <Mark band={e.band} x={x(e.time)} y={y(e.score)} />
          </g>
        ))}
      </svg>
      <ul class="legend" aria-label="Legend">
        {countBands(sorted).map((b) => (
          <li key={b.band}>
            <span class={`shape band-${bandStyle(b.band)}`} aria-hidden="true" />
            {bandLabel(b.band)}
          </li>
        ))}
        <li>
          <span class="shape line" aria-hidden="true" />
          Median score of the 7 days up to each post
        </li>
      </ul>
    </div>
  );
}
