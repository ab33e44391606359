import { SKIP_ANCESTOR_SELECTORS, SKIP_SELECTORS } from './common';
import { facebook } from './facebook';
import { type SiteId, siteForHost } from './ids';
import { linkedin } from './linkedin';
import type { ComposerKind, ComposerSpec, SiteAdapter, Theme } from './types';
import { isHidden } from './visibility';
import { x } from './x';

export { COMPOSER_KINDS } from './kinds';
export type {
  ComposerKind,
  ComposerSpec,
  EditorFramework,
  SiteAdapter,
  Theme,
  ThemeProbe,
} from './types';
export { isHidden } from './visibility';

/** Every site adapter, by id. */
export const SITES: Record<SiteId, SiteAdapter> = { x, facebook, linkedin };

/** The adapter for a hostname, or null when WhyFirst does not serve it. */
export function adapterForHost(host: string): SiteAdapter | null {
  const id = siteForHost(host);
  return id ? SITES[id] : null;
}

const selectors = new WeakMap<SiteAdapter, string>();

/** One selector list matching every composer of a site. */
function composerSelector(site: SiteAdapter): string {
  let all = selectors.get(site);
  if (all === undefined) {
    all = site.composers.map((c) => c.selector).join(', ');
    selectors.set(site, all);
  }
  return all;
}

/** The first of the site's composer specs that matches an editor, or null. */
export function composerSpecOf(editor: Element, site: SiteAdapter): ComposerSpec | null {
  return site.composers.find((c) => editor.matches(c.selector)) ?? null;
}

/** What a found composer is for (post, reply or message), or null when it is none of the site's. */
export function composerKind(editor: Element, site: SiteAdapter): ComposerKind | null {
  return composerSpecOf(editor, site)?.kind ?? null;
}

const SKIP = SKIP_SELECTORS.join(', ');
const SKIP_ANCESTOR = SKIP_ANCESTOR_SELECTORS.join(', ');

/** True when a field opted out of writing assistants or cannot hold a post. */
function isSkipped(el: Element): boolean {
  if (el.matches(SKIP) || el.closest(SKIP_ANCESTOR) !== null) return true;
  if (el instanceof HTMLTextAreaElement) return el.readOnly || el.disabled;
  return !(el as HTMLElement).isContentEditable && el.getAttribute('contenteditable') !== 'true';
}

/**
 * The composer an element belongs to (itself or an ancestor), skipping opted-out fields and
 * editors nobody can see (decoys, closed dialogs, hidden frames) for as long as they are hidden.
 */
export function composerFor(el: Element | null, site: SiteAdapter): HTMLElement | null {
  const found = el?.closest<HTMLElement>(composerSelector(site)) ?? null;
  if (!found) return null;
  // Editors nest (Draft's content inside a matched wrapper): keep the outermost editable one.
  const outer = found.parentElement?.closest<HTMLElement>(composerSelector(site));
  const pick = outer && !isSkipped(outer) ? outer : found;
  return isSkipped(pick) || isHidden(pick) ? null : pick;
}

/** Every composer under a root (document or an open shadow root): outermost, not skipped, seen. */
export function findComposers(root: ParentNode, site: SiteAdapter): HTMLElement[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>(composerSelector(site)));
  const set = new Set(all);
  return all.filter((el) => {
    if (isSkipped(el)) return false;
    for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return !isHidden(el);
  });
}

/** Open shadow roots that may hold composers (LinkedIn's `#interop-outlet`). */
export function shadowRootsOf(doc: Document, site: SiteAdapter): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const selector of site.shadowHosts)
    for (const host of doc.querySelectorAll(selector))
      if (host.shadowRoot) roots.push(host.shadowRoot);
  return roots;
}

/** How many ancestor levels an anchor may be above its composer. */
const ANCHOR_DEPTH = 6;

/** The element whose box the meter sits at: a matching ancestor within a few levels, or the editor. */
export function anchorFor(editor: HTMLElement, site: SiteAdapter): HTMLElement {
  let up: HTMLElement | null = editor;
  for (let depth = 0; up && depth <= ANCHOR_DEPTH; depth++, up = up.parentElement)
    if (site.anchors.some((selector) => up?.matches(selector))) return up;
  return editor;
}

/** Relative luminance 0..1 of a CSS rgb()/rgba() colour, or null when transparent or unknown. */
export function luminance(color: string): number | null {
  const m = color.match(/rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?/);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number.parseFloat(m[4]) / (m[4].endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function themeFromBackground(doc: Document): Theme | null {
  const view = doc.defaultView;
  if (!view) return null;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const lum = luminance(view.getComputedStyle(el).backgroundColor);
    if (lum !== null) return lum < 0.2 ? 'dark' : 'light';
  }
  return null;
}

/** The page's current theme by the site's probes; light when nothing answers. */
export function detectTheme(doc: Document, site: SiteAdapter): Theme {
  for (const probe of site.theme) {
    if (probe.kind === 'meta-theme-color') {
      const content = doc
        .querySelector('meta[name="theme-color"]')
        ?.getAttribute('content')
        ?.trim()
        .toLowerCase();
      const theme = content ? probe.colors[content] : undefined;
      if (theme) return theme;
    } else if (probe.kind === 'class') {
      const el = probe.on === 'html' ? doc.documentElement : doc.body;
      if (el?.classList.contains(probe.className)) return probe.theme;
    } else {
      const theme = themeFromBackground(doc);
      if (theme) return theme;
    }
  }
  return 'light';
}
