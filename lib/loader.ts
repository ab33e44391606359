import { browser } from 'wxt/browser';
import type { BackgroundRequest } from './messages';

/**
 * Set on the content scripts' global (an isolated world the page cannot see) once the composer UI
 * runs in this frame, so it is injected once and the boot script leaves messages to it.
 */
export const UI_LOADED = Symbol.for('whyfirst.composer-ui');

/** How long the top frame waits for a frame holding the focused composer to answer the popup first. */
export const TOP_FRAME_GRACE_MS = 150;

/** The focused element, looking inside open shadow roots (LinkedIn's `#interop-outlet`). */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Asks the background to inject the composer UI into this frame; true once it runs here. */
export async function requestComposerUi(): Promise<boolean> {
  const request: BackgroundRequest = { kind: 'composer/load' };
  await browser.runtime.sendMessage(request);
  return (globalThis as Record<symbol, unknown>)[UI_LOADED] === true;
}
