import { describe, expect, test } from 'vitest';
import { analyze, findAll } from './analyze';
import { buildDoc } from './doc';
import {
  buildPostSuggestions,
  endInsertion,
  mainTopic,
  rankHashtags,
  whySentence,
} from './post-suggestions';
import { TEST_SETTINGS } from './testing';
import type { PostSuggestion, PostSuggestionKind, Profile } from './types';

const NONE: Profile = { mission: '', passions: [] };
const BAKER: Profile = { mission: 'Help small bakeries share their craft', passions: ['baking'] };

function suggestions(text: string, profile: Profile = NONE): PostSuggestion[] {
  const doc = buildDoc(text, profile, TEST_SETTINGS);
  return buildPostSuggestions(doc, findAll(doc));
}

function apply(text: string, s: PostSuggestion): string {
  return text.slice(0, s.start) + s.text + text.slice(s.end);
}

function applied(
  text: string,
  kind: PostSuggestionKind,
  profile: Profile = NONE,
): string | undefined {
  const s = suggestions(text, profile).find((x) => x.kind === kind);
  return s && apply(text, s);
}

/** Clean text: no doubled spaces, no space before punctuation, no doubled full stops, no stray blank lines. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/ {2}/);
  expect(text).not.toMatch(/ [.,!?;:]/);
  expect(text).not.toMatch(/[.,;:]\./);
  expect(text).not.toMatch(/\n{3}/);
  expect(text).not.toMatch(/[ \t]\n|\n[ \t]/);
  expect(text).toBe(text.trim());
}

describe('add-question', () => {
  test.each([
    [
      'Remote work changed how our team talks. Remote work made us kinder',
      "Remote work changed how our team talks. Remote work made us kinder. What's your take on remote work?",
    ],
    [
      'Our bakery opens downtown. The bakery has three ovens!',
      "Our bakery opens downtown. The bakery has three ovens! What's your take on bakeries?",
    ],
    [
      'Spent the weekend fixing our deploy pipeline.\n\nThe pipeline was slow.\n\n#devops #ci',
      "Spent the weekend fixing our deploy pipeline.\n\nThe pipeline was slow.\n\nWhat's your take on pipelines?\n\n#devops #ci",
    ],
    [
      'Good engineers are rare. Notes on engineers https://example.com/notes',
      "Good engineers are rare. Notes on engineers https://example.com/notes\n\nWhat's your take on engineers?",
    ],
  ])('ends %j with a question about its topic, leaving clean text', (text, expected) => {
    const out = applied(text, 'add-question');
    expect(out).toBe(expected);
    expectClean(out as string);
  });

  test('a passion the post names becomes the topic', () => {
    expect(applied('I baked my first loaf today 🎉', 'add-question', BAKER)).toBe(
      'I baked my first loaf today 🎉 What got you into baking?',
    );
  });

  test.each(['How do you plan your week? Mine is a mess.', 'ok', ''])(
    'is not offered for %j',
    (text) => {
      expect(suggestions(text).map((s) => s.kind)).not.toContain('add-question');
    },
  );

  test('a pitch posed as a question still gets an inviting one', () => {
    expect(suggestions('Want 50% off our candles? Shop now.').map((s) => s.kind)).toContain(
      'add-question',
    );
  });

  test('a draft that trails off with a comma ends with a full stop before the question', () => {
    const out = applied('Remote work is lonely, remote work is freeing,', 'add-question') as string;
    expect(out).toBe(
      "Remote work is lonely, remote work is freeing. What's your take on remote work?",
    );
    expectClean(out);
  });

  test('is an insertion at the end of the words, never inside them', () => {
    const text = 'Morning run in the snow.\n';
    const s = suggestions(text).find((x) => x.kind === 'add-question');
    expect(s).toMatchObject({ start: 24, end: 24 });
    expect(s?.label).toBe('End with a question');
  });
});

describe('add-why', () => {
  test('builds a sentence from the mission when the post does not echo it', () => {
    const text = 'I baked my first loaf today!';
    const out = applied(text, 'add-why', BAKER);
    expect(out).toBe(
      'I baked my first loaf today! This matters to me because I want to help small bakeries share their craft.',
    );
    expectClean(out as string);
  });

  test.each([
    ['Two bakeries shared their craft with us today.', BAKER],
    ['I believe good bread matters.', BAKER],
    ['I baked my first loaf today!', NONE],
  ])('is not offered for %j', (text, profile) => {
    expect(suggestions(text, profile).map((s) => s.kind)).not.toContain('add-why');
  });

  test.each([
    ['to help kids code', 'This matters to me because I want to help kids code.'],
    [
      'Because I am building a kinder economy.',
      'This matters to me because I am building a kinder economy.',
    ],
    ['I teach nurses to code', 'This matters to me because I teach nurses to code.'],
    ['i teach nurses to code', 'This matters to me because I teach nurses to code.'],
    ["i'm raising two kids", "This matters to me because I'm raising two kids."],
    ['We plant trees', 'This matters to me because we plant trees.'],
    [
      'Helping women feel beautiful',
      'This matters to me because I love helping women feel beautiful.',
    ],
    [
      'help first-time bakers feel less alone',
      'This matters to me because I want to help first-time bakers feel less alone.',
    ],
    [
      'Financial literacy for every family',
      'This matters to me because I care about financial literacy for every family.',
    ],
    [
      'My mission is to make hiring kinder. Also cats.',
      'This matters to me because my mission is to make hiring kinder.',
    ],
  ])('turns the mission %j into a why sentence', (mission, expected) => {
    expect(whySentence(mission)).toBe(expected);
  });

  test.each(['', '   ', 'Why are you here?', '!!!'])('makes no sentence from %j', (mission) => {
    expect(whySentence(mission)).toBeUndefined();
  });

  test('a very long mission is cut at a word', () => {
    const sentence = whySentence(`to ${'help people '.repeat(40)}`) as string;
    expect(sentence.length).toBeLessThan(260);
    expect(sentence).toMatch(/ (?:help|people)\.$/);
  });
});

describe('trim-hashtags', () => {
  test('replaces a run of more than three with the two most relevant, in their order', () => {
    const text =
      'Our sourdough finally rose. Bread day!\n\n#love #instagood #bread #sourdough #photooftheday';
    const s = suggestions(text).find((x) => x.kind === 'trim-hashtags') as PostSuggestion;
    expect(s.text).toBe('#bread #sourdough');
    const out = apply(text, s);
    expect(out).toBe('Our sourdough finally rose. Bread day!\n\n#bread #sourdough');
    expectClean(out);
  });

  test('passions make a hashtag relevant; ties keep the earlier ones', () => {
    const text = 'Good day.\n#one #two #three #baking';
    expect(applied(text, 'trim-hashtags', BAKER)).toBe('Good day.\n#one #baking');
  });

  test.each(['Fun day #one #two #three', 'A #b c #d e #f g #h'])(
    'is not offered for %j',
    (text) => {
      expect(suggestions(text).map((s) => s.kind)).not.toContain('trim-hashtags');
    },
  );

  test('rankHashtags keeps the requested number', () => {
    const text = 'Cats. #cats #dogs #birds';
    const doc = buildDoc(text, NONE, TEST_SETTINGS);
    expect(rankHashtags(doc, doc.hashtags, 1).map((h) => text.slice(h.start, h.end))).toEqual([
      '#cats',
    ]);
  });
});

describe('helpers', () => {
  test.each([
    ['Hello there', { from: 11, at: 11, before: '. ' }],
    ['Hello there!', { from: 12, at: 12, before: ' ' }],
    ['One.\n\nTwo', { from: 9, at: 9, before: '.\n\n' }],
    ['Hi #a #b', { from: 8, at: 8, before: '\n\n' }],
    ['Hi.\n#a #b\n#c', { from: 3, at: 3, before: ' ' }],
    ['So many thoughts,', { from: 16, at: 17, before: '. ' }],
    ['Loved it -', { from: 8, at: 10, before: '. ' }],
    ['', { from: 0, at: 0, before: '' }],
  ])('endInsertion(%j)', (text, expected) => {
    expect(endInsertion(buildDoc(text, NONE, TEST_SETTINGS))).toEqual(expected);
  });

  const topic = (t: string) => mainTopic(buildDoc(t, NONE, TEST_SETTINGS));

  test.each([
    ['My goals changed. Goals should be small.', 'goals'],
    ['Our machines broke. Machines do that.', 'machines'],
    ['Shipped the new kiln today. #kiln #pottery', 'kilns'],
    ['Spent the day at Harvard. Harvard was sunny.', 'Harvard'],
    ['A nice walk today.', undefined],
  ])('mainTopic(%j) is %j', (text, expected) => {
    expect(topic(text)).toBe(expected);
  });

  test('a post in another language gets no English question', () => {
    const text =
      'Deux mille personnes à la journée, une belle mobilisation et un sacré succès pour nous.';
    expect(suggestions(text).map((s) => s.kind)).not.toContain('add-question');
  });

  test('with no clear topic the question stays open', () => {
    expect(applied('Walked to work in the rain and loved it.', 'add-question')).toBe(
      'Walked to work in the rain and loved it. What would you add?',
    );
  });

  test('mainTopic prefers a repeated noun phrase, ignores links, mentions and vague words', () => {
    expect(
      topic('Today @bob and I fixed the kiln. The kiln is back! https://kiln.example.com'),
    ).toBe('kilns');
    expect(topic('Last week was a lot.')).toBeUndefined();
  });
});

describe('through analyze()', () => {
  test('applying a post suggestion ticks its habit and leaves clean text', () => {
    const profile: Profile = { mission: 'to help kids love reading', passions: ['reading'] };
    const text = 'Spent the morning at the library with my niece.';
    const before = analyze(text, { profile });
    const question = before.postSuggestions.find(
      (s) => s.kind === 'add-question',
    ) as PostSuggestion;
    const why = before.postSuggestions.find((s) => s.kind === 'add-why') as PostSuggestion;
    expect(before.checklist.find((c) => c.id === 'asks-question')?.done).toBe(false);
    const withQuestion = apply(text, question);
    expectClean(withQuestion);
    expect(
      analyze(withQuestion, { profile }).checklist.find((c) => c.id === 'asks-question')?.done,
    ).toBe(true);
    const withWhy = apply(text, why);
    expectClean(withWhy);
    expect(analyze(withWhy, { profile }).checklist.find((c) => c.id === 'shares-why')?.done).toBe(
      true,
    );
    expect(analyze(withWhy, { profile }).postSuggestions.map((s) => s.kind)).not.toContain(
      'add-why',
    );
  });
});
