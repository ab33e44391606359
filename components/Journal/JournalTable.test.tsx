// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { makeEntry } from '../../lib/journal/testing';
import { JournalTable } from './JournalTable';

afterEach(cleanup);

const newest = makeEntry({
  id: 'n',
  time: new Date(2026, 2, 9, 10, 4).getTime(),
  site: 'linkedin',
  kind: 'reply',
  score: 86,
  band: 'authentic',
  habits: ['asks-question', 'credits-others'],
  words: 24,
  text: 'Thank you <b>Ana</b>! What helped you most?',
});
const older = makeEntry({ id: 'o', site: 'x', score: 31, band: 'salesy', habits: [] });

test('one row per entry with what a person needs to read it', () => {
  render(<JournalTable entries={[newest, older]} onDelete={() => {}} />);
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  expect(rows).toHaveLength(2);
  const cells = within(rows[0] as HTMLElement)
    .getAllByRole('cell')
    .map((c) => c.textContent);
  expect(cells.slice(1, 7)).toEqual([
    'LinkedIn',
    'Reply or comment',
    '86',
    'Authentic',
    'a question, credit to others',
    '24',
  ]);
  // The kept text is shown as text, never as markup.
  expect(cells[7]).toBe('Thank you <b>Ana</b>! What helped you most?');
  expect(within(rows[1] as HTMLElement).getByText('none')).toBeTruthy();
});

test('no text column when no entry kept its text', () => {
  render(<JournalTable entries={[older]} onDelete={() => {}} />);
  expect(screen.queryByRole('columnheader', { name: 'What you wrote' })).toBeNull();
});

test('each Delete names its entry and hands it back', () => {
  const onDelete = vi.fn();
  render(<JournalTable entries={[newest, older]} onDelete={onDelete} />);
  fireEvent.click(
    screen.getByRole('button', { name: /^Delete the reply or comment on LinkedIn of/ }),
  );
  expect(onDelete).toHaveBeenCalledWith(newest);
});

test('a page at a time, with Show more', () => {
  const many = Array.from({ length: 7 }, (_, i) => makeEntry({ id: `m${i}` }));
  render(<JournalTable entries={many} onDelete={() => {}} pageSize={3} />);
  expect(screen.getAllByRole('row')).toHaveLength(4);
  expect(screen.getByRole('table').querySelector('caption')?.textContent).toContain('3 of 7 shown');
  fireEvent.click(screen.getByRole('button', { name: 'Show 3 more' }));
  fireEvent.click(screen.getByRole('button', { name: 'Show 1 more' }));
  expect(screen.getAllByRole('row')).toHaveLength(8);
  expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
});
