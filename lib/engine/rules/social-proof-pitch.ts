import { PROOF_CLOSES, PROOF_OPENERS, PROOF_REWRITE } from '../lexicon/social-proof';
import { clauseAround, dropOverlaps, inContext, phraseRegex, scan } from '../match';
import type { Hit, Rule } from '../rule';

const CLOSES = phraseRegex(PROOF_CLOSES);
const OPENERS = phraseRegex(PROOF_OPENERS);

/** Social proof used to sell: a client result followed by "my calendar is open" or "want the same results?". */
export const rule: Rule = {
  id: 'social-proof-pitch',
  category: 'self-focus',
  polarity: 'sales',
  weight: 14,
  description:
    'Testimonials turned into a close: client wins, "if you want the same results", "my calendar is open", book a call, hire me.',
  message: 'Uses a result to sell',
  why: 'A client win followed by an offer is a sales page; tell what you learned from the work and let people ask.',
  examples: {
    flagged: [
      'My client doubled her bookings in a month. If you want the same results, my calendar is open.',
      'Client win: a 40% drop in churn. Book a call to see how.',
      'I have 2 spots left for January. Work with me.',
    ],
    clean: [
      'My calendar is full of school plays this month and I love it.',
      'We worked with a nonprofit this spring and learned more than they did.',
      'Results like this take years, and most of it is boring.',
    ],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of inContext(doc, scan(doc.lower, CLOSES))) {
      const phrase = doc.lower.slice(s.start, s.end);
      // "Results like this take years": only an offer of results counts, not a remark about them.
      if (
        phrase.startsWith('results like') &&
        !/(?:want|get|you)\s+$/u.test(doc.lower.slice(Math.max(0, s.start - 12), s.start))
      )
        continue;
      const c = clauseAround(doc, s.start, s.end);
      hits.push({
        ...s,
        suggestions: [
          {
            label: 'Keep the story, open the door',
            text: PROOF_REWRITE,
            start: c.start,
            end: c.end,
          },
        ],
      });
    }
    for (const s of inContext(doc, scan(doc.lower, OPENERS)))
      hits.push({ ...s, strength: 0.5, suggestions: [] });
    return dropOverlaps(hits);
  },
};
