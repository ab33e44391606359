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
};
