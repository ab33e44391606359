import { EDITOR_MARKERS } from './common';
import type { SiteAdapter } from './types';

/** LinkedIn: Quill editors in the share box, comments and messaging, some in `#interop-outlet`. */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  composers: [
    '.share-creation-state .ql-editor[contenteditable="true"]',
    '.share-box .ql-editor[contenteditable="true"]',
    '.comments-comment-box .ql-editor[contenteditable="true"]',
    '.msg-form__contenteditable[contenteditable="true"]',
    EDITOR_MARKERS.quill,
  ],
  shadowHosts: ['#interop-outlet'],
  anchors: ['.ql-container'],
  theme: [
    { kind: 'class', on: 'html', className: 'theme--dark', theme: 'dark' },
    { kind: 'class', on: 'body', className: 'theme--dark', theme: 'dark' },
    { kind: 'background' },
  ],
  // Evidence: ../shared/realdom/README.md (classic and SDUI share boxes, comments, messaging).
  sends: {
    controls: [
      { selector: '.share-actions__primary-action' },
      { selector: '.comments-comment-box__submit-button--cr' },
      { selector: '.comments-comment-box__submit-button' },
      { selector: '.msg-form__send-button' },
      { selector: 'button[type="submit"]', within: '[componentkey^="commentBox-"]' },
      { selector: 'button', within: '[componentkey^="commentBox-"]', textOnly: true },
      // The SDUI share dialog's submit is its only button with text and no icon.
      { selector: 'button', within: 'dialog', textOnly: true },
    ],
    // Messaging has a "Press Enter to send" mode; when it is off, Enter adds a line and the
    // draft stays, so no send is confirmed.
    keys: [{ keys: 'enter', where: '.msg-form' }],
    kinds: [
      { kind: 'message', where: '.msg-form, .msg-form__contenteditable' },
      {
        kind: 'reply',
        where: '[componentkey^="commentBox-"], .comments-comment-box, .comments-comment-texteditor',
      },
    ],
    defaultKind: 'post',
  },
};
