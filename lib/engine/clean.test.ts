import { describe, expect, test } from 'vitest';
import { applyTextEdit, atSentenceStart, cleanEdit, sentenceCase } from './clean';

function apply(text: string, span: string, replacement: string): string {
  const start = text.indexOf(span);
  return applyTextEdit(text, cleanEdit(text, start, start + span.length, replacement));
}

describe('cleanEdit: deletions leave clean text', () => {
  test.each([
    ['Get it now, limited time only!', 'limited time only', 'Get it now!'],
    ['Buy it, limited time only, today.', 'limited time only', 'Buy it, today.'],
    ['Great course. Limited time only! Enjoy.', 'Limited time only', 'Great course. Enjoy.'],
    ['Limited time only! act now.', 'Limited time only', 'Act now.'],
    ['Here is my take, DM me', 'DM me', 'Here is my take'],
    ['Loved it.\nLimited time only!\nBye', 'Limited time only', 'Loved it.\nBye'],
    ['Loved it.\nLink in bio', 'Link in bio', 'Loved it.'],
    ['Limited time only! https://example.com', 'Limited time only', 'https://example.com'],
    ['Limited time only! iPhone deals', 'Limited time only', 'iPhone deals'],
    ['Only this  and that', 'and that', 'Only this'],
  ])('%j minus %j gives %j', (text, span, expected) => {
    expect(apply(text, span, '')).toBe(expected);
  });
});

describe('cleanEdit: replacements keep sentence case', () => {
  test.each([
    [
      'DM me for details.',
      'DM me for details',
      "happy to share more if you're curious",
      "Happy to share more if you're curious.",
    ],
    ['Want it? DM me!', 'DM me', 'Just ask', 'Want it? Just ask!'],
    ['If you want it, DM me.', 'DM me', 'Just ask', 'If you want it, just ask.'],
    ['So I LOVE it', 'LOVE', 'adore', 'So I adore it'],
    ['Wow!!! nice', '!!!', '!', 'Wow! nice'],
  ])('%j: %j -> %j gives %j', (text, span, replacement, expected) => {
    expect(apply(text, span, replacement)).toBe(expected);
  });
});

describe('helpers', () => {
  test.each([
    ['Hello. World', 7, true],
    ['Hello world', 6, false],
    ['Hi\nthere', 3, true],
    ['', 0, true],
  ] as const)('atSentenceStart(%j, %i) is %s', (text, pos, expected) => {
    expect(atSentenceStart(text, pos)).toBe(expected);
  });

  test.each([
    ['BUY THIS NOW', true, 'Buy this now'],
    ['HUGE NEWS', false, 'huge news'],
    ['I AM BACK', true, 'I am back'],
  ] as const)('sentenceCase(%j)', (text, first, expected) => {
    expect(sentenceCase(text, first)).toBe(expected);
  });
});
