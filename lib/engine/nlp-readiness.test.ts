import { afterEach, expect, test } from 'vitest';
import { analyze, setNlpReadiness } from './index';

afterEach(() => setNlpReadiness(() => true));

const profile = { mission: 'help bakers grow', passions: ['baking bread'] };
const passions = (text: string) =>
  analyze(text, { profile }).findings.filter((f) => f.ruleId === 'passion');

test('with the language model, inflected forms of a passion match', () => {
  const report = analyze('Yesterday I baked bread with my kids.', { profile });
  expect(report.partial).toBeUndefined();
  expect(passions('Yesterday I baked bread with my kids.').length).toBeGreaterThan(0);
});

test('before it loads the report says it is partial, matches words as written, and keeps nothing', () => {
  // A profile no other test has expanded, so no complete expansion is cached yet.
  const painter = { mission: '', passions: ['painting'] };
  const text = 'I painted all weekend and loved it.';
  const painted = () =>
    analyze(text, { profile: painter }).findings.filter((f) => f.ruleId === 'passion');
  setNlpReadiness(() => false);
  expect(analyze(text, { profile: painter }).partial).toBe(true);
  expect(painted()).toEqual([]);
  // Nothing learnt without it is kept: once it loads, the same profile matches in full.
  setNlpReadiness(() => true);
  expect(painted().length).toBeGreaterThan(0);
});

test('a partial report scores the sales side the same way', () => {
  const text = 'Buy now!!! Limited time only, DM me for the link.';
  const full = analyze(text);
  setNlpReadiness(() => false);
  const early = analyze(text);
  expect(early.partial).toBe(true);
  expect(early.salesiness).toBe(full.salesiness);
  expect(early.findings.map((f) => f.ruleId)).toEqual(full.findings.map((f) => f.ruleId));
});
