// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { makeEntry } from '../../lib/journal/testing';
import { WeekLine, weekSentence } from './WeekLine';

afterEach(cleanup);

const DAY = 86_400_000;
const now = new Date(2026, 2, 11, 12).getTime(); // a Wednesday

test.each([
  [
    { count: 5, median: 72 },
    { count: 3, median: 64 },
    'This week: 5 posts, median 72 · last week: 3, median 64',
  ],
  [
    { count: 0, median: null },
    { count: 1, median: 80 },
    'This week: no posts yet · last week: 1, median 80',
  ],
  [
    { count: 1, median: 70.5 },
    { count: 0, median: null },
    'This week: 1 post, median 71 · none last week',
  ],
])('weekSentence %j %j', (thisWeek, lastWeek, sentence) => {
  expect(weekSentence({ thisWeek, lastWeek, medians: [] })).toBe(sentence);
});

test('this week against last, a sparkline and a link to the Journal', () => {
  const onOpen = vi.fn();
  const entries = [
    makeEntry({ time: now - DAY, score: 80 }),
    makeEntry({ time: now - 7 * DAY, score: 60 }),
  ];
  const { container } = render(
    <WeekLine entries={entries} now={now} href="/journal.html" onOpen={onOpen} />,
  );
  expect(screen.getByText('This week: 1 post, median 80 · last week: 1, median 60')).toBeTruthy();
  expect(container.querySelector('svg.spark path')?.getAttribute('d')).toMatch(/^M.*L/);
  fireEvent.click(screen.getByRole('link', { name: 'Journal' }));
  expect(onOpen).toHaveBeenCalled();
});

test('quiet when the last two weeks hold nothing: only a link', () => {
  render(
    <WeekLine
      entries={[makeEntry({ time: now - 60 * DAY })]}
      now={now}
      href="/journal.html"
      onOpen={() => {}}
    />,
  );
  expect(screen.getByRole('link', { name: 'Your journal' })).toBeTruthy();
  expect(screen.queryByText(/This week/)).toBeNull();
});

test('nothing while loading', () => {
  const { container } = render(
    <WeekLine entries={null} now={now} href="/journal.html" onOpen={() => {}} />,
  );
  expect(container.textContent).toBe('');
});
