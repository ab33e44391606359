import { inContext, phraseRegex, scan } from '../match';
import type { Rule } from '../rule';

/** The user's own salesy words and phrases, from Settings.extraSalesyWords. */
export const rule: Rule = {
  id: 'custom-words',
  category: 'hype',
  polarity: 'sales',
  weight: 10,
  description: 'Words and phrases you added as salesy in the options.',
  message: 'One of your salesy words',
  why: 'You asked WhyFirst to watch for this word.',
  detect(doc) {
    const words = doc.settings.extraSalesyWords.filter(
      (w) => typeof w === 'string' && w.trim().length > 1,
    );
    if (words.length === 0) return [];
    const re = phraseRegex(words);
    return inContext(doc, scan(doc.lower, re)).map((s) => ({
      ...s,
      suggestions: [{ label: 'Remove this word', text: '' }],
    }));
  },
};
