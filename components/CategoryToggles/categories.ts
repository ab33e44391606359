import type { Category } from '../../lib/engine/types';

/** What each rule category looks for, in the options page's words. */
export const CATEGORY_INFO: Record<
  Category,
  { name: string; examples: string; side: 'sales' | 'authentic' }
> = {
  'call-to-action': {
    name: 'Calls to action',
    examples: 'buy now, DM me, link in the comments, register now, comment GUIDE',
    side: 'sales',
  },
  urgency: {
    name: 'Urgency and scarcity',
    examples: 'limited time, last chance, only 3 left',
    side: 'sales',
  },
  deal: {
    name: 'Prices and deals',
    examples: '% off, promo codes, free shipping, giveaways',
    side: 'sales',
  },
  hype: {
    name: 'Hype about your offer',
    examples: 'best, #1, game-changer, say goodbye to…',
    side: 'sales',
  },
  'self-focus': {
    name: 'Offer-first wording',
    examples: 'our product, introducing…, now live, my calendar is open',
    side: 'sales',
  },
  shouting: {
    name: 'Shouting',
    examples: 'ALL CAPS, !!!, emoji runs, piles of hashtags',
    side: 'sales',
  },
  'engagement-bait': {
    name: 'Engagement bait',
    examples: 'like and share, tag a friend, 10,000 readers get my newsletter',
    side: 'sales',
  },
  opportunity: {
    name: 'Income claims',
    examples: 'passive income, be your own boss',
    side: 'sales',
  },
  story: {
    name: 'Your story',
    examples: 'what happened, what you felt, the details',
    side: 'authentic',
  },
  question: {
    name: 'Questions that invite',
    examples: 'what would you have done?',
    side: 'authentic',
  },
  gratitude: {
    name: 'Thanks and credit',
    examples: 'thank you, shout-out, @mentions',
    side: 'authentic',
  },
  teaching: {
    name: 'Teaching',
    examples: 'here is what I learned, 3 lessons, how we fixed it',
    side: 'authentic',
  },
  community: {
    name: 'Community',
    examples: 'shared interests, your city, your team',
    side: 'authentic',
  },
  profile: {
    name: 'Your mission and passions',
    examples: 'the words you wrote in the popup',
    side: 'authentic',
  },
};
