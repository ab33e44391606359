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
};
