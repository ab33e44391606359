import { expect, test } from 'vitest';
import { concatDraft, median, percentile, summarise } from './timing';

test('percentile uses nearest rank', () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1);
  expect(percentile(values, 50)).toBe(50);
  expect(percentile(values, 95)).toBe(95);
  expect(percentile(values, 99)).toBe(99);
  expect(percentile(values, 100)).toBe(100);
  expect(percentile([7], 99)).toBe(7);
  expect(percentile([], 50)).toBeNaN();
});

test('summarise reports percentiles, max, total and throughput', () => {
  const t = summarise([4, 1, 3, 2], 100);
  expect(t).toEqual({ count: 4, p50: 2, p95: 4, p99: 4, max: 4, totalMs: 10, charsPerMs: 10 });
});

test('median of odd and even lists', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([])).toBeNaN();
});

test('concatDraft has the exact length, real text, and no dangling high surrogate', () => {
  const draft = concatDraft(['first post', 'second 😀'], 25);
  expect(draft).toHaveLength(25);
  expect(draft.startsWith('first post\n\nsecond')).toBe(true);
  const cut = concatDraft(['ab😀'], 3);
  expect(cut).toBe('ab ');
  expect(concatDraft([], 10)).toBe('');
});
