import type { Rule } from '../rule';

// Letters from the Mathematical Alphanumeric block (𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤), small capitals (ᴛʜɪs) and fullwidth (ｆｒｅｅ).
const LETTER =
  '(?:[\\u{1d400}-\\u{1d7ff}]|[\\u1d00-\\u1d2b\\u0262\\u026a\\u0274\\u0280\\u028f\\u0299\\u029c\\u029f\\ua730\\ua731]|[\\uff21-\\uff3a\\uff41-\\uff5a])';
// A run of styled letters, with the spaces, digits and punctuation between them, is one finding.
const STYLED = new RegExp(`${LETTER}+(?:[ \\t\\p{P}\\p{N}]+${LETTER}+)*`, 'gu');
const MIN_LETTERS = 5;

/** Fancy Unicode lettering (𝗯𝗼𝗹𝗱, ꜱᴍᴀʟʟ ᴄᴀᴘꜱ): shouting that screen readers cannot read. */
export const rule: Rule = {
  id: 'styled-text',
  category: 'shouting',
  polarity: 'sales',
  weight: 6,
  description:
    'Fancy Unicode letters used for emphasis: mathematical bold or italic, small capitals, fullwidth.',
  message: 'Fancy Unicode lettering',
  why: 'Styled letters grab attention like an ad, and screen readers read them as gibberish or skip them.',
  examples: {
    flagged: ['𝗕𝗜𝗚 𝗡𝗘𝗪𝗦 today', 'ᴛᴀᴋᴇ ᴛʜᴇ sᴛᴇᴘ'],
    clean: ['Plain words work best.', 'Café déjà vu'],
  },
  detect(doc) {
    const hits = [];
    let letters = 0;
    for (const m of doc.text.matchAll(STYLED)) {
      const start = m.index ?? 0;
      letters += [...m[0]].length;
      const plain = m[0].normalize('NFKC');
      hits.push({
        start,
        end: start + m[0].length,
        suggestions: plain !== m[0] ? [{ label: 'Use plain letters', text: plain }] : [],
      });
    }
    return letters >= MIN_LETTERS ? hits : [];
  },
};
