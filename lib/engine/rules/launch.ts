import {
  ANNOUNCE_PHRASES,
  LAUNCH_OBJECTS,
  LAUNCH_PHRASES,
  LAUNCH_VERBS,
  PRODUCT_NOUNS,
} from '../lexicon/launch';
import { dropOverlaps, inContext, phraseRegex, phraseSource, scan, speaksOfWriter } from '../match';
import type { Hit, Rule } from '../rule';

const PHRASES = phraseRegex(LAUNCH_PHRASES.map(([p]) => p));
const REWRITES = new Map(LAUNCH_PHRASES.map(([p, r]) => [p.replace(/’/g, "'"), r]));
const ANNOUNCE = phraseRegex(ANNOUNCE_PHRASES);
const OBJECT = new RegExp(
  `^[\\s:,-]*(?:that\\s+|the\\s+)?(?:${LAUNCH_OBJECTS.map(phraseSource).join('|')})(?![\\p{L}])`,
  'u',
);
// "launching an iPhone app", "we released the new version": a launch verb, then a product within four words.
const VERB_PRODUCT = new RegExp(
  `(?<![\\p{L}])(?:${LAUNCH_VERBS.map(phraseSource).join('|')})\\s+(?:[\\p{L}\\p{N}'’#@-]+\\s+){0,4}?(?:${PRODUCT_NOUNS.join('|')})(?![\\p{L}])`,
  'gu',
);
// Launch phrases that need a subject before them ("___ just launched"), unlike "now live" or "pre-order".
const SUBJECT_FIRST =
  /^(?:just launched|launching today|launches today|just dropped|just released)$/;
// "Introducing" a name: "Introducing Tally: ..." (not "introducing my daughter to sushi").
const NAME_AFTER = /^\s+(?:\p{Lu}[\p{L}\p{N}.-]*|[\p{Ll}][\p{L}\p{N}]*\s*[:.—–-])/u;
const FAMILY_AFTER =
  /^\s+(?:my|our|his|her|their|him|her|them|myself|ourselves|kids|the kids)\s+(?!new\s)/u;

/** Launch and announcement copy: "introducing", "now live", "pre-order today", "excited to announce our…". */
export const rule: Rule = {
  id: 'launch',
  category: 'self-focus',
  polarity: 'sales',
  weight: 12,
  description:
    'Launch and announcement copy: introducing…, we just launched, now live, out now, pre-order, excited to announce our new…',
  message: 'Reads like a launch announcement',
  why: 'Launch copy is a press release; people engage with what you made and why, told the way you would tell a friend.',
  examples: {
    flagged: [
      'Introducing Tally: the budget app for shared flats.',
      'The second edition is now live.',
      'We are excited to announce our new mentoring program.',
      'Pre-order the hardcover today.',
    ],
    clean: [
      'I spent the weekend introducing my daughter to sushi.',
      'I am excited to announce that I am starting a new job in Porto.',
      'We watched the launch from the beach with the kids.',
      'The festival is live in my head already.',
    ],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of inContext(doc, scan(doc.lower, PHRASES))) {
      const key = doc.lower.slice(s.start, s.end).replace(/\s+/g, ' ').replace(/’/g, "'");
      const text = REWRITES.get(key) ?? '';
      // "Acme just launched a tool" with no "we" or "I" around it is news of someone else's launch.
      const sentence = doc.sentenceAt(s.start);
      const own = sentence ? speaksOfWriter(doc.lower.slice(sentence.start, sentence.end)) : false;
      const news = !own && SUBJECT_FIRST.test(key);
      hits.push({
        ...s,
        strength: news ? 0.4 : 1,
        suggestions: text ? [{ label: `Say “${text}”`, text }] : [],
      });
    }
    for (const s of inContext(doc, scan(doc.lower, ANNOUNCE))) {
      const after = doc.text.slice(s.end, s.end + 60);
      const word = doc.lower.slice(s.start, s.end);
      let strength = 0;
      if (OBJECT.test(doc.lower.slice(s.end, s.end + 60))) strength = 1;
      else if (word === 'introducing' && NAME_AFTER.test(after) && !FAMILY_AFTER.test(after))
        strength = 1;
      else if (word === 'releases')
        strength = /^\s+(?:["“]|new\s|its\s|the\s)/u.test(after) ? 0.5 : 0;
      // Without a product after it, an announcement is news (a new job, a milestone), not a launch.
      if (strength > 0) hits.push({ ...s, strength, suggestions: [] });
    }
    for (const m of doc.lower.matchAll(VERB_PRODUCT)) {
      const start = m.index ?? 0;
      if (doc.inQuote(start) || doc.isNegated(start)) continue;
      // "After launching our first app, I slept for two days" tells a story; it launches nothing.
      if (
        /(?:with|of|for|about|after|before|by|in|on)\s+$/u.test(
          doc.lower.slice(Math.max(0, start - 8), start),
        )
      )
        continue;
      // News of someone else's launch ("the bank launched their app", "Acme to unveil a tool") is shared, not sold.
      if (
        /\s(?:their|his|her|its)\s/u.test(m[0]) ||
        /(?:^|\s)to\s+$/u.test(doc.lower.slice(Math.max(0, start - 4), start))
      )
        continue;
      hits.push({ start, end: start + m[0].length, strength: 0.7, suggestions: [] });
    }
    return dropOverlaps(hits);
  },
};
