import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, csvField, toCsv, toJson } from './export';
import { makeEntry } from './testing';

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('csvField', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@mention', "'@mention"],
    ['\tindent', "'\tindent"],
    ['=HYPERLINK("http://x","a,b")', `"'=HYPERLINK(""http://x"",""a,b"")"`],
  ])('%j -> %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  test('numbers are written as they are', () => {
    expect(csvField(42)).toBe('42');
  });
});

describe('toCsv', () => {
  test('a header and one row per entry, CRLF, read back intact', () => {
    const entry = makeEntry({
      time: Date.UTC(2026, 2, 4, 8, 15),
      site: 'linkedin',
      kind: 'reply',
      score: 83,
      habits: ['asks-question', 'credits-others'],
      rules: ['gratitude', 'inviting-question'],
      text: 'Thank you, Ana, for "the" tip.\n=Which one helped you most?',
    });
    const csv = toCsv([entry]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = parseCsv(csv);
    expect(rows).toEqual([
      [...CSV_COLUMNS],
      [
        '2026-03-04T08:15:00.000Z',
        'linkedin',
        'reply',
        '83',
        'authentic',
        '10',
        '60',
        'asks-question credits-others',
        '20',
        'gratitude inviting-question',
        'Thank you, Ana, for "the" tip.\n=Which one helped you most?',
      ],
    ]);
  });

  test('a text starting with a formula is defused; no text is an empty cell', () => {
    const rows = parseCsv(toCsv([makeEntry({ text: '=1+1' }), makeEntry()]));
    expect(rows[1]?.[10]).toBe("'=1+1");
    expect(rows[2]?.[10]).toBe('');
  });
});

test('toJson names its format and holds the entries', () => {
  const entry = makeEntry({ text: 'kept' });
  const doc = JSON.parse(toJson([entry], Date.UTC(2026, 0, 1)));
  expect(doc).toEqual({
    format: 'whyfirst-journal',
    version: 1,
    exported: '2026-01-01T00:00:00.000Z',
    entries: [entry],
  });
});
