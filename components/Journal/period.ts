/** The Journal's view choices (site, kind, period) and the entry filter and words they mean. */
import type { ComposerKind } from '../../lib/journal/entry';
import { DAY_MS, type JournalFilter } from '../../lib/journal/views';
import type { SiteId } from '../../lib/sites/ids';
import { siteName } from '../../lib/validate';
import { formatDayYear } from './format';

/** A period to show: the last N days, everything kept, or between two dates. */
export type Period = '7' | '30' | '90' | '365' | 'all' | 'custom';

/** The periods offered, in order. */
export const PERIODS: { value: Period; label: string }[] = [
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: '365', label: 'Last 12 months' },
  { value: 'all', label: 'Everything kept' },
  { value: 'custom', label: 'Between two dates' },
];

/** What the person chose to see; dates are `YYYY-MM-DD` from date inputs ('' when unset). */
export interface JournalView {
  site: SiteId | 'all';
  kind: ComposerKind | 'all';
  period: Period;
  from: string;
  to: string;
}

/** The view the Journal opens with. */
export const DEFAULT_VIEW: JournalView = {
  site: 'all',
  kind: 'all',
  period: '90',
  from: '',
  to: '',
};

/** A view made concrete: the filter, the time span to draw, and its words. */
export interface ResolvedView {
  filter: JournalFilter;
  /** The chart's time axis, epoch ms. */
  start: number;
  end: number;
  /** e.g. "Last 30 days on LinkedIn". */
  label: string;
}

/** Local midnight of a `YYYY-MM-DD` date, or null when it is not one. */
export function parseDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const time = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return Number.isNaN(time) ? null : time;
}

function nextDay(time: number): number {
  const d = new Date(time);
  d.setDate(d.getDate() + 1);
  return d.getTime();
}

/** The filter, chart span and label of a view at `now`; `first` is the oldest entry's time. */
export function resolveView(view: JournalView, now: number, first: number | null): ResolvedView {
  const { site, kind } = view;
  const where = site === 'all' ? '' : ` on ${siteName(site)}`;
  const preset = PERIODS.find((p) => p.value === view.period)?.label ?? '';
  if (view.period === 'all' || view.period === 'custom') {
    let from = view.period === 'custom' ? parseDay(view.from) : null;
    let last = view.period === 'custom' ? parseDay(view.to) : null;
    if (from !== null && last !== null && from > last) [from, last] = [last, from];
    const to = last === null ? null : nextDay(last);
    let label = 'Everything kept';
    if (from !== null && last !== null) label = `${formatDayYear(from)} to ${formatDayYear(last)}`;
    else if (from !== null) label = `Since ${formatDayYear(from)}`;
    else if (last !== null) label = `Until ${formatDayYear(last)}`;
    return {
      filter: { site, kind, from, to },
      start: from ?? Math.min(first ?? now - 30 * DAY_MS, now - DAY_MS),
      end: to ?? now,
      label: label + where,
    };
  }
  const from = now - Number(view.period) * DAY_MS;
  return { filter: { site, kind, from, to: null }, start: from, end: now, label: preset + where };
}
