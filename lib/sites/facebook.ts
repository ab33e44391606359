import { EDITOR_MARKERS } from './common';
import type { SiteAdapter } from './types';

/** Facebook: Lexical editors in the Create post dialog and comment boxes; classes are generated. */
export const facebook: SiteAdapter = {
  id: 'facebook',
  composers: [
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    EDITOR_MARKERS.lexical,
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
    kinds: [
      { kind: 'reply', where: 'form[role="presentation"]' },
      { kind: 'message', where: '[aria-label="Message"]' },
      {
        kind: 'reply',
        where:
          '[aria-label^="Write a comment"], [aria-label^="Comment as"], [aria-label^="Answer as"]',
      },
    ],
    defaultKind: 'post',
  },
};
