import type { browser } from 'wxt/browser';
import type { BackgroundRequest, DraftSnapshot } from './messages';

/** The extension API as the rest of WhyFirst types it. */
type Api = typeof browser;

/**
 * Set on the content scripts' global (an isolated world the page cannot see) once the composer UI
 * runs in this frame, so it is injected once and the boot script leaves messages to it.
 */
export const UI_LOADED = Symbol.for('whyfirst.composer-ui');

/** How long the top frame waits for a frame holding the focused composer to answer the popup first. */
export const TOP_FRAME_GRACE_MS = 150;

/**
 * The extension API for the boot script, without the polyfill: the boot runs in every frame, so
 * it stays small. It uses only calls that are promise-based (or sendResponse-based) in both.
 */
export function bootApi(): Api | undefined {
  const g = globalThis as { browser?: Api; chrome?: Api };
  return g.browser?.runtime?.id ? g.browser : g.chrome;
}

/** The focused element, looking inside open shadow roots (LinkedIn's `#interop-outlet`). */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Asks the background to inject the composer UI into this frame; true once it runs here. */
export async function requestComposerUi(api: Api): Promise<boolean> {
  const request: BackgroundRequest = { kind: 'composer/load' };
  await api.runtime.sendMessage(request);
  return (globalThis as Record<symbol, unknown>)[UI_LOADED] === true;
}

/** The answer of a frame that holds no composer UI yet: no draft here. */
export type NoDraft = Extract<DraftSnapshot, { kind: 'no-draft' }>;
