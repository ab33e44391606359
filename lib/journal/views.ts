/** Pure views of the journal for its page and the popup: filters, weekly figures, habits, summary. */
import type { SiteId } from '../sites/ids';
import { compareBands } from './bands';
import type { ComposerKind, JournalBand, JournalEntry } from './entry';

export const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** Which entries the Journal shows; `from` is inclusive, `to` exclusive (epoch ms). */
export interface JournalFilter {
  site: SiteId | 'all';
  kind: ComposerKind | 'all';
  from: number | null;
  to: number | null;
}

/** The entries that pass a filter, in their order. */
export function filterEntries(
  entries: readonly JournalEntry[],
  filter: JournalFilter,
): JournalEntry[] {
  return entries.filter(
    (e) =>
      (filter.site === 'all' || e.site === filter.site) &&
      (filter.kind === 'all' || e.kind === filter.kind) &&
      (filter.from === null || e.time >= filter.from) &&
      (filter.to === null || e.time < filter.to),
  );
}

/** The median of some numbers, or null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The mean of some numbers, or null when there are none. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The score over the week before a moment. */
export interface RollingPoint {
  time: number;
  median: number;
  mean: number;
  /** Posts in the window. */
  count: number;
}

/** At each entry (oldest first), the median and mean score of the entries in the 7 days up to it. */
export function rollingScores(
  entries: readonly JournalEntry[],
  windowMs = WEEK_MS,
): RollingPoint[] {
  const sorted = [...entries].sort((a, b) => a.time - b.time);
  const out: RollingPoint[] = [];
  let start = 0;
  for (let i = 0; i < sorted.length; i++) {
    const now = (sorted[i] as JournalEntry).time;
    while ((sorted[start] as JournalEntry).time <= now - windowMs) start++;
    const scores = sorted.slice(start, i + 1).map((e) => e.score);
    out.push({
      time: now,
      median: median(scores) as number,
      mean: mean(scores) as number,
      count: scores.length,
    });
  }
  return out;
}

/** Local midnight starting the (Monday-first) week that holds `time`. */
export function weekStart(time: number): number {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

function nextWeek(start: number): number {
  const d = new Date(start);
  d.setDate(d.getDate() + 7);
  return d.getTime();
}

/** How many posts had each band. */
export interface BandCount {
  band: JournalBand;
  count: number;
}

/** Counts of each band present, in display order. */
export function countBands(entries: readonly JournalEntry[]): BandCount[] {
  const counts = new Map<JournalBand, number>();
  for (const e of entries) counts.set(e.band, (counts.get(e.band) ?? 0) + 1);
  return [...counts]
    .map(([band, count]) => ({ band, count }))
    .sort((a, b) => compareBands(a.band, b.band));
}

/** One calendar week of posts. */
export interface WeekBucket {
  /** Local Monday midnight. */
  start: number;
  count: number;
  median: number | null;
  bands: BandCount[];
}

/** Every week from the first entry's to the last's (empty weeks included), oldest first. */
export function weeklyBuckets(entries: readonly JournalEntry[]): WeekBucket[] {
  if (entries.length === 0) return [];
  const times = entries.map((e) => e.time);
  const last = weekStart(Math.max(...times));
  const byWeek = new Map<number, JournalEntry[]>();
  for (const e of entries) {
    const key = weekStart(e.time);
    const week = byWeek.get(key);
    if (week) week.push(e);
    else byWeek.set(key, [e]);
  }
  const out: WeekBucket[] = [];
  for (let start = weekStart(Math.min(...times)); start <= last; start = nextWeek(start)) {
    const week = byWeek.get(start) ?? [];
    out.push({
      start,
      count: week.length,
      median: median(week.map((e) => e.score)),
      bands: countBands(week),
    });
  }
  return out;
}

/** How often a habit showed. */
export interface HabitCount {
  id: string;
  count: number;
}

/** Each habit in `ids` with how many entries showed it, most practised first (ties keep `ids` order). */
export function habitRanking(
  entries: readonly JournalEntry[],
  ids: readonly string[],
): HabitCount[] {
  return ids
    .map((id) => ({ id, count: entries.filter((e) => e.habits.includes(id)).length }))
    .sort((a, b) => b.count - a.count);
}

/** Posts of one site or one kind. */
export interface Group<K extends string> {
  key: K;
  count: number;
  median: number | null;
  bands: BandCount[];
}

/** Entries grouped by site or by kind, in the order of `keys`, groups with no entries left out. */
export function groupEntries<K extends 'site' | 'kind'>(
  entries: readonly JournalEntry[],
  by: K,
  keys: readonly JournalEntry[K][],
): Group<JournalEntry[K]>[] {
  return keys
    .map((key) => {
      const group = entries.filter((e) => e[by] === key);
      return {
        key,
        count: group.length,
        median: median(group.map((e) => e.score)),
        bands: countBands(group),
      };
    })
    .filter((g) => g.count > 0);
}

/** "mostly authentic" when one band holds more than half, else "authentic and balanced" (top two). */
export function bandPhrase(
  bands: readonly BandCount[],
  label: (band: JournalBand) => string,
): string {
  const total = bands.reduce((n, b) => n + b.count, 0);
  const [top, second] = [...bands].sort(
    (a, b) => b.count - a.count || compareBands(a.band, b.band),
  );
  if (!top) return '';
  const name = (b: BandCount) => label(b.band).toLowerCase();
  if (top.count === total) return total === 1 ? name(top) : `all ${name(top)}`;
  if (top.count * 2 > total || !second) return `mostly ${name(top)}`;
  return `a mix of ${name(top)} and ${name(second)}`;
}

/** Words for the summary, so it reads "14 replies" when only replies are shown. */
export interface SummaryWords {
  /** e.g. "Last 30 days". */
  period: string;
  /** Singular and plural of what was counted, e.g. ["post", "posts"]. */
  noun: [string, string];
  bandLabel: (band: JournalBand) => string;
}

/**
 * One sentence about the entries: how many, their median, the band they mostly had, and how
 * often they asked a question and shared the writer's why.
 */
export function summarySentence(entries: readonly JournalEntry[], words: SummaryWords): string {
  const n = entries.length;
  const [one, many] = words.noun;
  if (n === 0) return `${words.period}: no ${many} yet.`;
  const m = Math.round(median(entries.map((e) => e.score)) as number);
  const bands = bandPhrase(countBands(entries), words.bandLabel);
  const asked = entries.filter((e) => e.habits.includes('asks-question')).length;
  const why = entries.filter((e) => e.habits.includes('shares-why')).length;
  if (n === 1) {
    const habits =
      asked && why
        ? 'you asked a question and shared your why'
        : asked
          ? 'you asked a question'
          : why
            ? 'you shared your why'
            : 'no question, no why yet';
    return `${words.period}: 1 ${one}, score ${m}, ${bands}; ${habits}.`;
  }
  return `${words.period}: ${n} ${many}, median ${m}, ${bands}; you asked a question in ${asked} of ${n} and shared your why in ${why}.`;
}

/** This calendar week against the last, and the weekly medians before them, for the popup. */
export interface WeekComparison {
  thisWeek: { count: number; median: number | null };
  lastWeek: { count: number; median: number | null };
  /** Median score of each of the last `weeks` weeks, oldest first; null for a week with none. */
  medians: (number | null)[];
}

/** This week's and last week's posts at `now`, with the last `weeks` weekly medians. */
export function compareWeeks(
  entries: readonly JournalEntry[],
  now: number,
  weeks = 8,
): WeekComparison {
  const starts: number[] = [weekStart(now)];
  while (starts.length < Math.max(weeks, 2)) {
    const d = new Date(starts[0] as number);
    d.setDate(d.getDate() - 7);
    starts.unshift(d.getTime());
  }
  const end = nextWeek(weekStart(now));
  const stats = starts.map((start, i) => {
    const until = starts[i + 1] ?? end;
    const scores = entries.filter((e) => e.time >= start && e.time < until).map((e) => e.score);
    return { count: scores.length, median: median(scores) };
  });
  return {
    thisWeek: stats[stats.length - 1] as WeekComparison['thisWeek'],
    lastWeek: stats[stats.length - 2] as WeekComparison['lastWeek'],
    medians: stats.slice(-weeks).map((s) => s.median),
  };
}
