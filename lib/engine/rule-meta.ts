/**
 * What the options page lists about each rule, kept apart from the detectors so that page loads
 * no rule code and no language model. rule-meta.test.ts checks it against the registry.
 */
import type { Category, Polarity } from './types';

/** A rule as the options page shows it. */
export interface RuleMeta {
  id: string;
  category: Category;
  polarity: Polarity;
  description: string;
}

/** Every rule of the registry, in the same (id) order, with the same fields. */
export const RULE_META: readonly RuleMeta[] = [
  {
    id: 'ad-copy',
    category: 'hype',
    polarity: 'sales',
    description:
      'Ad copy: say goodbye to…, your ultimate…, take your… to the next level, feature checklists, #ad and ambassador tags.',
  },
  {
    id: 'all-caps',
    category: 'shouting',
    polarity: 'sales',
    description: 'ALL CAPS runs of two or more words, or one long shouted word.',
  },
  {
    id: 'audience-plug',
    category: 'engagement-bait',
    polarity: 'sales',
    description:
      'Audience plugs: "17,000 founders read my newsletter", subscribe here, join them, follow me for more, repost milestones, donation appeals.',
  },
  {
    id: 'community',
    category: 'community',
    polarity: 'authentic',
    description:
      'Shared interests and places: your city, your team, fellow hobbyists, "anyone else who...".',
  },
  {
    id: 'contact-number',
    category: 'call-to-action',
    polarity: 'sales',
    description:
      'Phone numbers to call or message, and asks such as "call us at" or "WhatsApp me".',
  },
  {
    id: 'credits-mention',
    category: 'gratitude',
    polarity: 'authentic',
    description:
      'Names the people behind the work with an @mention: thanks, credit, collaboration.',
  },
  {
    id: 'custom-words',
    category: 'hype',
    polarity: 'sales',
    description: 'Words and phrases you added as salesy in the options.',
  },
  {
    id: 'deal-talk',
    category: 'deal',
    polarity: 'sales',
    description:
      'Price and deal talk: % off, discount, promo code, free shipping, giveaway, free trial.',
  },
  {
    id: 'dm-pitch',
    category: 'call-to-action',
    polarity: 'sales',
    description:
      'Requests to move to private messages: DM me, message me, inbox me, for details, get in touch with @…',
  },
  {
    id: 'emoji-run',
    category: 'shouting',
    polarity: 'sales',
    description: 'Runs of three or more emoji.',
  },
  {
    id: 'engagement-bait',
    category: 'engagement-bait',
    polarity: 'sales',
    description:
      'Engagement bait: like and share, tag a friend, comment YES, follow for more, subscribe.',
  },
  {
    id: 'event-push',
    category: 'call-to-action',
    polarity: 'sales',
    description:
      'Event pushes: register now, save your seat, RSVP here, join us live, hosting a webinar, a date and time with a link.',
  },
  {
    id: 'exclamations',
    category: 'shouting',
    polarity: 'sales',
    description: 'Runs of exclamation marks such as !!! or ?!!.',
  },
  {
    id: 'feelings',
    category: 'story',
    polarity: 'authentic',
    description: 'Feelings you own: nervous, proud, stuck, relieved; honesty about how it felt.',
  },
  {
    id: 'gratitude',
    category: 'gratitude',
    polarity: 'authentic',
    description: 'Thanks, shout-outs, credit and congratulations to other people.',
  },
  {
    id: 'hard-cta',
    category: 'call-to-action',
    polarity: 'sales',
    description:
      'Hard calls to action: buy now, shop, order, sign up, book a call, link in bio, use code, swipe up.',
  },
  {
    id: 'hashtag-stuffing',
    category: 'shouting',
    polarity: 'sales',
    description: 'More than four hashtags; the rewrite keeps the two most relevant.',
  },
  {
    id: 'hype',
    category: 'hype',
    polarity: 'sales',
    description:
      'Hype and superlatives: best, #1, revolutionary, game-changer, guaranteed, life-changing.',
  },
  {
    id: 'income-claim',
    category: 'opportunity',
    polarity: 'sales',
    description:
      'Income and opportunity claims: passive income, be your own boss, work from home, profit testimonials.',
  },
  {
    id: 'inviting-question',
    category: 'question',
    polarity: 'authentic',
    description:
      'Questions (or plain invitations) that ask readers for their view or experience; pitches phrased as questions do not count.',
  },
  {
    id: 'launch',
    category: 'self-focus',
    polarity: 'sales',
    description:
      'Launch and announcement copy: introducing…, we just launched, now live, out now, pre-order, excited to announce our new…',
  },
  {
    id: 'lead-magnet',
    category: 'call-to-action',
    polarity: 'sales',
    description:
      'Lead magnets: "comment GUIDE and I\'ll send it", "DM me \'playbook\'", "drop your email", a free checklist for a reply.',
  },
  {
    id: 'link-drop',
    category: 'call-to-action',
    polarity: 'sales',
    description: 'Links: a bare link with little text, or several links in one post.',
  },
  {
    id: 'link-pointer',
    category: 'call-to-action',
    polarity: 'sales',
    description:
      'Link pointers: link in the comments, learn how here:, head to my site, an arrow at a link, click here.',
  },
  {
    id: 'mission',
    category: 'profile',
    polarity: 'authentic',
    description:
      'Words from your mission (set in the popup), matched in any form: teach, teaches, taught.',
  },
  {
    id: 'passion',
    category: 'profile',
    polarity: 'authentic',
    description:
      'Your passions (set in the popup), matched in any form: baking, bake, baked, bakes.',
  },
  {
    id: 'personal-story',
    category: 'story',
    polarity: 'authentic',
    description:
      'First-person experience with specifics: what happened to you, when, and what you learned.',
  },
  {
    id: 'price-talk',
    category: 'deal',
    polarity: 'sales',
    description: 'Prices put in front of the reader: only $49, $19 per month, pricing.',
  },
  {
    id: 'prize-claim',
    category: 'deal',
    polarity: 'sales',
    description:
      'Prize and contest pitches: you have won, claim your prize, chance to win, jackpot.',
  },
  {
    id: 'self-promo',
    category: 'self-focus',
    polarity: 'sales',
    description: 'Self and offer focus: my channel, my course, our product, we offer, hire me.',
  },
  {
    id: 'social-proof-pitch',
    category: 'self-focus',
    polarity: 'sales',
    description:
      'Testimonials turned into a close: client wins, "if you want the same results", "my calendar is open", book a call, hire me.',
  },
  {
    id: 'styled-text',
    category: 'shouting',
    polarity: 'sales',
    description:
      'Fancy Unicode letters used for emphasis: mathematical bold or italic, small capitals, fullwidth.',
  },
  {
    id: 'teaching',
    category: 'teaching',
    polarity: 'authentic',
    description:
      'Offers teaching or insight: lessons learned, tips, how you fixed something, steps.',
  },
  {
    id: 'urgency',
    category: 'urgency',
    polarity: 'sales',
    description:
      'Urgency and scarcity: limited time, only N left, last chance, ends tonight, act now.',
  },
  {
    id: 'why-statement',
    category: 'story',
    polarity: 'authentic',
    description:
      'Says why you do what you do: your mission, what you believe, what matters to you.',
  },
];
