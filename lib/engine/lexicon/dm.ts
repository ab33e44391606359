// Source: the WhyFirst team's own judgment of common marketing and sales language in social
// posts and ads (DESIGN.md signal list). Earlier versions also held idioms of the proxy spam sets
// (SMS shorthand, premium-rate and prize texts, investment-scam comments, YouTube self-promotion);
// issue 8 took those out. ../shared/corpus measures these lists; it is not their source ('my DMs
// are open' was added after reading a missed post: a general phrasing, not a quote).
// Syntax: see lib/engine/match.ts (space = any whitespace, {n} number, {money} amount, * more letters).

/** Requests to move the conversation to private messages for "details". */
export const DM_PHRASES = [
  'dm me',
  'dm me for details',
  'dm me for more',
  'dm me for more info',
  'message me for details',
  'inbox me for details',
  'in my dm',
  'in my dms',
  'connect with {handle}',
  'dm us',
  'dm for details',
  'dm for more',
  'dm for info',
  'dm for price',
  'dm to order',
  'dm now',
  'pm me',
  'pm for details',
  'message me',
  'message us',
  'inbox me',
  'inbox us',
  'send me a dm',
  'send me a message',
  'send us a message',
  'drop me a dm',
  'drop me a message',
  'drop a dm',
  'slide into my dms',
  'slide into my dm',
  'hit me up',
  'whatsapp me',
  'whatsapp us',
  'contact me',
  'reach out to me',
  'get in touch with me',
  'get in touch with us',
  'get in touch with {handle}',
  'contact {handle}',
  'message {handle}',
  'write to {handle}',
  'reach out to {handle}',
  'send a message to {handle}',
  'for more details',
  'for more info',
  'for further details',
  'more info in dm',
  'details in dm',
  'ask me how',
  'my dms are open',
  'my inbox is open',
  'dms are open',
  'email me at',
  'add me on',
];

/** What a DM request can become: an open offer that leaves the reader free. */
export const DM_REWRITE = "happy to share more if you're curious";
