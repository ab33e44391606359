// Made-up journal entries for the Journal's browser tests and screenshots, and a way to store them.
import type { Page } from 'playwright-core';
import type { JournalEntry } from '../../lib/journal/entry';

const DAY = 86_400_000;

// Our own example posts (never from the corpus), with the band and habits they would plausibly get.
const POSTS: Array<Pick<JournalEntry, 'score' | 'band' | 'habits' | 'rules'> & { text: string }> = [
  {
    text: 'Last week I baked with my daughter for the first time. What did you bake first?',
    score: 88,
    band: 'authentic',
    habits: ['personal', 'asks-question', 'no-hard-sell'],
    rules: ['inviting-question', 'personal-story'],
  },
  {
    text: 'Three things I learned fixing our checkout: ask early, measure, say sorry fast.',
    score: 79,
    band: 'authentic',
    habits: ['teaches', 'no-hard-sell'],
    rules: ['teaching'],
  },
  {
    text: 'Huge thanks to @mara for the workshop on Saturday. Our team is still talking about it.',
    score: 83,
    band: 'authentic',
    habits: ['credits-others', 'no-hard-sell'],
    rules: ['gratitude', 'credits-mention'],
  },
  {
    text: 'I started this studio because nobody taught me to draw as a kid. Why did you start yours?',
    score: 91,
    band: 'authentic',
    habits: ['shares-why', 'asks-question', 'personal', 'no-hard-sell'],
    rules: ['why-statement', 'inviting-question'],
  },
  {
    text: 'New prints are in the shop. Made them over the winter, in the cold garage.',
    score: 55,
    band: 'balanced',
    habits: ['personal'],
    rules: ['self-promo', 'personal-story'],
  },
  {
    text: 'Our spring course opens Monday. Early seats are 20% off until Friday!',
    score: 24,
    band: 'salesy',
    habits: [],
    rules: ['deal-talk', 'urgency', 'price-talk'],
  },
  {
    text: 'Go Bears! Anyone else watching from the bakery tonight?',
    score: 72,
    band: 'authentic',
    habits: ['mentions-passion', 'asks-question', 'no-hard-sell'],
    rules: ['community', 'inviting-question'],
  },
  {
    text: 'Happy to help, send me the file and I will look this evening.',
    score: 60,
    band: 'balanced',
    habits: ['no-hard-sell'],
    rules: [],
  },
];

const SITES: JournalEntry['site'][] = ['x', 'linkedin', 'facebook', 'linkedin', 'x'];
const KINDS: JournalEntry['kind'][] = ['post', 'post', 'reply', 'message', 'reply', 'post'];

/**
 * `n` entries spread over the `days` before `now`, oldest first, deterministic. With `withText`
 * every third entry keeps its text.
 */
export function seedEntries(
  n: number,
  now: number,
  opts: { days?: number; withText?: boolean } = {},
): JournalEntry[] {
  const days = opts.days ?? 84;
  let state = 7;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const out: JournalEntry[] = [];
  for (let i = 0; i < n; i++) {
    const post = POSTS[Math.floor(rand() * POSTS.length)] as (typeof POSTS)[number];
    // Later posts drift toward authentic: the story a journal should be able to show.
    const drift = Math.round((i / n) * 10 - 5);
    const score = Math.max(0, Math.min(100, post.score + drift + Math.round(rand() * 8 - 4)));
    const entry: JournalEntry = {
      id: `seed-${i}`,
      time: Math.round(now - days * DAY + ((i + rand() * 0.8) / n) * days * DAY),
      site: SITES[i % SITES.length] as JournalEntry['site'],
      kind: KINDS[i % KINDS.length] as JournalEntry['kind'],
      score,
      band: post.band,
      salesiness: Math.max(0, 100 - score - 10),
      authenticity: score,
      habits: post.habits,
      words: post.text.split(/\s+/).length,
      rules: post.rules,
    };
    if (opts.withText && i % 3 === 0) entry.text = post.text;
    out.push(entry);
  }
  return out;
}

/** Stores entries (and optionally journal settings) from inside an extension page. */
export async function storeJournal(
  page: Page,
  entries: unknown[],
  settings?: { keepText: boolean; retentionDays: number },
): Promise<void> {
  await page.evaluate(
    async ([journal, journalSettings]) => {
      type Local = { set: (items: Record<string, unknown>) => Promise<void> };
      const chrome = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
      await chrome.storage.local.set(journalSettings ? { journal, journalSettings } : { journal });
    },
    [entries, settings ?? null] as const,
  );
}
