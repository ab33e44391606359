import {
  KEYWORD_ASK_VERBS,
  LEAD_ASKS,
  LEAD_PROMISES,
  LEAD_RESOURCES,
  LEAD_REWRITE,
} from '../lexicon/lead-magnet';
import { clauseAround, dropOverlaps, imperativeAt, inContext, phraseRegex, scan } from '../match';
import type { Hit, Rule } from '../rule';

const ASKS = phraseRegex(LEAD_ASKS);
const PROMISES = phraseRegex(LEAD_PROMISES);
const RESOURCES = phraseRegex(LEAD_RESOURCES);
// "Comment GUIDE", "DM me 'playbook'", "reply with “yes”": a keyword in capitals or quotes to type back.
const VERB = KEYWORD_ASK_VERBS.map(
  (v) => `[${v[0]}${v[0]?.toUpperCase()}]${v.slice(1)}|${v.toUpperCase()}`,
).join('|');
const KEYWORD = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${VERB})\\s+(?:me\\s+)?(?:with\\s+)?(?:the\\s+word\\s+)?(?:["“'‘][^"”'’\\n]{1,24}["”'’]|\\p{Lu}{2,}[\\p{Lu}\\p{N}]*)(?![\\p{L}\\p{N}])`,
  'gu',
);

const REWARD =
  /^\s*(?:below\s+)?(?:to\s+(?:get|receive|grab|access|join)|for\s+(?:the|a|my|access|early)|and\s+(?:i|we)['’]?ll)(?![\p{L}])/u;

function openOffer(doc: Parameters<Rule['detect']>[0], start: number, end: number) {
  const c = clauseAround(doc, start, end);
  return [{ label: 'Offer it openly instead', text: LEAD_REWRITE, start: c.start, end: c.end }];
}

/** Lead magnets: a freebie traded for a comment, a keyword, a message or an email address. */
export const rule: Rule = {
  id: 'lead-magnet',
  category: 'call-to-action',
  polarity: 'sales',
  weight: 18,
  description:
    'Lead magnets: "comment GUIDE and I\'ll send it", "DM me \'playbook\'", "drop your email", a free checklist for a reply.',
  message: 'Trades a freebie for a reply',
  why: 'Asking for a keyword or an email before you share turns readers into leads; sharing openly is what builds trust.',
  examples: {
    flagged: [
      'I made a checklist for first-time managers. Comment LIST and I’ll send it.',
      'Want my hiring template? DM me "hire" to get it.',
      'Drop your email below for the free cheat sheet.',
    ],
    clean: [
      'I used to reply with a thumbs up and move on; now I write back properly.',
      'She commented that the talk ran long, and she was right.',
      'I’ll send you the photos from the trip tonight, Mum.',
    ],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of inContext(doc, scan(doc.lower, ASKS)))
      hits.push({ ...s, suggestions: openOffer(doc, s.start, s.end) });
    for (const m of doc.text.matchAll(KEYWORD)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // The keyword must be an instruction to the reader, not "I used to reply with 'OK'", unless
      // what follows names the reward ("comment 'deck' to get access").
      const reward = REWARD.test(doc.lower.slice(end, end + 40));
      if ((!imperativeAt(doc, start) && !reward) || doc.isNegated(start)) continue;
      hits.push({ start, end, suggestions: openOffer(doc, start, end) });
    }
    // A promise to send or a free resource is a lead magnet only beside an ask to reply or comment.
    const asked =
      hits.length > 0 || /(?<![\p{L}])(?:comment|reply|dm|message me|email)/u.test(doc.lower);
    if (asked) {
      for (const s of inContext(doc, scan(doc.lower, PROMISES)))
        hits.push({ ...s, strength: 0.6, suggestions: [] });
      for (const s of inContext(doc, scan(doc.lower, RESOURCES)))
        hits.push({ ...s, strength: 0.6, suggestions: [] });
    }
    return dropOverlaps(hits);
  },
};
