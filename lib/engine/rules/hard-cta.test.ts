import { describe, expect, test } from 'vitest';
import { flagged, rewritten } from '../testing';
import { rule } from './hard-cta';

describe('hard-cta', () => {
  test.each([
    ['Buy now and save your seat.', 'Buy now'],
    ['BUY NOW before it is gone', 'BUY NOW'],
    ['Love this one. Shop now!', 'Shop now'],
    ['Grab the guide:   buy   now', 'buy   now'],
    ['Our new planner is out.\nShop now', 'Shop now'],
    ['You can order it here today', 'order it here today'],
    ['Please subscribe to my channel', 'subscribe to my'],
    ['Check out my new video', 'Check out my'],
  ])('flags %j', (text, hit) => {
    expect(flagged(rule, text)).toContain(hit);
  });

  test.each([
    'I finally decided to buy a house.',
    'Did you sign up for the marathon?',
    'We ordered pizza and watched the game.',
    "I'm not telling anyone to buy anything.",
    'She said "buy now" was the worst slogan she ever wrote.',
    'Download.com had a new portal that year.',
    'Order matters when you refactor.',
    'Go for a swim with my brother at 8.',
    'Buy time before you decide.',
    'Shop talk is the best part of conferences.',
    'Check out this talk by Dana Lee, it changed how I teach.',
    'I hope we all donate our money, donate our time and keep showing up.',
  ])('passes %j', (text) => {
    expect(flagged(rule, text)).toEqual([]);
  });

  test.each([
    ['Great chat with the team today. Buy now!', 'Great chat with the team today.'],
    ['Loved writing this.\nShop now', 'Loved writing this.'],
    ['We wrote a guide, click here to read it.', 'We wrote a guide.'],
  ])('rewrites %j', (text, expected) => {
    expect(rewritten(rule, text)).toBe(expected);
  });
});
