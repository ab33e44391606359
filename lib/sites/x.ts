import { EDITOR_MARKERS } from './common';
import type { ComposerSpec, SiteAdapter } from './types';

const TWEET_DRAFT = `${EDITOR_MARKERS.draft}[data-testid^="tweetTextarea_"]`;
// On a mobile OS the test id sits on a wrapper and the editable is React Native Web's textarea.
const TWEET_TEXTAREA = 'div[data-testid^="tweetTextarea_"] textarea';
// A reply dialog quotes the post it answers; the compose dialog does not.
const REPLY_DIALOG = '[role="dialog"]:has([data-testid="tweetText"])';
const INLINE_REPLY = '[data-testid="inline_reply_offscreen"]';
const BUNDLE = "X's web bundle, 2025-07 (realdom: X)";

/** X (Twitter): Draft.js composers on desktop, textareas on a mobile OS and in XChat DMs. */
export const x: SiteAdapter = {
  id: 'x',
  composers: [
    ...[TWEET_DRAFT, TWEET_TEXTAREA].flatMap((editable): ComposerSpec[] => {
      const draft = editable === TWEET_DRAFT;
      const editor = draft ? 'draft' : 'textarea';
      const suffix = draft ? '' : '-mobile';
      return [
        {
          name: `inline-reply${suffix}`,
          kind: 'reply',
          editor,
          selector: `${INLINE_REPLY} ${editable}`,
          source: BUNDLE,
        },
        {
          name: `reply-dialog${suffix}`,
          kind: 'reply',
          editor,
          selector: `${REPLY_DIALOG} ${editable}`,
          source: 'id 55044759389, 2026-05',
        },
      ];
    }),
    { name: 'post', kind: 'post', editor: 'draft', selector: TWEET_DRAFT, source: BUNDLE },
    {
      name: 'post-mobile',
      kind: 'post',
      editor: 'textarea',
      selector: TWEET_TEXTAREA,
      source: 'control-panel-for-twitter, 2026-08',
    },
    {
      name: 'dm-legacy',
      kind: 'message',
      editor: 'draft',
      selector: `${EDITOR_MARKERS.draft}[data-testid="dmComposerTextInput"]`,
      source: `${BUNDLE}; twitter-dm-drafter`,
    },
    {
      name: 'dm-chat',
      kind: 'message',
      editor: 'textarea',
      selector: 'textarea[data-testid="dm-composer-textarea"]',
      source: 'id 67493348205, 2026-06',
    },
    {
      name: 'draft',
      kind: 'post',
      editor: 'draft',
      selector: EDITOR_MARKERS.draft,
      source: 'hanzi-browse #48, 2026-03',
    },
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
  },
};
