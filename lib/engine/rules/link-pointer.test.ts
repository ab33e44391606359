import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './link-pointer';

describe('link-pointer', () => {
  test.each([
    ['I wrote up the whole process. Link in the comments.', 'Link in the comments'],
    ['LINK IN BIO', 'LINK IN BIO'],
    [
      'Learn how we cut our build time in half here:',
      'Learn how we cut our build time in half here:',
    ],
    ['Get started here 👉 https://example.com/start', 'Get started here 👉'],
    ['Want the full list?\nHead to my website.', 'Head to'],
    ['Our new planner 👉 https://example.com/planner', 'https://example.com/planner'],
    ['Read the 📌 comment for the template', 'Read the 📌 comment'],
    ['Five habits that changed my mornings:', 'Five habits that changed my mornings:'],
    ['Details   below ↓', 'Details   below ↓'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'Check out this piece by Dana Lee here: https://example.com/essay',
    'I left a comment on her post about the link between sleep and focus.',
    'We head to the coast tomorrow.',
    'I read it here and there on the train.',
    'I never click links in texts.',
    'My favourite part of the trip: the night market.\nWhat is yours?',
    'She said "link in bio" so often it became a joke.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    [
      'I wrote up the whole process, link in the comments.',
      'I wrote up the whole process, the link is in the comments.',
    ],
    ['Learn how we did it here: https://example.com/story', 'More here: https://example.com/story'],
    ['We kept notes all year.\nDetails below ↓', 'We kept notes all year.\nMore here ↓'],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
