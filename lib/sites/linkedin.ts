import { EDITOR_MARKERS } from './common';
import type { SiteAdapter } from './types';

/**
 * LinkedIn (2026): Quill 1 in the classic share box (inside #interop-outlet's shadow root) and on
 * post pages, TipTap/ProseMirror in feed comments and the SDUI share box, a plain contenteditable
 * in messaging, a textarea for connection notes. A hidden /preload/ frame holds a decoy editor:
 * visibility, not selectors, keeps it out.
 */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  composers: [
    {
      name: 'share-classic',
      kind: 'post',
      editor: 'quill',
      selector: `[data-test-modal-id="sharebox"] ${EDITOR_MARKERS.quill}, .share-creation-state__text-editor ${EDITOR_MARKERS.quill}`,
      source: 'linkedin-beacon 2026-06; webbrain #461',
    },
    {
      name: 'share-sdui',
      kind: 'post',
      editor: 'prosemirror',
      selector: '[componentkey="ShareBox_textEditor"][contenteditable="true"]',
      source: 'Crossposter; id 70079377301, 2026-10',
    },
    {
      name: 'comment-feed',
      kind: 'reply',
      editor: 'prosemirror',
      selector:
        '[componentkey^="commentBox-"] [contenteditable="true"][role="textbox"], [data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"][role="textbox"]',
      source: 'linkedin-beacon 2026-06; id 66909197240',
    },
    {
      name: 'comment-post',
      kind: 'reply',
      editor: 'quill',
      selector: `.comments-comment-box ${EDITOR_MARKERS.quill}, .comments-comment-texteditor ${EDITOR_MARKERS.quill}`,
      source: 'lhremote 2026-04; Briskine',
    },
    {
      name: 'message',
      kind: 'message',
      editor: 'plain',
      selector: '.msg-form__contenteditable[contenteditable="true"]',
      source: 'saved msg-form 2023; id 63262491138',
    },
    {
      name: 'connect-note',
      kind: 'message',
      editor: 'textarea',
      selector: 'textarea#custom-message',
      source: 'linkedin-beacon; Briskine',
    },
    {
      name: 'quill',
      kind: 'post',
      editor: 'quill',
      selector: EDITOR_MARKERS.quill,
      source: 'Briskine editor-quill1',
    },
    {
      name: 'prosemirror',
      kind: 'post',
      editor: 'prosemirror',
      selector: EDITOR_MARKERS.prosemirror,
      source: 'id 66417084740',
    },
  ],
  shadowHosts: ['#interop-outlet'],
  anchors: ['.ql-container', '[data-testid="ui-core-tiptap-text-editor-wrapper"]'],
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
    // Messaging has a "Press Enter to send" mode; when it is off, Enter adds a line, and a draft
    // that changes before it empties was not sent.
    keys: [{ keys: 'enter', where: '.msg-form' }],
  },
};
