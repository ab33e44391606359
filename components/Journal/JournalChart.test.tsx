// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { makeEntry } from '../../lib/journal/testing';
import { JournalChart, timeTicks } from './JournalChart';

afterEach(cleanup);

const DAY = 86_400_000;
const start = new Date(2026, 2, 1).getTime();
const end = start + 28 * DAY;
const noun: [string, string] = ['post', 'posts'];

describe('JournalChart', () => {
  test('one mark per post, shaped by band, with the weekly line and a summary label', () => {
    const entries = [
      makeEntry({ time: start + 2 * DAY, score: 40, band: 'balanced' }),
      makeEntry({ time: start + 5 * DAY, score: 90, band: 'authentic' }),
      makeEntry({ time: start + 9 * DAY, score: 20, band: 'salesy' }),
      makeEntry({ time: start + 20 * DAY, score: 55, band: 'neutral' }),
    ];
    const { container } = render(
      <JournalChart entries={entries} start={start} end={end} noun={noun} />,
    );
    const chart = screen.getByRole('img');
    const label = chart.getAttribute('aria-label') ?? '';
    expect(label).toContain('Chart of 4 posts');
    expect(label).toContain('1 authentic, 1 balanced, 1 salesy, 1 neutral');
    expect(label).toContain('Scores from 20 to 90, median 48');
    expect(container.querySelectorAll('.pt')).toHaveLength(4);
    expect(container.querySelector('circle.pt.band-authentic')).not.toBeNull();
    expect(container.querySelector('path.pt.band-salesy')).not.toBeNull();
    expect(container.querySelector('rect.pt.band-neutral')).not.toBeNull();
    expect(container.querySelector('path.trend')?.getAttribute('d')).toMatch(
      /^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){3}$/,
    );
  });

  test('a higher score is drawn higher, a later post further right', () => {
    const low = makeEntry({ id: 'low', time: start + DAY, score: 10 });
    const high = makeEntry({ id: 'high', time: start + 10 * DAY, score: 95 });
    const { container } = render(
      <JournalChart entries={[high, low]} start={start} end={end} noun={noun} />,
    );
    const [a, b] = Array.from(container.querySelectorAll('circle.pt'));
    expect(Number(a?.getAttribute('cy'))).toBeGreaterThan(Number(b?.getAttribute('cy')));
    expect(Number(a?.getAttribute('cx'))).toBeLessThan(Number(b?.getAttribute('cx')));
  });

  test('the legend names the bands shown, an unknown one included', () => {
    render(
      <JournalChart
        entries={[makeEntry({ band: 'quite-salesy' })]}
        start={start}
        end={end}
        noun={noun}
      />,
    );
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(legend.textContent).toContain('Quite salesy');
    expect(legend.querySelector('.band-other')).not.toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Chart of 1 post');
  });
});

describe('timeTicks', () => {
  test('days for a week, Mondays for two months, months for a year', () => {
    const week = timeTicks(start, start + 7 * DAY);
    expect(week).toHaveLength(7);
    const months2 = timeTicks(start, start + 60 * DAY);
    expect(months2.every((t) => new Date(t.time).getDay() === 1)).toBe(true);
    const year = timeTicks(start, start + 365 * DAY);
    expect(year.every((t) => new Date(t.time).getDate() === 1)).toBe(true);
    expect(year.length).toBeGreaterThanOrEqual(11);
  });
});
