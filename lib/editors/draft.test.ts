import { expect, test } from 'vitest';
import { deletionAsPaste } from './draft';

test.each([
  ['a character after it is put back', 'Buy now!!! today', 7, 10, { from: 7, to: 11, keep: ' ' }],
  ['an emoji after it is put back whole', 'Sale 😀', 0, 5, { from: 0, to: 7, keep: '😀' }],
  ['at the end, the character before it', 'Hi there!!!', 8, 11, { from: 7, to: 11, keep: 'e' }],
  ['an emoji before it, whole', 'Hi 😀now', 5, 8, { from: 3, to: 8, keep: '😀' }],
  [
    'a whole line between line breaks takes a line break',
    'a\nBuy now\nb',
    2,
    9,
    { from: 2, to: 10, keep: '\n' },
  ],
  ['the whole text has no neighbour', 'Buy now', 0, 7, null],
])('%s', (_name, text, start, end, want) => {
  const got = deletionAsPaste(text, start, end);
  expect(got).toEqual(want);
  if (got) {
    const result = text.slice(0, got.from) + got.keep + text.slice(got.to);
    expect(result).toBe(text.slice(0, start) + text.slice(end));
  }
});
