import { describe, expect, test } from 'vitest';
import { checkEntries, checkEntry, entryFromSend, MAX_TEXT_CHARS } from './entry';
import { makeEntry, makeReport } from './testing';

describe('checkEntry', () => {
  test('a whole entry passes unchanged', () => {
    const entry = makeEntry({ habits: ['asks-question'], rules: ['gratitude'], text: 'Thanks!' });
    expect(checkEntry(entry)).toEqual(entry);
  });

  test('an unknown band from a newer engine is kept', () => {
    expect(checkEntry(makeEntry({ band: 'neutral' }))?.band).toBe('neutral');
  });

  test.each([
    ['no id', { id: undefined }],
    ['an id with markup', { id: '<b>' }],
    ['a time that is text', { time: '2026-03-02' }],
    ['a negative time', { time: -5 }],
    ['an unknown site', { site: 'myspace' }],
    ['an unknown kind', { kind: 'story' }],
    ['a score above 100', { score: 140 }],
    ['a score that is not a number', { score: Number.NaN }],
    ['salesiness missing', { salesiness: undefined }],
    ['a band with spaces', { band: 'very salesy' }],
    ['an empty band', { band: '' }],
    ['fractional words', { words: 2.5 }],
    ['habits not a list', { habits: 'asks-question' }],
    ['a habit that is not a name', { habits: [42] }],
    ['rules not a list', { rules: null }],
    ['text that is not text', { text: 12 }],
  ])('dropped: %s', (_what, change) => {
    expect(checkEntry({ ...makeEntry(), ...change })).toBeNull();
  });

  test.each([null, 'entry', 7, [1, 2]])('not an entry at all: %j', (raw) => {
    expect(checkEntry(raw)).toBeNull();
  });

  test('unknown fields are left out, repeated habits kept once, long text cut', () => {
    const raw = {
      ...makeEntry(),
      extra: 'x',
      habits: ['teaches', 'teaches'],
      text: 'a'.repeat(9000),
    };
    const entry = checkEntry(raw);
    expect(entry).not.toHaveProperty('extra');
    expect(entry?.habits).toEqual(['teaches']);
    expect(entry?.text).toHaveLength(MAX_TEXT_CHARS);
  });
});

describe('checkEntries', () => {
  test('drops damaged entries and repeated ids, keeps the rest oldest first', () => {
    const a = makeEntry({ time: 3000 });
    const b = makeEntry({ time: 1000 });
    const list = checkEntries([a, { ...a, score: 5 }, { nonsense: true }, 'x', b]);
    expect(list).toEqual([b, a]);
  });

  test.each([undefined, null, {}, 'entries'])(
    'anything but a list is an empty journal: %j',
    (raw) => {
      expect(checkEntries(raw)).toEqual([]);
    },
  );
});

describe('entryFromSend', () => {
  const report = makeReport(
    77.6,
    'authentic',
    ['asks-question', 'personal'],
    ['gratitude', 'personal-story', 'gratitude'],
    31,
  );
  const send = {
    site: 'linkedin' as const,
    kind: 'reply' as const,
    text: '  Thank you, Ana! What helped most?  ',
    report,
    time: 1234,
  };

  test('keeps numbers, habits present and rules fired, without the text by default', () => {
    expect(entryFromSend(send, false, 'id-1')).toEqual({
      id: 'id-1',
      time: 1234,
      site: 'linkedin',
      kind: 'reply',
      score: 78,
      band: 'authentic',
      salesiness: 22,
      authenticity: 78,
      habits: ['asks-question', 'personal'],
      words: 31,
      rules: ['gratitude', 'personal-story'],
    });
  });

  test('keeps the trimmed text when the user chose to', () => {
    expect(entryFromSend(send, true, 'id-2').text).toBe('Thank you, Ana! What helped most?');
  });

  test('a very long post keeps its start and an ellipsis', () => {
    const text = entryFromSend({ ...send, text: 'word '.repeat(3000) }, true, 'id-3').text ?? '';
    expect(text).toHaveLength(MAX_TEXT_CHARS);
    expect(text.endsWith('…')).toBe(true);
  });

  test('what it builds passes validation', () => {
    expect(checkEntry(entryFromSend(send, true, 'id-4'))).not.toBeNull();
  });
});
