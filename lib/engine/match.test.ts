import { describe, expect, test } from 'vitest';
import { buildDoc } from './doc';
import { clauseAround, imperativeAt, phraseRegex, scan } from './match';
import { TEST_PROFILE, TEST_SETTINGS } from './testing';

const spans = (text: string, phrases: string[]) =>
  scan(text.toLowerCase(), phraseRegex(phrases)).map((s) => text.slice(s.start, s.end));

describe('phrase matching', () => {
  test.each([
    ['Buy now, really', ['buy now'], ['Buy now']],
    ['buy\n  now', ['buy now'], ['buy\n  now']],
    ['rebuy now', ['buy now'], []],
    ['buy nowhere', ['buy now'], []],
    ["Don't miss it", ["don't miss"], ["Don't miss"]],
    ['Dont miss it', ["don't miss"], ['Dont miss']],
    ['Don’t miss it', ["don't miss"], ['Don’t miss']],
    ['Subscribers love it', ['subscrib*'], ['Subscribers']],
    ['Save 20% today', ['save {n}%'], ['Save 20%']],
    ['only $1,499 today', ['only {money}'], ['only $1,499']],
    ['I made 5k dollars', ['made {money}'], ['made 5k dollars']],
    ['thanks to @jo_x.y!', ['thanks to {handle}'], ['thanks to @jo_x.y']],
    ['our new app and our app', ['our {w?}app'], ['our new app', 'our app']],
    ['limited time only', ['limited time', 'limited time only'], ['limited time only']],
  ])('%j with %j finds %j', (text, phrases, expected) => {
    expect(spans(text, phrases)).toEqual(expected);
  });

  test('the same list compiles once', () => {
    expect(phraseRegex(['a b', 'c'])).toBe(phraseRegex(['a b', 'c']));
  });
});

describe('imperative position', () => {
  const at = (text: string, word: string) =>
    imperativeAt(buildDoc(text, TEST_PROFILE, TEST_SETTINGS), text.indexOf(word));
  test.each([
    ['Buy it today', 'Buy', true],
    ['Please buy it', 'buy', true],
    ['Hey guys, subscribe to me', 'subscribe', true],
    ['If you like it, buy it', 'buy', true],
    ['You can order it here', 'order', true],
    ['New course: sign up below', 'sign', true],
    ['I finally decided to buy a house', 'buy', false],
    ['Did you buy it?', 'buy', false],
    ['We will order pizza', 'order', false],
  ] as const)('%j: %s -> %s', (text, word, expected) => {
    expect(at(text, word)).toBe(expected);
  });
});

describe('clauseAround', () => {
  test('stops at commas and the sentence end', () => {
    const text = 'We wrote a guide, click here to read it. Thanks!';
    const doc = buildDoc(text, TEST_PROFILE, TEST_SETTINGS);
    const c = clauseAround(doc, text.indexOf('click'), text.indexOf('click') + 5);
    expect(text.slice(c.start, c.end)).toBe('click here to read it');
  });
});
