import type { Rule } from '../rule';

// Three or more pictographs in a row (spaces, variation selectors, skin tones and joiners between).
const RUN =
  /\p{Extended_Pictographic}(?:(?:[ \t\p{Emoji_Modifier}]|\ufe0f|\u200d)*\p{Extended_Pictographic}){2,}(?:\p{Emoji_Modifier}|\ufe0f)?/gu;
const ONE = /\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\ufe0f|\u200d)*/u;

/** Runs of emoji: "🔥🔥🔥🔥" becomes "🔥". */
export const rule: Rule = {
  id: 'emoji-run',
  category: 'shouting',
  polarity: 'sales',
  weight: 3,
  description: 'Runs of three or more emoji.',
  message: 'A run of emoji',
  why: 'A wall of emoji is a loudspeaker; one well-placed emoji says the same.',
  examples: {
    flagged: ['New drop today 🔥🔥🔥🔥', 'The sale is on 💰 💰 💰'],
    clean: ['Great day at the beach 🌊', '😂😂😂'],
  },
  detect(doc) {
    // A reaction made only of emoji is not a pitch.
    if (doc.words.length < 3) return [];
    const hits = [];
    for (const m of doc.text.matchAll(RUN)) {
      const start = m.index ?? 0;
      const first = ONE.exec(m[0])?.[0] ?? '';
      const suggestions = first ? [{ label: `Keep one ${first}`, text: first }] : [];
      hits.push({ start, end: start + m[0].length, suggestions });
    }
    return hits;
  },
};
