import { EDITOR_MARKERS } from './common';
import type { SiteAdapter } from './types';

/** X (Twitter): Draft.js composers (posts, replies, threads, the compose dialog) and the DM box. */
export const x: SiteAdapter = {
  id: 'x',
  composers: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    '[data-testid="dmComposerTextInput"]',
    EDITOR_MARKERS.draft,
  ],
  shadowHosts: [],
  anchors: ['.DraftEditor-root'],
  theme: [
    {
      kind: 'meta-theme-color',
      colors: { '#ffffff': 'light', '#15202b': 'dim', '#000000': 'dark' },
    },
    { kind: 'background' },
  ],
  // Evidence: ../shared/realdom/README.md (X's own bundle and 2026 automation sources).
  sends: {
    controls: [
      { selector: '[data-testid="tweetButtonInline"]' },
      { selector: '[data-testid="tweetButton"]' },
      { selector: '[data-testid="dmComposerSendButton"]' },
      { selector: '[data-testid="dm-composer-send-button"]' },
    ],
    keys: [
      { keys: 'mod+enter' },
      {
        keys: 'enter',
        where: '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"]',
      },
    ],
    kinds: [
      {
        kind: 'message',
        where: '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"]',
      },
      { kind: 'reply', where: '[data-testid="inline_reply_offscreen"]' },
      // The reply dialog shows the post being answered above the composer.
      { kind: 'reply', where: '[role="dialog"]:has([data-testid="tweetText"])' },
    ],
    defaultKind: 'post',
  },
};
