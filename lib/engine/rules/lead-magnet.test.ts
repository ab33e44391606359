import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './lead-magnet';

describe('lead-magnet', () => {
  test.each([
    ['I made a checklist for new managers. Comment LIST and I’ll send it.', 'Comment LIST'],
    ['Want my hiring template? DM me "hire" to get it.', 'DM me "hire"'],
    ['comment “roadmap” below', 'comment “roadmap”'],
    ['DROP YOUR EMAIL for the cheat sheet', 'DROP YOUR EMAIL'],
    ['Want the deck?\nReply   with   DECK', 'Reply   with   DECK'],
    ['Comment below and I’ll send you the swipe file.', 'Comment below and I’ll send'],
    ['Grab my free checklist, comment and I will send it', 'free checklist'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'I used to reply with a thumbs up and move on; now I write back properly.',
    'She commented that the talk ran long, and she was right.',
    'I’ll send you the photos from the trip tonight, Mum.',
    'Don’t comment "first" on my posts, please.',
    'My manager said "comment less, build more" and it stuck.',
    'We wrote a free guide for the neighbourhood garden years ago.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    [
      'I wrote a checklist for new managers. Comment LIST and I’ll send it.',
      'I wrote a checklist for new managers. Happy to share it with anyone who would find it useful.',
    ],
    [
      'Want my template? Drop your email below.',
      'Want my template? Happy to share it with anyone who would find it useful.',
    ],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
