/** Test helpers for send detection: a watched composer, key presses, and a site's own reactions. */
import type { SiteAdapter } from '../sites/types';
import { type DetectedSend, watchSends } from './watch';

/** The text of a textarea or a contenteditable, as an editor module would read it. */
function textOf(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');
}

/** Puts text in a composer as if typed (tests of detection need no real editor). */
export function write(el: HTMLElement, text: string): void {
  if (el instanceof HTMLTextAreaElement) el.value = text;
  else el.textContent = text;
}

/** Dispatches a keydown as a person's key press would. */
export function press(
  target: Element,
  key: string,
  mods: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; isComposing?: boolean } = {},
): void {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...mods }),
  );
}

/** Watches one composer of a site and collects what it reports. */
export function watch(composer: HTMLElement, site: SiteAdapter) {
  const sends: DetectedSend[] = [];
  const controller = new AbortController();
  watchSends({
    composer,
    readText: () => textOf(composer),
    site,
    onSend: (send) => sends.push(send),
    signal: controller.signal,
  });
  return { sends, stop: () => controller.abort() };
}

/** Makes a control behave as the site's: after `delayMs`, clear the draft (or run `then`). */
export function sendsOn(
  control: Element,
  type: 'click' | 'keydown',
  then: () => void,
  delayMs = 400,
  accept: (e: Event) => boolean = () => true,
): void {
  control.addEventListener(type, (e) => {
    if (accept(e)) setTimeout(then, delayMs);
  });
}

/** Finds an element or fails the test with its selector. */
export function $(root: ParentNode, selector: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector} in the test page`);
  return el;
}
