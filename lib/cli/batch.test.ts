import { describe, expect, test } from 'vitest';
import type { Report } from '../engine/types';
import { batchRow, parseJsonlLine, parseProfile } from './batch';

describe('parseJsonlLine', () => {
  test.each([
    ['{"id": 7, "text": "hello"}', 7, 'hello'],
    ['{"id": "a-1", "text": ""}', 'a-1', ''],
    ['{"text": "no id"}', null, 'no id'],
    ['{"id": {"n": 1}, "text": "x", "extra": true}', { n: 1 }, 'x'],
  ])('accepts %s', (line, id, text) => {
    expect(parseJsonlLine(line)).toEqual({ ok: true, id, text });
  });

  test.each([
    ['not json', /not valid JSON/],
    ['{"id": 1, "text": "cut', /not valid JSON/],
    ['[1, 2]', /expected a JSON object/],
    ['"text"', /expected a JSON object/],
    ['null', /expected a JSON object/],
    ['{"id": 1}', /missing "text"/],
    ['{"id": 1, "text": 42}', /"text" must be a string/],
  ])('refuses %s', (line, reason) => {
    const result = parseJsonlLine(line);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

test('batchRow keeps only the five batch fields, in order', () => {
  const report = {
    score: 12,
    band: 'salesy',
    salesiness: 90,
    authenticity: 3,
    findings: [],
    postSuggestions: [],
    checklist: [],
    stats: {},
  } as unknown as Report;
  expect(JSON.stringify(batchRow('p1', report))).toBe(
    '{"id":"p1","score":12,"band":"salesy","salesiness":90,"authenticity":3}',
  );
});

describe('parseProfile', () => {
  test('a full profile', () => {
    expect(parseProfile('{"mission": "help bakers", "passions": ["bread", "Lisbon"]}')).toEqual({
      ok: true,
      profile: { mission: 'help bakers', passions: ['bread', 'Lisbon'] },
    });
  });

  test('either field may be left out', () => {
    expect(parseProfile('{"passions": ["chess"]}')).toEqual({
      ok: true,
      profile: { mission: '', passions: ['chess'] },
    });
  });

  test.each([
    ['{"mission": "x"', /not valid JSON/],
    ['[]', /expected an object/],
    ['{}', /neither "mission" nor "passions"/],
    ['{"mission": 3}', /"mission" must be a string/],
    ['{"passions": "bread"}', /"passions" must be a list of strings/],
    ['{"passions": ["bread", 2]}', /"passions" must be a list of strings/],
  ])('refuses %s', (json, reason) => {
    const result = parseProfile(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
