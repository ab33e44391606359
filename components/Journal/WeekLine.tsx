import { browser } from 'wxt/browser';
import type { JournalEntry } from '../../lib/journal/entry';
import { compareWeeks, type WeekComparison } from '../../lib/journal/views';
import { count } from './format';
import { useJournal } from './useJournal';
import './WeekLine.css';

/** Props of WeekLine. */
export type WeekLineProps = {
  /** Null while loading. */
  entries: readonly JournalEntry[] | null;
  now: number;
  /** The Journal page's address. */
  href: string;
  onOpen: () => void;
};

const NOUN: [string, string] = ['post', 'posts'];

/** "This week: 5 posts, median 72 · last week: 3, median 64". */
export function weekSentence({ thisWeek, lastWeek }: WeekComparison): string {
  const now = thisWeek.count
    ? `This week: ${count(thisWeek.count, NOUN)}, median ${Math.round(thisWeek.median ?? 0)}`
    : 'This week: no posts yet';
  const before = lastWeek.count
    ? `last week: ${lastWeek.count}, median ${Math.round(lastWeek.median ?? 0)}`
    : 'none last week';
  return `${now} · ${before}`;
}

/** A tiny line of weekly medians (0..100), broken where a week had no posts. */
function Sparkline({ medians }: { medians: (number | null)[] }) {
  const w = 64;
  const h = 20;
  const x = (i: number) => 2 + (i * (w - 4)) / Math.max(medians.length - 1, 1);
  const y = (m: number) => 2 + (1 - m / 100) * (h - 4);
  let d = '';
  let pen = false;
  medians.forEach((m, i) => {
    if (m === null) pen = false;
    else {
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(m).toFixed(1)}`;
      pen = true;
    }
  });
  const lastIndex = medians.findLastIndex((m) => m !== null);
  const last = medians[lastIndex];
  return (
    <svg class="spark" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true">
      <line class="spark-mid" x1={0} x2={w} y1={y(50)} y2={y(50)} />
      <path class="spark-line" d={d} />
      {last != null && <circle class="spark-dot" cx={x(lastIndex)} cy={y(last)} r={2.2} />}
    </svg>
  );
}

/**
 * The popup's line about the journal: this week against last, with a sparkline of weekly
 * medians; only a quiet link when the last two weeks hold nothing.
 */
export function WeekLine({ entries, now, href, onOpen }: WeekLineProps) {
  if (entries === null) return null;
  const comparison = compareWeeks(entries, now);
  const open = (e: MouseEvent) => {
    e.preventDefault();
    onOpen();
  };
  if (comparison.thisWeek.count + comparison.lastWeek.count === 0)
    return (
      <p class="week-line quiet">
        <a href={href} onClick={open}>
          Your journal
        </a>
      </p>
    );
  return (
    <p class="week-line">
      <Sparkline medians={comparison.medians} />
      <span>{weekSentence(comparison)}</span>
      <a href={href} onClick={open}>
        Journal
      </a>
    </p>
  );
}

/** WeekLine for the popup, with its own data; opens the Journal in a tab. */
export function PopupWeekLine() {
  const { entries } = useJournal();
  const href = browser.runtime.getURL('/journal.html');
  return (
    <WeekLine
      entries={entries}
      now={Date.now()}
      href={href}
      onOpen={() => {
        void browser.tabs.create({ url: href });
        window.close();
      }}
    />
  );
}
