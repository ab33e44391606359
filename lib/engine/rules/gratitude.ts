import { MAX_AUTHENTIC_HITS, pitchBefore, warmHits } from '../authentic';
import type { Doc } from '../doc';
import { GRATITUDE_PHRASES, HOLLOW_THANKS } from '../lexicon/connection';
import { phraseRegex, scan } from '../match';
import type { Rule } from '../rule';

const THANKS = phraseRegex(GRATITUDE_PHRASES);
const HOLLOW = phraseRegex(HOLLOW_THANKS);

/** Thanks in the closing lines of a draft that pitched earlier: a sign-off to the pitch, not credit. */
function signOff(doc: Doc, pos: number): boolean {
  const sentence = doc.sentenceAt(pos);
  const last = doc.sentences.slice(-2)[0];
  if (!sentence || !last || sentence.start < last.start) return false;
  return pitchBefore(doc, sentence.start);
}

/** Thanks, shout-outs and celebration of other people. */
export const rule: Rule = {
  id: 'gratitude',
  category: 'gratitude',
  polarity: 'authentic',
  weight: 8,
  description: 'Thanks, shout-outs, credit and congratulations to other people.',
  message: 'Thanks or celebrates someone',
  why: 'Celebrating other people builds the relationships social media is for, and it shows who you are better than any pitch.',
  examples: {
    flagged: [
      'Huge thanks to Maria for reading every draft.',
      'Shout-out to the night shift at St. Luke’s.',
    ],
    clean: [
      'Thanks for watching, subscribe to my channel!',
      'No thanks, I will pass.',
      'Check out my channel and subscribe. Thank you!',
    ],
  },
  detect(doc) {
    const hollow = scan(doc.lower, HOLLOW);
    return warmHits(doc, THANKS)
      .filter((s) => !hollow.some((h) => s.start < h.end && h.start < s.end))
      .filter((s) => !doc.isNegated(s.start))
      .filter((s) => !signOff(doc, s.start))
      .slice(0, MAX_AUTHENTIC_HITS)
      .map((s) => ({ ...s, suggestions: [] }));
  },
};
