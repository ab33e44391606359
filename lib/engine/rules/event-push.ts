import type { Doc } from '../doc';
import {
  EVENT_ASKS,
  EVENT_NOUNS,
  EVENT_REWRITE,
  EVENT_WEAK,
  HOST_VERBS,
  JOIN_US,
  JOIN_US_NOT_EVENT,
} from '../lexicon/events';
import {
  clauseAround,
  dropOverlaps,
  imperativeAt,
  inContext,
  phraseRegex,
  phraseSource,
  scan,
} from '../match';
import type { Hit, Rule, RuleSuggestion } from '../rule';

const ASKS = phraseRegex(EVENT_ASKS);
const WEAK = phraseRegex(EVENT_WEAK);
// Told to the reader, "RSVP" and "register" fill seats; said of oneself ("I registered") they do not.
const RSVP = phraseRegex(['rsvp', 'register']);
const JOIN = phraseRegex(JOIN_US);
const NOT_EVENT = new RegExp(`^\\s+(?:${JOIN_US_NOT_EVENT.map(phraseSource).join('|')})`, 'u');
const NOUNS = phraseRegex(EVENT_NOUNS);
const HOSTING = new RegExp(
  `(?<![\\p{L}])(?:${HOST_VERBS.join('|')})\\s+(?:a|an|our|my|the|this|its|their)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}?(?:${EVENT_NOUNS.map(phraseSource).join('|')})(?![\\p{L}])`,
  'gu',
);
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
// A calendar date: "5 March", "March 5th", "Thursday", "12/03".
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|${DAY}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)(?![\\p{L}])`,
  'u',
);
// A clock time: "19:00", "6pm", "10 am PT", "noon".
const TIME =
  /(?<![\p{L}\p{N}])(?:\d{1,2}:\d{2}|\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)|noon)(?![\p{L}])/u;
const CALENDAR_EMOJI = /📅|🗓|⏰|🕐|🕒|🕖|🎟|📍/gu;

function invitation(doc: Doc, start: number, end: number): RuleSuggestion[] {
  const c = clauseAround(doc, start, end);
  return [{ label: 'Say why you are going', text: EVENT_REWRITE, start: c.start, end: c.end }];
}

/** The logistics block of an event post: a date with a time or calendar emoji, and an event word. */
function logistics(doc: Doc): Hit | undefined {
  const marks = [...doc.text.matchAll(CALENDAR_EMOJI)].length;
  const date = DATE.exec(doc.lower);
  const time = TIME.exec(doc.lower);
  if (!date || !(time || marks >= 2)) return undefined;
  // A date and a time alone are a timestamp or a dinner plan; an event word or a block of
  // calendar emoji with a link makes them an event's logistics.
  NOUNS.lastIndex = 0;
  if (!(NOUNS.test(doc.lower) || (marks >= 2 && doc.links.length > 0))) return undefined;
  const start = Math.min(date.index, time?.index ?? date.index);
  const end = Math.max(date.index + date[0].length, time ? time.index + time[0].length : 0);
  return {
    start,
    end,
    strength: marks >= 2 ? 0.8 : 0.5,
    message: 'Event date and time with a link',
    suggestions: [],
  };
}

/** Event, webinar and livestream pushes: register, save your seat, join us live, a date and a link. */
export const rule: Rule = {
  id: 'event-push',
  category: 'call-to-action',
  polarity: 'sales',
  weight: 14,
  description:
    'Event pushes: register now, save your seat, RSVP here, join us live, hosting a webinar, a date and time with a link.',
  message: 'Pushes an event',
  why: 'Seat-filling copy reads like an ad for the event; saying why you are going is the invitation people answer.',
  examples: {
    flagged: [
      'We are hosting a free webinar on remote onboarding. Save your seat: https://example.com/w',
      'Join us on Thursday at 6pm for the spring meetup.',
      'Registration is open for the autumn cohort.',
    ],
    clean: [
      'Join us in congratulating Priya on ten years with the team.',
      'I registered my dog for obedience class and she loved it.',
      'The workshop last week changed how I plan my mornings.',
      'I forgot to RSVP to my cousin’s wedding, so I called her.',
    ],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const s of inContext(doc, scan(doc.lower, ASKS)))
      hits.push({ ...s, suggestions: invitation(doc, s.start, s.end) });
    for (const s of inContext(doc, scan(doc.lower, RSVP)))
      if (imperativeAt(doc, s.start))
        hits.push({ ...s, suggestions: invitation(doc, s.start, s.end) });
    for (const s of inContext(doc, scan(doc.lower, WEAK)))
      hits.push({ ...s, strength: 0.3, suggestions: [] });
    for (const s of inContext(doc, scan(doc.lower, JOIN))) {
      if (NOT_EVENT.test(doc.lower.slice(s.end, s.end + 30))) continue;
      hits.push({ ...s, strength: 0.6, suggestions: invitation(doc, s.start, s.end) });
    }
    for (const m of doc.lower.matchAll(HOSTING)) {
      const start = m.index ?? 0;
      if (doc.inQuote(start) || doc.isNegated(start)) continue;
      // "Thanks for hosting this event" credits the host.
      if (/for\s+$/u.test(doc.lower.slice(Math.max(0, start - 5), start))) continue;
      hits.push({ start, end: start + m[0].length, strength: 0.6, suggestions: [] });
    }
    const block = logistics(doc);
    if (block) hits.push(block);
    return dropOverlaps(hits.sort((a, b) => a.start - b.start));
  },
};
