// Source: the WhyFirst team's own judgment of how creators trade a freebie for a comment, a
// message or an address ("comment a keyword and I'll send it").
// Written for issue 8 from its list of patterns, not taken from any data set.
// Syntax: see lib/engine/match.ts.

/** Verbs that ask the reader to type a keyword back: "comment GUIDE", "DM me 'playbook'". */
export const KEYWORD_ASK_VERBS = ['comment', 'reply', 'type', 'dm'];

/** Asks for an address or a reply in exchange for the freebie. */
export const LEAD_ASKS = [
  'comment your email',
  'drop your email',
  'leave your email',
  'comment below and i’ll send',
  'comment below and i will send',
  'comment and i’ll send',
  'comment and i will send',
  'comment below to get',
  'comment to get',
  'reply to get',
  'dm me to get',
  'message me to get',
];

/** Promises to deliver the freebie to whoever answers. */
export const LEAD_PROMISES = [
  'i’ll send it',
  'i will send it',
  'i’ll send you',
  'i will send you',
  'i’ll dm you',
  'i will dm you',
  'i’ll dm it',
  'i’ll message you',
  'i’ll share it with you',
  'i’ll send it over',
  'i’ll send the',
  'i’ll send a copy',
  'to get access',
  'to get instant access',
  'get instant access',
  'for instant access',
  'to get your copy',
  'to get a copy',
  'to get the guide',
  'to get the template',
  'to get the list',
  'to receive it',
  'to receive the',
  'and i’ll send',
];

/** Freebies offered as bait: "free checklist", "my free template". */
export const LEAD_RESOURCES = [
  'free guide',
  'free checklist',
  'free template',
  'free templates',
  'free playbook',
  'free toolkit',
  'free cheat sheet',
  'free cheatsheet',
  'free ebook',
  'free e-book',
  'free pdf',
  'free workbook',
  'free swipe file',
  'free report',
  'free resource',
  'free download',
  'free list',
  'free blueprint',
  'free framework',
];

/** The open offer a lead magnet can become. */
export const LEAD_REWRITE = 'happy to share it with anyone who would find it useful';
