import { inSalesContext, MAX_AUTHENTIC_HITS, pitchDamping } from '../authentic';
import { PAST_VERBS, STORY_PHRASES } from '../lexicon/story';
import { phraseRegex, scan } from '../match';
import type { Hit, Rule } from '../rule';

const STORY = phraseRegex(STORY_PHRASES);
// "I ran", "we finally shipped": the writer saying what they did. Weaker than a story opener.
const PAST = new RegExp(
  `(?<![\\p{L}\\p{N}_'’])(?:i|we)\\s+(?:(?:just|finally|recently|once|actually|also|then|first|quickly|slowly)\\s+)?(?:${PAST_VERBS.join('|')}|\\p{L}+[^\\P{L}e]ed)(?![\\p{L}\\p{N}_])`,
  'gu',
);
const PAST_STRENGTH = 0.5;
const FIRST_PERSON =
  /(?<![\p{L}\p{N}_])(?:i|i'm|i’m|i've|i’ve|i'd|i’d|me|my|we|we're|we’re|our|us)(?![\p{L}\p{N}_])/u;

/** First-person experience with specifics: "I learned", "when I started", "last week", "my first". */
export const rule: Rule = {
  id: 'personal-story',
  category: 'story',
  polarity: 'authentic',
  weight: 8,
  description:
    'First-person experience with specifics: what happened to you, when, and what you learned.',
  message: 'Tells your own story',
  why: 'Your own journey, told with real details, lets readers get to know you, and trust follows from that.',
  examples: {
    flagged: [
      'When I started baking, I burned every loaf for a month.',
      'Last week our team shipped the thing we had been scared of for a year.',
    ],
    clean: ['Buy the best bread in town.', 'Last week to get 50% off, so shop now!'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    const damping = pitchDamping(doc);
    const stories = scan(doc.lower, STORY);
    const pasts = scan(doc.lower, PAST).filter(
      (p) => !stories.some((s) => p.start < s.end && s.start < p.end),
    );
    const spans = [
      ...stories.map((s) => ({ ...s, base: 1 })),
      ...pasts.map((p) => ({ ...p, base: PAST_STRENGTH })),
    ].sort((a, b) => a.start - b.start);
    for (const s of spans) {
      if (doc.inQuote(s.start) || inSalesContext(doc, s.start)) continue;
      const sentence = doc.sentenceAt(s.start);
      const own = sentence
        ? FIRST_PERSON.test(doc.lower.slice(sentence.start, sentence.end))
        : false;
      // A time word with no "I" or "we" near it ("last week of the sale") is a weaker sign of a story.
      hits.push({
        start: s.start,
        end: s.end,
        strength: (own ? s.base : 0.4) * damping,
        suggestions: [],
      });
      if (hits.length >= MAX_AUTHENTIC_HITS) break;
    }
    return hits;
  },
};
