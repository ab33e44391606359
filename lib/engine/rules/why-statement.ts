import { MAX_AUTHENTIC_HITS, warmHits } from '../authentic';
import { WHY_PHRASES } from '../lexicon/story';
import { phraseRegex } from '../match';
import type { Rule } from '../rule';

const WHY = phraseRegex(WHY_PHRASES);

/** Statements of purpose: "that's why I", "I believe", "my mission", "matters to me". */
export const rule: Rule = {
  id: 'why-statement',
  category: 'story',
  polarity: 'authentic',
  weight: 8,
  description: 'Says why you do what you do: your mission, what you believe, what matters to you.',
  message: 'Shares your why',
  why: 'When people know why you do the work, the work sells itself; a clear why is what followers remember.',
  examples: {
    flagged: [
      "That's why I started teaching kids to code.",
      'I believe every small shop deserves a website.',
    ],
    clean: ['Why pay more? Shop our sale.', 'I bought a new laptop.'],
  },
  detect(doc) {
    return warmHits(doc, WHY)
      .filter((s) => !doc.isNegated(s.start))
      .slice(0, MAX_AUTHENTIC_HITS)
      .map((s) => ({ ...s, suggestions: [] }));
  },
};
