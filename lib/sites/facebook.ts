import { EDITOR_MARKERS } from './common';
import type { SiteAdapter } from './types';

const LEXICAL = `[role="textbox"]${EDITOR_MARKERS.lexical}`;

/**
 * Facebook: Lexical in the Create post dialog, comment boxes and Messenger chat tabs. Classes are
 * generated, so kinds come from structure (a dialog's POST form, a post's article, a comment's
 * presentational form) and, where no structure is known, from English labels; any other Lexical
 * editor counts as a post.
 */
export const facebook: SiteAdapter = {
  id: 'facebook',
  composers: [
    {
      name: 'messenger',
      kind: 'message',
      editor: 'lexical',
      selector: `${LEXICAL}[aria-label="Message"]`,
      source: 'id 3094246074; Briskine',
    },
    {
      name: 'comment',
      kind: 'reply',
      editor: 'lexical',
      // A comment box's form is presentational, whatever language its label is in.
      selector: `[role="article"] ${LEXICAL}, form[role="presentation"] ${LEXICAL}`,
      source: 'Crossposter id 63455476865; comment-form automation scripts, 2024-2026',
    },
    {
      name: 'comment-label',
      kind: 'reply',
      editor: 'lexical',
      selector: ['Write a comment', 'Comment as', 'Answer as', 'Reply to', 'Write a reply']
        .flatMap((l) => [`${LEXICAL}[aria-label^="${l}"]`, `${LEXICAL}[aria-placeholder^="${l}"]`])
        .join(', '),
      source: 'ids 52458205831, 14568633463',
    },
    {
      name: 'create-post',
      kind: 'post',
      editor: 'lexical',
      selector: `[role="dialog"] form[method="POST"] ${LEXICAL}`,
      source: 'saved share dialog, ~2025-09',
    },
    {
      name: 'lexical',
      kind: 'post',
      editor: 'lexical',
      selector: EDITOR_MARKERS.lexical,
      source: 'snorkel; Crossposter',
    },
  ],
  shadowHosts: [],
  anchors: [],
  theme: [
    { kind: 'class', on: 'html', className: '__fb-dark-mode', theme: 'dark' },
    { kind: 'class', on: 'html', className: '__fb-light-mode', theme: 'light' },
    { kind: 'background' },
  ],
  // Evidence: ../shared/realdom/README.md, and public automation scripts (2024-2026) for the
  // comment form's #focused-state-composer-submit and Messenger's "Press enter to send" button.
  // Labels are localized (only the English ones are listed), so the id and roles come first.
  sends: {
    controls: [
      { selector: '#focused-state-composer-submit [role="button"]' },
      { selector: '[role="dialog"] [role="button"][aria-label="Post"]' },
      { selector: '[role="dialog"] [role="button"][aria-label="Share now"]' },
      { selector: '[role="button"][aria-label="Comment"]' },
      { selector: '[role="button"][aria-label="Press enter to send"]' },
    ],
    // Comment boxes and Messenger send on Enter; the Create post editor (no aria-label) does not.
    keys: [{ keys: 'enter', where: '[data-lexical-editor="true"][aria-label]' }],
  },
};
