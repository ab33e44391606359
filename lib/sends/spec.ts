/** Reading a site's send spec against the DOM: a composer's send controls and send keys. */
import type { KeySend, SendControl, SendSpec } from '../sites/types';

/** How far the search for a composer's own send control may climb. */
const MAX_CLIMB = 40;

function inside(el: Element, selector: string): boolean {
  try {
    return el.closest(selector) !== null;
  } catch {
    return false; // a selector this browser cannot parse matches nothing
  }
}

function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** True when a control shows text and carries no icon (an svg, img or image role inside). */
function showsOnlyText(el: Element): boolean {
  return (
    (el.textContent ?? '').trim() !== '' && el.querySelector('svg, img, [role="img"]') === null
  );
}

function scopedControl(composer: Element, control: SendControl & { within: string }): Element[] {
  const scope = composer.closest(control.within);
  if (!scope) return [];
  const found = all(scope, control.selector).filter(
    (el) => !composer.contains(el) && (!control.textOnly || showsOnlyText(el)),
  );
  const last = found[found.length - 1];
  return control.textOnly ? (last ? [last] : []) : found;
}

/**
 * The send controls that belong to a composer: for controls without `within`, every match in the
 * nearest ancestor that holds one; for scoped controls, the matches inside their scope.
 */
export function sendControlsFor(composer: Element, spec: SendSpec): Element[] {
  const out = new Set<Element>();
  const climbing = spec.controls.filter((c) => c.within === undefined);
  let up = composer.parentElement;
  for (let depth = 0; up && climbing.length > 0 && depth < MAX_CLIMB; depth++) {
    const scope: Element = up;
    const here = climbing.flatMap((c) =>
      all(scope, c.selector).filter(
        (el) => !composer.contains(el) && (!c.textOnly || showsOnlyText(el)),
      ),
    );
    if (here.length > 0) {
      for (const el of here) out.add(el);
      break;
    }
    up = up.parentElement;
  }
  for (const control of spec.controls)
    if (control.within !== undefined)
      for (const el of scopedControl(composer, control as SendControl & { within: string }))
        out.add(el);
  return [...out];
}

function keysMatch(keys: KeySend['keys'], e: KeyboardEvent): boolean {
  if (e.key !== 'Enter' || e.shiftKey || e.altKey) return false;
  if (keys === 'enter') return !e.ctrlKey && !e.metaKey;
  return e.ctrlKey !== e.metaKey;
}

/** True when a keydown in this composer is one of the site's send keys (never during IME input). */
export function isSendKey(composer: Element, spec: SendSpec, e: KeyboardEvent): boolean {
  if (e.isComposing || e.keyCode === 229) return false;
  return spec.keys.some(
    (k) => keysMatch(k.keys, e) && (k.where === undefined || inside(composer, k.where)),
  );
}
