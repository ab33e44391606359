import { useState } from 'preact/hooks';
import { bandLabel, bandStyle } from '../../lib/journal/bands';
import { COMPOSER_KINDS, type JournalEntry } from '../../lib/journal/entry';
import {
  type BandCount,
  bandPhrase,
  groupEntries,
  habitRanking,
  weeklyBuckets,
} from '../../lib/journal/views';
import { SITE_IDS } from '../../lib/sites/ids';
import { siteName } from '../../lib/validate';
import { HABITS } from '../Checklist/habits';
import { count, formatDay, KIND_NOUN, KIND_PLURAL } from './format';

/** Props of JournalBreakdown. */
export type JournalBreakdownProps = {
  entries: readonly JournalEntry[];
  noun: [string, string];
};

/** Weeks listed before "Show every week". */
const RECENT_WEEKS = 12;

function bandsInWords(bands: readonly BandCount[]): string {
  return bands.map((b) => `${b.count} ${bandLabel(b.band).toLowerCase()}`).join(', ');
}

/** "A", "A and B", or "A, B and 3 others". */
function listed(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names[0]}, ${names[1]} and ${names.length - 2} others`;
}

/** A bar split by band; decoration only, the words beside it say the same. */
function BandBar({ bands, total }: { bands: readonly BandCount[]; total: number }) {
  return (
    <span class="bar" aria-hidden="true">
      {bands.map((b) => (
        <span
          key={b.band}
          class={`seg band-${bandStyle(b.band)}`}
          style={{ width: `${(100 * b.count) / Math.max(total, 1)}%` }}
        />
      ))}
    </span>
  );
}

/** The band mix week by week, newest first. */
function Weeks({ entries, noun }: JournalBreakdownProps) {
  const [all, setAll] = useState(false);
  const weeks = weeklyBuckets(entries).reverse();
  const shown = all ? weeks : weeks.slice(0, RECENT_WEEKS);
  const most = Math.max(...weeks.map((w) => w.count), 1);
  return (
    <section class="section" aria-labelledby="weeks-title">
      <h2 id="weeks-title">Week by week</h2>
      <ul class="weeks">
        {shown.map((w) => (
          <li key={w.start}>
            <span class="week">Week of {formatDay(w.start)}</span>
            <span class="bar-box" style={{ width: `${(100 * w.count) / most}%` }}>
              <BandBar bands={w.bands} total={w.count} />
            </span>
            <span class="week-words">
              {w.count === 0
                ? `no ${noun[1]}`
                : `${count(w.count, noun)}, median ${Math.round(w.median ?? 0)}: ${bandsInWords(w.bands)}`}
            </span>
          </li>
        ))}
      </ul>
      {weeks.length > RECENT_WEEKS && (
        <button type="button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? `Show the last ${RECENT_WEEKS} weeks` : `Show all ${weeks.length} weeks`}
        </button>
      )}
    </section>
  );
}

/** The seven habits, most practised first, with how often each showed. */
function Habits({ entries }: JournalBreakdownProps) {
  const ranking = habitRanking(
    entries,
    HABITS.map((h) => h.id),
  );
  const label = (id: string) => HABITS.find((h) => h.id === id)?.label ?? id;
  const n = entries.length;
  const most = ranking[0]?.count ?? 0;
  const least = ranking[ranking.length - 1]?.count ?? 0;
  const named = (c: number) => listed(ranking.filter((h) => h.count === c).map((h) => label(h.id)));
  return (
    <section class="section" aria-labelledby="habits-title">
      <h2 id="habits-title">Habits you practise</h2>
      <p>
        {most === least ? (
          `Every habit showed as often: ${most} of ${n}.`
        ) : (
          <>
            Most: <strong>{named(most)}</strong> ({most} of {n}). Least:{' '}
            <strong>{named(least)}</strong> ({least} of {n}).
          </>
        )}
      </p>
      <ul class="habit-bars">
        {ranking.map((h) => (
          <li key={h.id}>
            <span class="habit-name">{label(h.id)}</span>
            <span class="bar" aria-hidden="true">
              <span class="seg fill" style={{ width: `${(100 * h.count) / Math.max(n, 1)}%` }} />
            </span>
            <span class="habit-count">
              {h.count} of {n}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Counts, median and band mix per site and per kind. */
function Groups({ entries, noun }: JournalBreakdownProps) {
  const sites = groupEntries(entries, 'site', SITE_IDS);
  const kinds = groupEntries(entries, 'kind', COMPOSER_KINDS);
  const line = (
    g: (typeof sites)[number] | (typeof kinds)[number],
    name: string,
    words: [string, string],
  ) => (
    <li key={g.key}>
      <span class="group-name">{name}</span>
      <BandBar bands={g.bands} total={g.count} />
      <span>
        {count(g.count, words)}, median {Math.round(g.median ?? 0)},{' '}
        {bandPhrase(g.bands, bandLabel)}
      </span>
    </li>
  );
  return (
    <section class="section groups-section" aria-labelledby="groups-title">
      <h2 id="groups-title">By site and by kind</h2>
      <div class="group-cols">
        <div>
          <h3 id="by-site">By site</h3>
          <ul class="groups" aria-labelledby="by-site">
            {sites.map((g) => line(g, siteName(g.key), noun))}
          </ul>
        </div>
        <div>
          <h3 id="by-kind">By kind</h3>
          <ul class="groups" aria-labelledby="by-kind">
            {kinds.map((g) => line(g, KIND_PLURAL[g.key], KIND_NOUN[g.key]))}
          </ul>
        </div>
      </div>
    </section>
  );
}

/** What the entries add up to: weeks, habits, sites and kinds. */
export function JournalBreakdown(props: JournalBreakdownProps) {
  return (
    <div class="breakdown">
      <Weeks {...props} />
      <Habits {...props} />
      <Groups {...props} />
    </div>
  );
}
