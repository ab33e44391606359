import { describe, expect, test } from 'vitest';
import { parseCsv, parseCsvRecords } from './csv';

describe('parseCsv (RFC 4180)', () => {
  test.each([
    [
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['"x, y",z\n', [['x, y', 'z']]],
    ['"she said ""hi""",2\n', [['she said "hi"', '2']]],
    ['"line one\nline two",3\r\n', [['line one\nline two', '3']]],
    ['"crlf\r\ninside",4\r\n', [['crlf\r\ninside', '4']]],
    ['a,,c\n', [['a', '', 'c']]],
    ['a,""\n', [['a', '']]],
    ['', []],
  ])('%j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  test('records are keyed by the header; a BOM is ignored', () => {
    expect(parseCsvRecords('\ufeffid,label,text\n1,promo,"Buy, now"\n2,genuine,hi\n')).toEqual([
      { id: '1', label: 'promo', text: 'Buy, now' },
      { id: '2', label: 'genuine', text: 'hi' },
    ]);
  });
});
