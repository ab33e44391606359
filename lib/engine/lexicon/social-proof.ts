// Source: the WhyFirst team's own judgment of testimonials turned into a sales close ("if you
// want the same results, my calendar is open").
// Written for issue 8 from its list of patterns, not taken from any data set.
// Syntax: see lib/engine/match.ts.

/** The close after a client story: capacity, a call to book, results on offer. */
export const PROOF_CLOSES = [
  'my calendar is open',
  'my calendar’s open',
  'calendar is open',
  'i have {n} spots',
  'i have a few spots',
  'i have {n} slots',
  'i’m taking on',
  'i am taking on',
  'taking on new clients',
  'taking on {n} new clients',
  'accepting new clients',
  'open for new clients',
  'if you want the same results',
  'if you want similar results',
  'if you want results like',
  'want the same results',
  'want similar results',
  'want results like this',
  'want results like these',
  'get the same results',
  'get similar results',
  'results like this',
  'results like these',
  'book a call',
  'book a free call',
  'book a discovery call',
  'book a strategy call',
  'book a consultation',
  'book a free consultation',
  'schedule a call',
  'apply to work with me',
  'apply to work with us',
  'work with me',
  'work with us',
  'hire me',
];

/** Openers of a client story told to sell. */
export const PROOF_OPENERS = [
  'here’s what my client',
  'here is what my client',
  'here’s what one of my clients',
  'what my clients say',
  'what our clients say',
  'client results',
  'client result',
  'client win',
  'client wins',
  'client testimonial',
  'another happy client',
  'happy clients',
  'my client went from',
  'one of my clients went',
  'my clients have',
  'helped {n} clients',
  'helped {n}+ clients',
  'helped over {n}',
];

/** The rewrite: the story stays, the close becomes an open door. */
export const PROOF_REWRITE = "if you're working on the same thing, I'm happy to compare notes";
