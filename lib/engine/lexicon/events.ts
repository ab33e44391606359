// Source: the WhyFirst team's own judgment of event, webinar and livestream promotion (seat
// pushes, registration asks, date-and-link blocks).
// Written for issue 8 from its list of patterns; a few general phrasings were added after reading
// posts the engine missed in the labeled set (measured there, never quoted from it).
// Syntax: see lib/engine/match.ts.

/** Asks to register or take a seat: an event push wherever they appear. */
export const EVENT_ASKS = [
  'register now',
  'register today',
  'register here',
  'register for free',
  'register below',
  'registration is open',
  'registration is now open',
  'registrations are open',
  'registrations open',
  'rsvp here',
  'rsvp now',
  'rsvp today',
  'rsvp below',
  'save your seat',
  'save your spot',
  'secure your spot',
  'secure your seat',
  'reserve your spot',
  'reserve your seat',
  'grab your spot',
  'grab your seat',
  'claim your spot',
  'claim your seat',
  'get your spot',
  'get your seat',
  'book your spot',
  'book your seat',
  'get your ticket',
  'get your tickets',
  'grab your ticket',
  'grab your tickets',
  'tickets are on sale',
  'tickets on sale',
  'tickets are available',
  'request an invitation',
  'request an invite',
  'request your invite',
  'apply to attend',
  'sign up for the webinar',
  'sign up for the workshop',
  'sign up for the masterclass',
  'join the waitlist',
  'join the webinar',
  'join the livestream',
  'join the live',
  'join the session',
  'join the workshop',
  'join the masterclass',
  'join us live',
  'come hear',
  'come see us',
  'come see me',
  'come check out',
  'come visit',
  'stop by our',
  'stop by the',
  'visit our booth',
  'visit us at',
  'find us at',
  'at our booth',
  'at booth',
  'join me live',
];

/** Event nudges common in friendly posts too; they count a little. */
export const EVENT_WEAK = [
  'tune in',
  'don’t miss it',
  'see you there',
  'come say hi',
  'i’m speaking at',
  'i am speaking at',
  'i’ll be speaking',
  'hear me speak',
];

/** "join us" openers; an invitation to an event unless it is "join us in congratulating". */
export const JOIN_US = ['join us', 'join me'];
export const JOIN_US_NOT_EVENT = [
  'in congratulating',
  'in welcoming',
  'in celebrating',
  'in thanking',
  'in wishing',
  'in remembering',
  'in honoring',
  'in honouring',
];

/** Event nouns: a hosting verb or a date and time near one of these make an event push. */
export const EVENT_NOUNS = [
  'webinar',
  'webinars',
  'livestream',
  'live stream',
  'live session',
  'masterclass',
  'master class',
  'workshop',
  'summit',
  'conference',
  'meetup',
  'meet-up',
  'hackathon',
  'fireside chat',
  'panel',
  'ama',
  'bootcamp',
  'cohort',
  'event',
  'info session',
  'open house',
  'launch party',
  'twitter space',
  'linkedin live',
];

/** Verbs of hosting: "we're hosting a webinar". */
export const HOST_VERBS = [
  'hosting',
  'host',
  'hosts',
  'organizing',
  'organising',
  'running',
  'launching',
  'presenting',
];

/** The invitation an event push can become: why you go, and an open door. */
export const EVENT_REWRITE =
  "I'll be there because this topic matters to me; come along if it matters to you too";
