/** The element one level up: the parent, or the host when `el` is at the top of a shadow root. */
function upOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** True when overflow on this box clips what it holds. */
function clips(style: CSSStyleDeclaration): boolean {
  return /hidden|clip|auto|scroll/.test(`${style.overflowX} ${style.overflowY} ${style.overflow}`);
}

/**
 * True when nobody can see or reach an element: it or an ancestor (across shadow roots and up
 * through same-origin frames) is not rendered (display:none, closed <dialog>, visibility:hidden),
 * sits in an aria-hidden subtree, or is clipped by a zero-size box; or its frame has no size. Reads
 * layout: call it when looking for composers, never while typing.
 */
export function isHidden(el: Element): boolean {
  if (!el.isConnected) return true;
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true }))
    return true;
  for (let up: Element | null = el; up; up = upOf(up)) {
    if (up.getAttribute('aria-hidden') === 'true') return true;
    if (up === el) continue;
    const style = view.getComputedStyle(up);
    // A fixed box escapes the clipping of the boxes around it (LinkedIn's zero-height outlet).
    if (style.position === 'fixed') break;
    if (!clips(style)) continue;
    const box = up.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return true;
  }
  return frameHidden(view);
}

function frameHidden(view: Window): boolean {
  if (view === view.top) return false;
  // A frame the page hid (a /preload/ frame, display:none, zero size) lays out at zero size.
  if (view.innerWidth === 0 || view.innerHeight === 0) return true;
  let frame: Element | null = null;
  try {
    frame = view.frameElement;
  } catch {
    return false; // a cross-origin parent: its own size check above is all we can know
  }
  return frame !== null && isHidden(frame);
}
