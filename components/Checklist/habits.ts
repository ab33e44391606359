import type { ChecklistId } from '../../lib/engine/types';

/** One habit of the checklist, in the popup's words. */
export interface Habit {
  id: ChecklistId;
  label: string;
  /** What the habit is, in one sentence. */
  explain: string;
  /** How to practise it, in one sentence. */
  practise: string;
}

/** The seven habits, in the order the popup lists them. */
export const HABITS: readonly Habit[] = [
  {
    id: 'shares-why',
    label: 'Shares your why',
    explain: 'The post says why this matters to you, in words close to your mission.',
    practise: 'Add one sentence about why you care, such as “I started this because…”.',
  },
  {
    id: 'mentions-passion',
    label: 'Mentions a passion',
    explain:
      'It brings in something you love that others can share: a hobby, your city, your team.',
    practise: 'Name one of your passions where it fits, and say what it means to you.',
  },
  {
    id: 'asks-question',
    label: 'Asks a question that invites people in',
    explain: 'It asks readers for their view or their story, not for a click or a sale.',
    practise: 'End with a real question, such as “What would you have done?”.',
  },
  {
    id: 'teaches',
    label: 'Teaches or offers insight',
    explain:
      'Readers leave with something useful: a lesson, a how-to, a number that surprised you.',
    practise: 'Share one thing you learned and how you learned it.',
  },
  {
    id: 'credits-others',
    label: 'Credits or celebrates others',
    explain: 'It thanks, names or celebrates someone else and their work.',
    practise: 'Give a shout-out to a person or team who helped you.',
  },
  {
    id: 'personal',
    label: 'Tells something personal',
    explain: 'It shows you: a moment, a feeling, a detail only you could tell.',
    practise: 'Start with “Last week I…” and one specific detail.',
  },
  {
    id: 'no-hard-sell',
    label: 'No hard sell',
    explain: 'It leaves out buy-now pressure, countdowns, discounts and hype.',
    practise: 'If you mention what you offer, say it once and plainly, without urgency.',
  },
];
