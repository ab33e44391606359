import type { Rule } from '../rule';

// A run of exclamation and question marks ("!!!", "?!!", "!1!"); flagged with two or more "!".
const RUN = /[!¡?][!¡?1]*[!¡?]|[!¡?]/g;

/** Runs of exclamation marks: "!!!" becomes "!". */
export const rule: Rule = {
  id: 'exclamations',
  category: 'shouting',
  polarity: 'sales',
  weight: 4,
  description: 'Runs of exclamation marks such as !!! or ?!!.',
  message: 'Several exclamation marks',
  why: 'Stacked exclamation marks read as hype; one is enough to show you mean it.',
  examples: {
    flagged: ['Sale starts now!!!', 'Can you believe it?!!'],
    clean: ['What a day!', 'Really? Yes.'],
  },
  detect(doc) {
    const hits = [];
    for (const m of doc.text.matchAll(RUN)) {
      const start = m.index ?? 0;
      if ((m[0].match(/[!¡]/g)?.length ?? 0) < 2) continue;
      const replacement = m[0].includes('?') ? '?' : '!';
      hits.push({
        start,
        end: start + m[0].length,
        suggestions: [{ label: `Use one “${replacement}”`, text: replacement }],
      });
    }
    return hits;
  },
};
