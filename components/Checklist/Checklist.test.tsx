// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { BAND_HINTS } from '../../lib/engine/bands';
import { Checklist } from './Checklist';
import { HABITS } from './habits';

afterEach(cleanup);

test('with no draft, every habit is explained with a way to practise it', () => {
  render(<Checklist draft={null} emptyHint="Open X, Facebook or LinkedIn and start a post." />);
  expect(screen.getByText('Open X, Facebook or LinkedIn and start a post.')).toBeTruthy();
  const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
  expect(headings).toEqual(HABITS.map((h) => h.label));
  expect(screen.getByText(HABITS[2]?.practise ?? '')).toBeTruthy();
});

test('with a draft, ticks what the report says, shows the evidence, score and band', () => {
  render(
    <Checklist
      draft={{
        score: 81.4,
        band: 'authentic',
        items: [
          {
            id: 'asks-question',
            label: 'Asks a question that invites people in',
            done: true,
            evidence: { start: 0, end: 19, text: 'What would you do?' },
          },
          { id: 'no-hard-sell', label: 'No hard sell', done: true },
          { id: 'teaches', label: 'Teaches or offers insight', done: false },
        ],
      }}
    />,
  );
  expect(screen.getByText('81')).toBeTruthy();
  expect(screen.getByText(/Authentic/)).toBeTruthy();
  expect(screen.getByText('2 of 7 habits so far.')).toBeTruthy();
  const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(items).toHaveLength(7);
  expect(items.find((t) => t.includes('Asks a question'))).toContain('Done: ');
  expect(items.find((t) => t.includes('Asks a question'))).toContain('“What would you do?”');
  expect(items.find((t) => t.includes('Teaches'))).toContain('Not yet: ');
  expect(items.find((t) => t.includes('Shares your why'))).toContain('Not yet: ');
});

test('a neutral draft shows its band and what would move it', () => {
  render(<Checklist draft={{ score: 60, band: 'neutral', items: [] }} />);
  expect(screen.getByText(/Neutral/)).toBeTruthy();
  expect(screen.getByText(BAND_HINTS.neutral)).toBeTruthy();
});
