import type { SiteId } from './ids';

/** The colour scheme the meter matches; X has a third, "dim" (dark blue). */
export type Theme = 'light' | 'dim' | 'dark';

/** What a composer is for: a public post, a reply or comment, or a private message. */
export type ComposerKind = 'post' | 'reply' | 'message';

/** Every composer kind, in the order settings list them. */
export const COMPOSER_KINDS: readonly ComposerKind[] = ['post', 'reply', 'message'];

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
  /** Hostnames (exact) this adapter serves. */
  hosts: string[];
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
}
