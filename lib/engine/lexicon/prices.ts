// Source: the WhyFirst team's own judgment of common marketing and sales language in social
// posts and ads (DESIGN.md signal list). Earlier versions also held idioms of the proxy spam sets
// (SMS shorthand, premium-rate and prize texts, investment-scam comments, YouTube self-promotion);
// issue 8 took those out. ../shared/corpus measures these lists; it is not their source.
// Syntax: see lib/engine/match.ts (space = any whitespace, {n} number, {money} amount, * more letters).

/** Words that put a price in front of the reader. */
export const PRICE_LEADS = [
  'terms and conditions',
  'terms & conditions',
  't&c',
  't&cs',
  "t&c's",
  'tcs apply',
  'conditions apply',
  'free of charge',
  'only {money}',
  'just {money}',
  'for only',
  'for just',
  'from {money}',
  'starting at',
  'starting from',
  'now only',
  'was {money}',
  'worth {money}',
  'value {money}',
  'per month',
  'per week',
  'a month',
  '/month',
  '/mo',
  'pricing',
  'instalments',
  'installments',
];
