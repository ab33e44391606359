import { expect, test } from 'vitest';
import type { Finding, Report } from '../../lib/engine/types';
import { ignoreKey, visibleFindings } from './ui';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'r',
  category: 'urgency',
  polarity: 'sales',
  start: 0,
  end: 1,
  text: 'x',
  message: 'm',
  why: 'w',
  weight: 1,
  suggestions: [],
  ...over,
});

const report = (findings: Finding[]): Report => ({
  score: 40,
  band: 'balanced',
  salesiness: 60,
  authenticity: 20,
  findings,
  postSuggestions: [],
  checklist: [],
  stats: {
    characters: 0,
    words: 0,
    sentences: 0,
    hashtags: 0,
    links: 0,
    mentions: 0,
    questions: 0,
  },
});

test('shows sales findings in text order, without authentic ones', () => {
  const r = report([
    finding({ start: 20, end: 25, text: 'later' }),
    finding({ start: 3, end: 8, text: 'first' }),
    finding({ start: 10, end: 12, polarity: 'authentic', text: 'me' }),
  ]);
  expect(visibleFindings(r, new Set()).map((f) => f.text)).toEqual(['first', 'later']);
});

test('ignoring hides that rule on the same words anywhere in the draft, any case', () => {
  const a = finding({ ruleId: 'urgency', text: 'Last chance', start: 0, end: 11 });
  const b = finding({ ruleId: 'urgency', text: 'last chance', start: 30, end: 41 });
  const c = finding({ ruleId: 'other', text: 'Last chance', start: 50, end: 61 });
  const ignored = new Set([ignoreKey(a)]);
  expect(visibleFindings(report([a, b, c]), ignored)).toEqual([c]);
});
