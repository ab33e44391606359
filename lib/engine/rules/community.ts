import { MAX_AUTHENTIC_HITS, warmHits } from '../authentic';
import { COMMUNITY_PHRASES } from '../lexicon/connection';
import { phraseRegex } from '../match';
import type { Rule } from '../rule';

const COMMUNITY = phraseRegex(COMMUNITY_PHRASES);
// "Join our community" is an invitation to sign up, not a shared interest.
const JOIN = /(?:join|joining|subscribe to|grow)\s+(?:\S+\s+)?$/u;
// "Put together a deck" and "get together with us" are not a shared life.
const NOT_SHARED =
  /(?:put|puts|putting|pull|pulled|bring|brought|get|got|getting|threw|throw|stitch|stitched)\s+(?:\S+\s+)?$/u;

/** Commonalities people connect over: our city, our team, fellow bakers, anyone else who... */
export const rule: Rule = {
  id: 'community',
  category: 'community',
  polarity: 'authentic',
  weight: 6,
  description:
    'Shared interests and places: your city, your team, fellow hobbyists, "anyone else who...".',
  message: 'Speaks to shared interests',
  why: 'Shared places, teams and hobbies give strangers a reason to talk to you; that common ground is where a community starts.',
  examples: {
    flagged: [
      'Anyone else who bakes before sunrise?',
      'Our neighborhood cleanup was packed this year.',
    ],
    clean: ['Join our community of 10,000 members today!', 'Our product ships worldwide.'],
  },
  detect(doc) {
    return warmHits(doc, COMMUNITY)
      .filter((s) => !JOIN.test(doc.lower.slice(Math.max(0, s.start - 24), s.start)))
      .filter(
        (s) =>
          !doc.lower.startsWith('together', s.start) ||
          !NOT_SHARED.test(doc.lower.slice(Math.max(0, s.start - 24), s.start)),
      )
      .slice(0, MAX_AUTHENTIC_HITS)
      .map((s) => ({ ...s, suggestions: [] }));
  },
};
