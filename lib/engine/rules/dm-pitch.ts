import { DM_PHRASES, DM_REWRITE } from '../lexicon/dm';
import { inContext, phraseRegex, scan } from '../match';
import type { Rule } from '../rule';

const PHRASES = phraseRegex(DM_PHRASES);

/** "DM me for details" and other requests to take the pitch private. */
export const rule: Rule = {
  id: 'dm-pitch',
  category: 'call-to-action',
  polarity: 'sales',
  weight: 16,
  description:
    'Requests to move to private messages: DM me, message me, inbox me, for details, get in touch with @…',
  message: 'Asks readers to message you',
  why: '"DM me for details" is a sales script; an open offer to share more lets people come to you.',
  examples: {
    flagged: ['Interested? DM me for details.', 'Get in touch with @coach_anna today'],
    clean: ['My DMs were full of kind notes this week.', "Please don't DM me about this."],
  },
  detect(doc) {
    return inContext(doc, scan(doc.lower, PHRASES)).map((s) => ({
      ...s,
      suggestions: [{ label: `Replace with “${DM_REWRITE}”`, text: DM_REWRITE }],
    }));
  },
};
