import { dropClause, dropOverlaps, phraseRegex, scan } from '../match';
import type { Hit, Rule } from '../rule';

// A phone number: seven to fifteen digits in groups.
const PHONE = /(?<![\p{L}\p{N}.,])\+?\(?\d[\d ().-]{5,20}\d(?![\p{L}\p{N}])/gu;
const ASK = phraseRegex([
  'call us at',
  'call us on',
  'call me at',
  'call me on',
  'call {n}',
  'ring us on',
  'dial {n}',
  'whatsapp {n}',
  'whatsapp us',
  'whatsapp me',
  'text us at',
  'text us on',
]);
// A cue word just before a number: "call", "phone:", "tel", "WhatsApp".
const CUE =
  /(?:call|phone|tel|text|ring|dial|whatsapp|mobile|cell|contact|hotline|us on|me on|us at|me at)[\s:.#-]*$/;
// North American 3-3-4 grouping.
const NANP = /^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/;
const LABEL = 'Remove the number to call';

function digitCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n++;
  return n;
}

/** Phone numbers and "call us at …": the reader is told to call or message a number. */
export const rule: Rule = {
  id: 'contact-number',
  category: 'call-to-action',
  polarity: 'sales',
  weight: 14,
  description: 'Phone numbers to call or message, and asks such as "call us at" or "WhatsApp me".',
  message: 'Asks readers to call or message a number',
  why: 'A number to call is a direct-response ad; on social media people would rather ask in the open.',
  examples: {
    flagged: ['Call us at 555-201-7788 to book.', 'Questions? WhatsApp me on +44 7700 900123'],
    clean: ['We finished in 2019 after 3 years of work.', 'Room 204 on the second floor.'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of scan(doc.lower, ASK))
      hits.push({ ...s, suggestions: [dropClause(doc, s.start, s.end, LABEL)] });
    for (const s of scan(doc.lower, PHONE)) {
      const raw = doc.text.slice(s.start, s.end);
      const digits = digitCount(raw);
      if (digits < 7 || digits > 15) continue;
      if (doc.links.some((l) => s.start >= l.start && s.start < l.end)) continue;
      const cue = CUE.test(doc.lower.slice(Math.max(0, s.start - 24), s.start));
      // Without a cue, only numbers shaped like phone numbers count (a 0 or + prefix, or 3-3-4).
      const groups = raw
        .replace(/^\+\d{1,3}/, '')
        .split(/[ .()-]+/)
        .filter(Boolean);
      if (groups.length > 4 || groups.some((g) => g.length < 2)) continue;
      const shaped = /^(?:\+|0|\(0)/.test(raw) ? digits >= 10 && digits <= 13 : NANP.test(raw);
      if (!cue && !shaped) continue;
      hits.push({
        ...s,
        strength: cue ? 1 : 0.6,
        suggestions: [dropClause(doc, s.start, s.end, LABEL)],
      });
    }
    return dropOverlaps(hits);
  },
};
