import type { SiteId } from './ids';
import type { ComposerKind } from './kinds';

/** The colour scheme the meter matches; X has a third, "dim" (dark blue). */
export type Theme = 'light' | 'dim' | 'dark';

/** The editor library a site runs in a composer (lib/editors tells it from the DOM as well). */
export type EditorFramework = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'textarea' | 'plain';

/** One kind of composer on a site: where it is, what it is for, which editor runs it. */
export interface ComposerSpec {
  /** A short stable name, unique within the site (e.g. 'reply-dialog'). */
  name: string;
  kind: ComposerKind;
  editor: EditorFramework;
  /** Matches the editable element itself; context (dialogs, wrappers) goes in its ancestors. */
  selector: string;
  /** Where the evidence for this composer comes from (see ../shared/realdom/README.md). */
  source: string;
}

/** How to tell a site's theme from its page, tried in order; the first that answers wins. */
export type ThemeProbe =
  /** `<meta name="theme-color">` content (compared case-insensitively) mapped to a theme. */
  | { kind: 'meta-theme-color'; colors: Record<string, Theme> }
  /** A class on `<html>` or `<body>` that marks a theme. */
  | { kind: 'class'; on: 'html' | 'body'; className: string; theme: Theme }
  /** The computed background colour of `<body>` (then `<html>`): dark when its luminance is low. */
  | { kind: 'background' };

/** A site adapter: pure data about where composers are and how to sit beside them. */
export interface SiteAdapter {
  id: SiteId;
  /**
   * The site's composers, most specific first: the first spec whose selector matches an editor
   * tells its kind, so a catch-all by editor marker comes last.
   */
  composers: ComposerSpec[];
  /** Elements whose OPEN shadow roots may hold composers (e.g. LinkedIn's `#interop-outlet`). */
  shadowHosts: string[];
  /**
   * Ancestors of a composer that draw its visible box, tried in order (nearest match within a few
   * levels); the meter sits at that box's bottom-right corner. The editor itself otherwise.
   */
  anchors: string[];
  theme: ThemeProbe[];
  /** How posts are sent from this site's composers (for the journal). */
  sends: SendSpec;
}

export type { ComposerKind } from './kinds';

/** A send button, found from the composer it belongs to. */
export interface SendControl {
  /** Selector of the control (a button or `[role="button"]`). */
  selector: string;
  /**
   * When set, the control serves only composers inside an element matching this, and the last
   * match inside that element is the one; otherwise the nearest match climbing from the composer.
   */
  within?: string;
  /** Only controls that show text and no icon count (for submit buttons with no stable hook). */
  textOnly?: boolean;
}

/** A key press that sends from inside a composer. */
export interface KeySend {
  /** `mod+enter`: Ctrl+Enter or Cmd+Enter; `enter`: Enter with no modifier. */
  keys: 'mod+enter' | 'enter';
  /** Only for composers that match this or sit inside a match; every composer when absent. */
  where?: string;
}

/**
 * How a site sends what was written: its send controls and its send keys. The kind of what was
 * sent is the composer's own (`composers` above), never told here.
 */
export interface SendSpec {
  controls: SendControl[];
  keys: KeySend[];
}
