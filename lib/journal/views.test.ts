import { describe, expect, test } from 'vitest';
import { bandLabel, bandStyle } from './bands';
import { makeEntry } from './testing';
import {
  bandPhrase,
  compareWeeks,
  countBands,
  filterEntries,
  groupEntries,
  habitRanking,
  median,
  rollingScores,
  summarySentence,
  weeklyBuckets,
  weekStart,
} from './views';

const DAY = 86_400_000;
// Local times, so weeks (Monday first) are the reader's weeks.
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const words = { period: 'Last 30 days', noun: ['post', 'posts'] as [string, string], bandLabel };

describe('filterEntries', () => {
  const a = makeEntry({ site: 'x', kind: 'post', time: at(2026, 3, 2) });
  const b = makeEntry({ site: 'linkedin', kind: 'reply', time: at(2026, 3, 9) });
  const c = makeEntry({ site: 'x', kind: 'message', time: at(2026, 3, 16) });
  const all = [a, b, c];
  const none = { site: 'all', kind: 'all', from: null, to: null } as const;

  test('by site, by kind, by date range (from inclusive, to exclusive)', () => {
    expect(filterEntries(all, none)).toEqual(all);
    expect(filterEntries(all, { ...none, site: 'x' })).toEqual([a, c]);
    expect(filterEntries(all, { ...none, kind: 'reply' })).toEqual([b]);
    expect(filterEntries(all, { ...none, from: b.time, to: c.time })).toEqual([b]);
    expect(
      filterEntries(all, { ...none, site: 'x', kind: 'post', from: at(2026, 3, 3), to: null }),
    ).toEqual([]);
  });
});

describe('median and rolling scores', () => {
  test('median of odd and even counts, none for nothing', () => {
    expect(median([90, 10, 50])).toBe(50);
    expect(median([10, 20, 30, 90])).toBe(25);
    expect(median([])).toBeNull();
  });

  test('each point covers the 7 days up to it', () => {
    const entries = [
      makeEntry({ time: at(2026, 3, 1), score: 40 }),
      makeEntry({ time: at(2026, 3, 3), score: 80 }),
      makeEntry({ time: at(2026, 3, 5), score: 90 }),
      makeEntry({ time: at(2026, 3, 12), score: 60 }), // the first three are more than 7 days back
    ];
    expect(rollingScores(entries).map((p) => [p.median, p.mean, p.count])).toEqual([
      [40, 40, 1],
      [60, 60, 2],
      [80, 70, 3],
      [60, 60, 1],
    ]);
  });
});

describe('weeks', () => {
  test('weekStart is local Monday midnight', () => {
    const start = new Date(weekStart(at(2026, 3, 5))); // a Thursday
    expect([start.getDay(), start.getDate(), start.getHours()]).toEqual([1, 2, 0]);
    expect(weekStart(at(2026, 3, 8, 23))).toBe(weekStart(at(2026, 3, 2, 0))); // Sunday night
    expect(weekStart(at(2026, 3, 9, 0))).not.toBe(weekStart(at(2026, 3, 8, 23)));
  });

  test('weekly buckets include empty weeks and mix bands per week', () => {
    const entries = [
      makeEntry({ time: at(2026, 3, 3), band: 'authentic', score: 80 }),
      makeEntry({ time: at(2026, 3, 4), band: 'salesy', score: 20 }),
      makeEntry({ time: at(2026, 3, 18), band: 'neutral', score: 50 }),
    ];
    const weeks = weeklyBuckets(entries);
    expect(weeks.map((w) => [new Date(w.start).getDate(), w.count, w.median])).toEqual([
      [2, 2, 50],
      [9, 0, null],
      [16, 1, 50],
    ]);
    expect(weeks[0]?.bands).toEqual([
      { band: 'authentic', count: 1 },
      { band: 'salesy', count: 1 },
    ]);
  });
});

describe('bands', () => {
  test('known bands first in order, unknown ones after, by name', () => {
    const entries = ['salesy', 'zesty', 'authentic', 'neutral', 'balanced', 'authentic'].map(
      (band) => makeEntry({ band }),
    );
    expect(countBands(entries)).toEqual([
      { band: 'authentic', count: 2 },
      { band: 'balanced', count: 1 },
      { band: 'salesy', count: 1 },
      { band: 'neutral', count: 1 },
      { band: 'zesty', count: 1 },
    ]);
  });

  test('labels and styles for known and unknown bands', () => {
    expect(bandLabel('authentic')).toBe('Authentic');
    expect(bandLabel('neutral')).toBe('Neutral');
    expect(bandLabel('quite-salesy')).toBe('Quite salesy');
    expect(bandStyle('salesy')).toBe('salesy');
    expect(bandStyle('quite-salesy')).toBe('other');
  });

  test.each([
    [[['authentic', 3]], 'all authentic'],
    [[['authentic', 1]], 'authentic'],
    [
      [
        ['authentic', 3],
        ['salesy', 1],
      ],
      'mostly authentic',
    ],
    [
      [
        ['authentic', 2],
        ['balanced', 2],
      ],
      'a mix of authentic and balanced',
    ],
    [
      [
        ['salesy', 2],
        ['balanced', 3],
        ['authentic', 1],
      ],
      'a mix of balanced and salesy',
    ],
    [
      [
        ['neutral', 5],
        ['authentic', 1],
      ],
      'mostly neutral',
    ],
  ] as [[string, number][], string][])('bandPhrase %j -> %s', (counts, phrase) => {
    expect(
      bandPhrase(
        counts.map(([band, count]) => ({ band, count })),
        bandLabel,
      ),
    ).toBe(phrase);
  });
});

describe('habits and groups', () => {
  const entries = [
    makeEntry({ site: 'x', kind: 'post', habits: ['asks-question', 'personal'], score: 80 }),
    makeEntry({ site: 'x', kind: 'reply', habits: ['personal'], score: 60 }),
    makeEntry({
      site: 'facebook',
      kind: 'post',
      habits: ['personal', 'teaches'],
      score: 30,
      band: 'salesy',
    }),
  ];

  test('habits ranked by how often they showed, ties in the given order', () => {
    expect(habitRanking(entries, ['shares-why', 'asks-question', 'teaches', 'personal'])).toEqual([
      { id: 'personal', count: 3 },
      { id: 'asks-question', count: 1 },
      { id: 'teaches', count: 1 },
      { id: 'shares-why', count: 0 },
    ]);
  });

  test('by site and by kind, empty groups left out', () => {
    expect(groupEntries(entries, 'site', ['x', 'facebook', 'linkedin'])).toMatchObject([
      { key: 'x', count: 2, median: 70 },
      { key: 'facebook', count: 1, median: 30, bands: [{ band: 'salesy', count: 1 }] },
    ]);
    expect(
      groupEntries(entries, 'kind', ['post', 'reply', 'message']).map((g) => [g.key, g.count]),
    ).toEqual([
      ['post', 2],
      ['reply', 1],
    ]);
  });
});

describe('summarySentence', () => {
  test('many posts: count, median, band, questions and why', () => {
    const entries = [
      ...Array.from({ length: 11 }, (_, i) =>
        makeEntry({ score: 70 + i, habits: i < 3 ? ['asks-question'] : [] }),
      ),
      makeEntry({ score: 40, band: 'balanced', habits: ['shares-why'] }),
      makeEntry({ score: 90, habits: ['shares-why', 'asks-question'] }),
      makeEntry({ score: 20, band: 'salesy' }),
    ];
    expect(summarySentence(entries, words)).toBe(
      'Last 30 days: 14 posts, median 75, mostly authentic; you asked a question in 4 of 14 and shared your why in 2.',
    );
  });

  test('one post, and none', () => {
    expect(
      summarySentence(
        [makeEntry({ score: 64, band: 'balanced', habits: ['asks-question'] })],
        words,
      ),
    ).toBe('Last 30 days: 1 post, score 64, balanced; you asked a question.');
    expect(
      summarySentence([makeEntry({ habits: [] })], { ...words, noun: ['reply', 'replies'] }),
    ).toBe('Last 30 days: 1 reply, score 70, authentic; no question, no why yet.');
    expect(summarySentence([], words)).toBe('Last 30 days: no posts yet.');
  });

  test('an unknown band is named from its id', () => {
    const entries = [makeEntry({ band: 'quite-salesy' }), makeEntry({ band: 'quite-salesy' })];
    expect(summarySentence(entries, words)).toContain('all quite salesy');
  });
});

describe('compareWeeks', () => {
  const now = at(2026, 3, 11); // Wednesday; this week began Monday 9 March
  test('this week against last week, and eight weekly medians', () => {
    const entries = [
      makeEntry({ time: at(2026, 3, 9, 8), score: 80 }),
      makeEntry({ time: at(2026, 3, 10), score: 60 }),
      makeEntry({ time: at(2026, 3, 8, 22), score: 50 }), // last Sunday: last week
      makeEntry({ time: at(2026, 1, 5), score: 10 }), // too old for the sparkline
    ];
    const c = compareWeeks(entries, now);
    expect(c.thisWeek).toEqual({ count: 2, median: 70 });
    expect(c.lastWeek).toEqual({ count: 1, median: 50 });
    expect(c.medians).toEqual([null, null, null, null, null, null, 50, 70]);
  });

  test('nothing recent: zero counts and no medians', () => {
    const c = compareWeeks([makeEntry({ time: now - 90 * DAY })], now);
    expect(c.thisWeek.count + c.lastWeek.count).toBe(0);
    expect(c.medians.every((m) => m === null)).toBe(true);
  });
});
