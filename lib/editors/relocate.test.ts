import { expect, test } from 'vitest';
import { relocate } from './relocate';

const FROM = 'Hi all. Buy now today!';
const span = { start: 8, end: 15 }; // "Buy now"

test.each([
  ['unchanged', FROM, span],
  ['typed before it', 'Hi all, friends. Buy now today!', { start: 17, end: 24 }],
  ['typed right before it', 'Hi all. XBuy now today!', { start: 9, end: 16 }],
  ['typed after it', 'Hi all. Buy now today! See you', span],
  ['typed right after it', 'Hi all. Buy nowX today!', span],
  ['deleted before it', 'Hi. Buy now today!', { start: 4, end: 11 }],
  ['changed inside it', 'Hi all. Buy it now today!', null],
  ['deleted across its start', 'Hi alluy now today!', null],
  ['everything replaced', 'Something else', null],
])('%s', (_name, to, want) => {
  const got = relocate(FROM, to, span.start, span.end);
  expect(got).toEqual(want);
  if (got) expect(to.slice(got.start, got.end)).toBe(FROM.slice(span.start, span.end));
});
