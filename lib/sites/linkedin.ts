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
};
