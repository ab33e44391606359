// Source: the WhyFirst team's own judgment of how posts send readers somewhere else ("link in
// the comments", "learn how here:", "head to my site").
// Written for issue 8 from its list of patterns; a few general phrasings were added after reading
// posts the engine missed in the labeled set (measured there, never quoted from it).
// Syntax: see lib/engine/match.ts.

/** Phrases that point at a link wherever they appear. */
export const POINTER_PHRASES = [
  'link in bio',
  'link in my bio',
  'link in the bio',
  'link in comments',
  'link in the comments',
  'link in the first comment',
  'link in the comment',
  'link in comment',
  'link is in the comment',
  'link in first comment',
  'links in the comments',
  'link in description',
  'link in the description',
  'link below',
  'links below',
  'link is below',
  'link is in the comments',
  'find it in the comments',
  'find the link',
  'see the first comment',
  'check the first comment',
  'see comments for',
  'see link',
  'click here',
  'click the link',
  'click below',
  'click on the link',
  'click this link',
  'tap the link',
  'tap here',
  'swipe up',
  'follow the link',
  'visit the link',
  'open the link',
  'go to the link',
  'featured section of my profile',
  'in my featured section',
];

/** Verbs of getting or reading that, with "here:" or "below" after them, point at a link. */
export const POINTER_VERBS = [
  'learn',
  'read',
  'get',
  'grab',
  'download',
  'sign up',
  'register',
  'join',
  'watch',
  'listen',
  'find out',
  'see',
  'check',
  'try',
  'start',
  'apply',
  'book',
  'access',
  'subscribe',
  'details',
  'more',
  'info',
  'order',
  'buy',
  'shop',
];

/** Verbs that send the reader to a place ("head to my site", "visit example.com"). */
export const GO_VERBS = ['head to', 'head over to', 'go to', 'visit', 'hop over to', 'swing by'];

/** Places on the writer's side that a go-verb can point to. */
export const OWN_PLACES = [
  'my site',
  'my website',
  'our site',
  'our website',
  'my profile',
  'my page',
  'our page',
  'my newsletter',
  'my blog',
  'our blog',
  'my channel',
  'our store',
  'my store',
  'the website',
];
