import { describe, expect, test } from 'vitest';
import { applyTextEdit, cleanEdit } from '../clean';
import { buildDoc } from '../doc';
import { flagged, rewritten, TEST_PROFILE, TEST_SETTINGS } from '../testing';
import { rule } from './link-drop';

describe('link-drop', () => {
  test.each([
    ['www.example.com', 'www.example.com'],
    ['Check HTTPS://EXAMPLE.COM/SALE now', 'HTTPS://EXAMPLE.COM/SALE'],
    ['See https://a.example.com and https://b.example.com', 'https://b.example.com'],
    ['Read it:\nexample.org/post.', 'example.org/post'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'We shipped the new release today after a long month.',
    'I use Node.js every day, e.g. for scripts.',
    'Email me at jo@example.com',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test('removes the extra links, keeps the first', () => {
    const text = 'Our notes https://a.example.com and more https://b.example.com';
    expect(flagged(rule, text)).toEqual(['https://a.example.com', 'https://b.example.com']);
    expect(rewritten(rule, 'Only https://a.example.com')).toBe('Only https://a.example.com');
    const two = 'Read https://a.example.com and https://b.example.com today.';
    const doc = buildDoc(two, TEST_PROFILE, TEST_SETTINGS);
    const hit = rule.detect(doc)[1];
    const s = hit?.suggestions?.[0];
    expect(
      s && applyTextEdit(two, cleanEdit(two, s.start ?? hit.start, s.end ?? hit.end, s.text)),
    ).toBe('Read https://a.example.com today.');
  });
});
