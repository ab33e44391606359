import { describe, expect, test } from 'vitest';
import { parseCsv, readCsvRecords } from './csv';

describe('parseCsv', () => {
  test.each([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'id,text\n1,"hello, world"\n',
      [
        ['id', 'text'],
        ['1', 'hello, world'],
      ],
    ],
    [
      'id,text\r\n1,"line one\r\nline two"\r\n2,x\r\n',
      [
        ['id', 'text'],
        ['1', 'line one\r\nline two'],
        ['2', 'x'],
      ],
    ],
    ['x\n"she said ""hi"""\n', [['x'], ['she said "hi"']]],
    ['a,,c\n', [['a', '', 'c']]],
    ['\ufeffid\n7\n', [['id'], ['7']]],
    [
      'a,b\n1,""\n',
      [
        ['a', 'b'],
        ['1', ''],
      ],
    ],
  ])('%j', (csv, rows) => {
    expect(parseCsv(csv)).toEqual(rows);
  });

  test('a quote inside an unquoted field is kept as text', () => {
    expect(parseCsv('5" screen,ok\n')).toEqual([['5" screen', 'ok']]);
  });
});

test('readCsvRecords keys rows by header and ignores a trailing blank line', () => {
  expect(readCsvRecords('id,label,text\nr1,promo,"Buy\nnow"\n\n')).toEqual([
    { id: 'r1', label: 'promo', text: 'Buy\nnow' },
  ]);
});
