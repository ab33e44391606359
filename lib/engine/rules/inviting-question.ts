import { MAX_AUTHENTIC_HITS, pitchDamping, sentenceIsSalesy } from '../authentic';
import type { Sentence } from '../doc';
import {
  BAIT_NEARBY,
  INVITING_QUESTION,
  INVITING_STATEMENT,
  SALES_QUESTION,
} from '../lexicon/connection';
import { hasAny, phraseRegex } from '../match';
import type { Hit, Rule } from '../rule';

const INVITING = phraseRegex(INVITING_QUESTION);
const PITCH = phraseRegex(SALES_QUESTION);
const BAIT = phraseRegex(BAIT_NEARBY);
const STATEMENT = phraseRegex(INVITING_STATEMENT);
const READER =
  /(?<![\p{L}\p{N}_])(?:you|your|you're|you’re|you've|you’ve|yours|y'all|anyone|everyone)(?![\p{L}\p{N}_])/u;
const MAX_QUESTION = 300;
const RHETORICAL_ANSWER =
  /^(?:because|here['’]s|here is|the answer|simple|easy|spoiler|turns out|short answer|answer:)(?![\p{L}])/u;
// "Just got a new phone? Discover ...", "Tired of X? Try ...": the question sets up an offer.
const HOOK_ANSWER =
  /^(?:then|if so|if yes|if you do|if you answered|well,? (?:then|now)|look no further|we have|we've got|introducing|meet|discover|try|get|grab|download|shop|buy|order|sign up|register|join|check out|head to|visit)(?![\p{L}])/u;

/** Questions that invite the reader to share their own view or experience (not pitches posed as questions). */
export const rule: Rule = {
  id: 'inviting-question',
  category: 'question',
  polarity: 'authentic',
  weight: 10,
  description:
    'Questions (or plain invitations) that ask readers for their view or experience; pitches phrased as questions do not count.',
  message: 'Invites people in with a question',
  why: 'A real question starts a conversation; it tells readers you want to hear from them, not just be heard.',
  examples: {
    flagged: ['What got you through your first year?', 'How do you plan your week?'],
    clean: [
      'Want 50% off?',
      'Who wants to make $500 a day?',
      'Do you like music? Then check out my channel.',
    ],
  },
  detect(doc) {
    const hits: Hit[] = [];
    const damping = pitchDamping(doc);
    const sentences = doc.sentences;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i] as Sentence;
      if (s.end - s.start > MAX_QUESTION) continue;
      // "I'd love to hear how you plan your week." invites as well as a question does.
      const invites = !s.isQuestion && hasAny(doc.lower.slice(s.start, s.end), STATEMENT);
      if (!s.isQuestion && !invites) continue;
      if (doc.inQuote(s.start) || doc.inQuote(s.end - 1) || sentenceIsSalesy(doc, s)) continue;
      const lower = doc.lower.slice(s.start, s.end);
      if (hasAny(lower, PITCH) || hasAny(lower, BAIT)) continue;
      // A hook ("Do you like music? Then check out my channel") is answered by the pitch that follows.
      const next = sentences[i + 1];
      if (next) {
        const nextLower = doc.lower.slice(next.start, next.end);
        if (hasAny(nextLower, BAIT) || HOOK_ANSWER.test(nextLower) || sentenceIsSalesy(doc, next))
          continue;
        // "Why? Because..." is the writer answering themselves.
        if (!invites && RHETORICAL_ANSWER.test(nextLower)) continue;
      }
      // At least one letter: "???" alone invites nothing.
      if (!/\p{L}/u.test(lower)) continue;
      const open = hasAny(lower, INVITING) || READER.test(lower);
      // "The craziest part?" or "Now?" is a beat in the writer's story, not a question to the reader.
      if (!open && !invites && (lower.match(/\p{L}+/gu) ?? []).length <= 3) continue;
      hits.push({
        start: s.start,
        end: s.end,
        strength: (invites ? 0.6 : open ? 1 : 0.5) * damping,
        suggestions: [],
      });
      if (hits.length >= MAX_AUTHENTIC_HITS) break;
    }
    return hits;
  },
};
