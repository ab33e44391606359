import type { SiteId } from './ids';

/** The colour scheme the meter matches; X has a third, "dim" (dark blue). */
export type Theme = 'light' | 'dim' | 'dark';

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
  /** Selectors of editable composers on this site, most specific first. */
  composers: string[];
  /** Elements whose OPEN shadow roots may hold composers (e.g. LinkedIn's `#interop-outlet`). */
  shadowHosts: string[];
  /**
   * Ancestors of a composer that draw its visible box, tried in order (nearest match within a few
   * levels); the meter sits at that box's bottom-right corner. The editor itself otherwise.
   */
  anchors: string[];
  theme: ThemeProbe[];
}
