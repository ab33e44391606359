import { dropClause, dropOverlaps, phraseRegex, scan } from '../match';
import type { Hit, Rule } from '../rule';

// Long digit strings (phone and premium-rate numbers) and "text WORD to 12345" instructions.
const PHONE = /(?<![\p{L}\p{N}.,])\+?\(?\d[\d ().-]{5,20}\d(?![\p{L}\p{N}])/gu;
const INSTRUCTION = phraseRegex([
  'text {word} to {n}',
  'txt {word} to {n}',
  'send {word} to {n}',
  'reply {word} to {n}',
  'text to {n}',
  'txt to {n}',
  'reply stop',
  'text stop',
  'txt stop',
  'send stop',
  'unsubscribe',
  'opt out',
  'opt-out',
  'call {n}',
  'ring {n}',
  'dial {n}',
  'whatsapp {n}',
  'call me on',
  'call me at',
  'reply yes',
  'reply with',
]);

const CUE =
  /(?:call|phone|tel|txt|text|ring|dial|whatsapp|fax|mobile|cell|sms|contact|number|hotline|now on|me on|us on|me at|us at)[\s:.#-]*$/;
const NANP = /^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/;

// "Reply YES", "txt HORO", "text GRAVEL to 69888": an instruction with a shouted keyword.
const KEYWORD =
  /(?<![\p{L}\p{N}])(?:[Rr]eply|REPLY|[Tt]xt|TXT|[Tt]ext|TEXT|[Tt]xting|[Tt]exting|[Ss]end|SEND|SMS)\s+(?:back\s+)?(?:your\s+|ur\s+)?[A-Z][A-Z0-9#]+(?![\p{L}\p{N}])/gu;

function digitCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n++;
  return n;
}

/** Phone numbers and "text WIN to 80086" instructions: the reader is told to call or text. */
export const rule: Rule = {
  id: 'contact-number',
  category: 'call-to-action',
  polarity: 'sales',
  weight: 14,
  description:
    'Phone numbers, premium-rate numbers and "text WORD to 12345" or "reply STOP" instructions.',
  message: 'Asks readers to call or text a number',
  why: 'A number to call or text is a direct-response ad; on social media it reads as spam.',
  examples: {
    flagged: ['Call 0800 123 4567 now', 'Text WIN to 80086 to enter'],
    clean: ['We finished in 2019 after 3 years of work.', 'Room 204 on the second floor.'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of scan(doc.lower, INSTRUCTION)) {
      // "Unsubscribe" is list housekeeping more than a pitch; it counts a little.
      const housekeeping =
        doc.lower.startsWith('unsub', s.start) || doc.lower.startsWith('opt', s.start);
      hits.push({
        ...s,
        strength: housekeeping ? 0.3 : 1,
        suggestions: [dropClause(doc, s.start, s.end, 'Remove the number to call')],
      });
    }
    for (const m of doc.text.matchAll(KEYWORD)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      hits.push({
        start,
        end,
        suggestions: [dropClause(doc, start, end, 'Remove the number to call')],
      });
    }
    for (const s of scan(doc.lower, PHONE)) {
      const raw = doc.text.slice(s.start, s.end);
      const digits = digitCount(raw);
      if (digits < 7 || digits > 15) continue;
      if (doc.links.some((l) => s.start >= l.start && s.start < l.end)) continue;
      const cue = CUE.test(doc.lower.slice(Math.max(0, s.start - 24), s.start));
      // Without a "call"/"tel" cue, only numbers shaped like phone numbers count (0/+ prefix, or 3-3-4).
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
        suggestions: [dropClause(doc, s.start, s.end, 'Remove the number to call')],
      });
    }
    return dropOverlaps(hits);
  },
};
