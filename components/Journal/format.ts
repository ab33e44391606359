/** Words and dates the Journal's pieces share. */
import type { ComposerKind } from '../../lib/journal/entry';

/** Each composer kind in the singular, as a table cell says it. */
export const KIND_LABEL: Record<ComposerKind, string> = {
  post: 'Post',
  reply: 'Reply or comment',
  message: 'Message',
};

/** Each kind in the plural, as a filter or heading says it. */
export const KIND_PLURAL: Record<ComposerKind, string> = {
  post: 'Posts',
  reply: 'Replies and comments',
  message: 'Messages',
};

/** What the summary counts: posts in general, or only the kind shown. */
export const KIND_NOUN: Record<ComposerKind | 'all', [string, string]> = {
  all: ['post', 'posts'],
  post: ['post', 'posts'],
  reply: ['reply', 'replies'],
  message: ['message', 'messages'],
};

/** Short names of the checklist habits, for table cells. */
export const HABIT_SHORT: Record<string, string> = {
  'shares-why': 'your why',
  'mentions-passion': 'a passion',
  'asks-question': 'a question',
  teaches: 'teaching',
  'credits-others': 'credit to others',
  personal: 'something personal',
  'no-hard-sell': 'no hard sell',
};

const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const month = new Intl.DateTimeFormat(undefined, { month: 'short' });
const dateTime = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** "3 Mar" (in the reader's locale). */
export const formatDay = (time: number) => day.format(time);
/** "3 Mar 2026". */
export const formatDayYear = (time: number) => dayYear.format(time);
/** "Mar". */
export const formatMonth = (time: number) => month.format(time);
/** "3 Mar 2026, 10:04". */
export const formatDateTime = (time: number) => dateTime.format(time);

/** "1 post" / "3 posts". */
export function count(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}
