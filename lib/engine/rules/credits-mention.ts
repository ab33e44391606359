import { inSalesContext, MAX_AUTHENTIC_HITS, pitchDamping } from '../authentic';
import { CREDIT_CUES } from '../lexicon/connection';
import { phraseSource } from '../match';
import type { Hit, Rule } from '../rule';

// A cue, then up to a few words, ending right before the mention (or the list of mentions).
const CUE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${CREDIT_CUES.map(phraseSource).join('|')})(?:\\s+(?:the|our|my|team|amazing|wonderful|brilliant|great|awesome|folks|crew|at|from|@[\\p{L}\\p{N}_.]+,?))*\\s*[,:]?\\s*$`,
  'u',
);

/** @mentions credited: "thanks @ana", "with @sam and @lee", "h/t @maker". */
export const rule: Rule = {
  id: 'credits-mention',
  category: 'gratitude',
  polarity: 'authentic',
  weight: 5,
  description: 'Names the people behind the work with an @mention: thanks, credit, collaboration.',
  message: 'Credits someone by name',
  why: 'Naming the people who helped spreads the credit and invites them into the conversation.',
  examples: {
    flagged: ['Built this with @ana_codes over a weekend.', 'h/t @sam for the idea.'],
    clean: ['Follow @shopdeals for more deals!', 'Email me at hello@example.com.'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    const damping = pitchDamping(doc);
    for (const m of doc.mentions) {
      if (doc.inQuote(m.start) || inSalesContext(doc, m.start)) continue;
      // The cue may sit on the line before ("Inspired by\n@maker"), but not in an earlier sentence.
      const before = doc.lower.slice(Math.max(0, m.start - 80), m.start);
      const cut = Math.max(
        before.lastIndexOf('. '),
        before.lastIndexOf('! '),
        before.lastIndexOf('? '),
      );
      if (!CUE.test(cut >= 0 ? before.slice(cut + 2) : before)) continue;
      hits.push({ start: m.start, end: m.end, strength: damping, suggestions: [] });
      if (hits.length >= MAX_AUTHENTIC_HITS) break;
    }
    return hits;
  },
};
