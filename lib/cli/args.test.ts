import { describe, expect, test } from 'vitest';
import { parseCliArgs, usage } from './args';

describe('parseCliArgs', () => {
  test.each([
    [['Buy', 'now'], { mode: 'report', text: 'Buy now' }],
    [[], { mode: 'report' }],
    [['-'], { mode: 'report' }],
    [['--json', 'hi there'], { mode: 'json', text: 'hi there' }],
    [['--jsonl'], { mode: 'jsonl' }],
    [['--profile', 'me.json', 'x'], { mode: 'report', text: 'x', profilePath: 'me.json' }],
    [['--profile=me.json', '--jsonl'], { mode: 'jsonl', profilePath: 'me.json' }],
    [['--', '--json', '-v'], { mode: 'report', text: '--json -v' }],
    [['x', '--help'], { mode: 'help' }],
    [['-v'], { mode: 'version' }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  test.each([
    [['--bogus'], /unknown option --bogus/],
    [['-x'], /unknown option -x/],
    [['--profile', '--json'], /--profile needs a file/],
    [['--profile'], /--profile needs a file/],
    [['--profile='], /--profile needs a file/],
    [['--json', '--jsonl'], /cannot be used together/],
    [['--jsonl', 'text'], /reads JSON lines from stdin/],
  ])('%j is a usage error', (argv, message) => {
    const result = parseCliArgs(argv);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(message);
  });
});

test('usage names every option and the version', () => {
  const text = usage('9.8.7');
  for (const option of ['--json', '--jsonl', '--profile', '--help', '--version', 'NO_COLOR']) {
    expect(text).toContain(option);
  }
  expect(text).toContain('9.8.7');
});
