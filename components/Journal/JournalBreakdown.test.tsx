// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { makeEntry } from '../../lib/journal/testing';
import { JournalBreakdown } from './JournalBreakdown';

afterEach(cleanup);

const DAY = 86_400_000;
const monday = new Date(2026, 2, 2, 12).getTime();
const noun: [string, string] = ['post', 'posts'];

const entries = [
  makeEntry({
    time: monday,
    site: 'x',
    kind: 'post',
    habits: ['personal', 'asks-question'],
    score: 80,
  }),
  makeEntry({
    time: monday + DAY,
    site: 'x',
    kind: 'reply',
    habits: ['personal'],
    band: 'balanced',
    score: 50,
  }),
  makeEntry({
    time: monday + 14 * DAY,
    site: 'linkedin',
    kind: 'post',
    habits: ['personal'],
    band: 'salesy',
    score: 20,
  }),
];

test('habits practised most and least, with how often', () => {
  render(<JournalBreakdown entries={entries} noun={noun} />);
  const habits = screen.getByRole('region', { name: 'Habits you practise' });
  expect(habits.textContent).toContain(
    'Most: Tells something personal (3 of 3). Least: Shares your why, Mentions a passion and 3 others (0 of 3).',
  );
  expect(within(habits).getAllByRole('listitem')).toHaveLength(7);
});

test('week by week, newest first, an empty week said plainly', () => {
  render(<JournalBreakdown entries={entries} noun={noun} />);
  const weeks = within(screen.getByRole('region', { name: 'Week by week' }))
    .getAllByRole('listitem')
    .map((w) => w.textContent ?? '');
  expect(weeks).toHaveLength(3);
  expect(weeks[0]).toMatch(/^Week of .*16.*1 post, median 20: 1 salesy$/);
  expect(weeks[1]).toMatch(/^Week of .*9.*no posts$/);
  expect(weeks[2]).toMatch(/^Week of .*2.*2 posts, median 65: 1 authentic, 1 balanced$/);
});

test('by site and by kind', () => {
  render(<JournalBreakdown entries={entries} noun={noun} />);
  const bySite = screen.getByRole('list', { name: 'By site' }).textContent ?? '';
  expect(bySite).toContain('X2 posts, median 65, a mix of authentic and balanced');
  expect(bySite).toContain('LinkedIn1 post, median 20, salesy');
  const byKind = screen.getByRole('list', { name: 'By kind' }).textContent ?? '';
  expect(byKind).toContain('Replies and comments1 reply, median 50');
});

test('long journals list the last twelve weeks, then all on request', () => {
  const many = Array.from({ length: 20 }, (_, i) => makeEntry({ time: monday + i * 7 * DAY }));
  render(<JournalBreakdown entries={many} noun={noun} />);
  const list = () =>
    within(screen.getByRole('region', { name: 'Week by week' })).getAllByRole('listitem');
  expect(list()).toHaveLength(12);
  fireEvent.click(screen.getByRole('button', { name: 'Show all 20 weeks' }));
  expect(list()).toHaveLength(20);
});
